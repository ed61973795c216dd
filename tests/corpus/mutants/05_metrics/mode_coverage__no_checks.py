# MISTAKE: no validation: radius <= 0 gives 0 coverage, and 1-D samples broadcast against 2-D modes.
def mode_coverage(samples, modes, radius):
    """入力の確認を省いた誤り。"""
    samples = np.asarray(samples, dtype=float)
    modes = np.asarray(modes, dtype=float)
    if samples.ndim == 1:
        samples = samples[:, None]
    if modes.ndim == 1:
        modes = modes[:, None]
    distances = np.sqrt(((samples[:, None, :] - modes[None, :, :]) ** 2).sum(axis=-1))
    return float(np.mean(np.any(distances <= radius, axis=0)))
