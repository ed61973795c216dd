# MISTAKE: np.atleast_2d turns samples (n,) into ONE n-dimensional point instead of n 1-D points.
def mode_coverage(samples, modes, radius):
    """(n,) を 1 つの n 次元の点とみなした誤り。"""
    if not radius > 0:
        raise ValueError("radius は正の数です")
    samples = np.atleast_2d(np.asarray(samples, dtype=float))
    modes = np.atleast_2d(np.asarray(modes, dtype=float))
    if samples.shape[1] != modes.shape[1]:
        raise ValueError("samples と modes の次元が違います")
    distances = np.sqrt(((samples[:, None, :] - modes[None, :, :]) ** 2).sum(axis=-1))
    return float(np.mean(np.any(distances <= radius, axis=0)))
