# MISTAKE: fraction of samples that lie near some mode, instead of the fraction of modes covered.
def mode_coverage(samples, modes, radius):
    """標本の割合を数えてしまった誤り。"""
    if not radius > 0:
        raise ValueError("radius は正の数です")
    samples = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    modes = np.asarray(modes, dtype=float).reshape(len(modes), -1)
    if samples.shape[1] != modes.shape[1]:
        raise ValueError("samples と modes の次元が違います")
    distances = np.sqrt(((samples[:, None, :] - modes[None, :, :]) ** 2).sum(axis=-1))
    return float(np.mean(np.any(distances <= radius, axis=1)))
