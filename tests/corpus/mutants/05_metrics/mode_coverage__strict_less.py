# MISTAKE: strict < instead of <=, so a sample exactly at distance radius does not count.
def mode_coverage(samples, modes, radius):
    """境界を含めなかった誤り。"""
    if not radius > 0:
        raise ValueError("radius は正の数です")
    samples = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    modes = np.asarray(modes, dtype=float).reshape(len(modes), -1)
    if samples.shape[1] != modes.shape[1]:
        raise ValueError("samples と modes の次元が違います")
    distances = np.sqrt(((samples[:, None, :] - modes[None, :, :]) ** 2).sum(axis=-1))
    return float(np.mean(np.any(distances < radius, axis=0)))
