# MISTAKE: compares the squared distance with radius (missing sqrt, or radius not squared).
def mode_coverage(samples, modes, radius):
    """二乗距離を radius と比べた誤り。"""
    if not radius > 0:
        raise ValueError("radius は正の数です")
    samples = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    modes = np.asarray(modes, dtype=float).reshape(len(modes), -1)
    if samples.shape[1] != modes.shape[1]:
        raise ValueError("samples と modes の次元が違います")
    squared = ((samples[:, None, :] - modes[None, :, :]) ** 2).sum(axis=-1)
    return float(np.mean(np.any(squared <= radius, axis=0)))
