# MISTAKE: L1 (Manhattan) distance instead of the Euclidean distance.
def mode_coverage(samples, modes, radius):
    """L1 距離を使った誤り。"""
    if not radius > 0:
        raise ValueError("radius は正の数です")
    samples = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    modes = np.asarray(modes, dtype=float).reshape(len(modes), -1)
    if samples.shape[1] != modes.shape[1]:
        raise ValueError("samples と modes の次元が違います")
    distances = np.abs(samples[:, None, :] - modes[None, :, :]).sum(axis=-1)
    return float(np.mean(np.any(distances <= radius, axis=0)))
