# VARIANT: np.linalg.norm per mode, min over samples, and a boolean count.
def mode_coverage(samples, modes, radius):
    """モードごとに np.linalg.norm で最短距離を求める実装。"""
    if radius <= 0:
        raise ValueError("radius must be > 0")
    samples = np.asarray(samples, dtype=float)
    modes = np.asarray(modes, dtype=float)
    if samples.ndim == 1:
        samples = samples[:, np.newaxis]
    if modes.ndim == 1:
        modes = modes[:, np.newaxis]
    if samples.shape[1] != modes.shape[1] or len(modes) == 0:
        raise ValueError("dimension mismatch between samples and modes, or no modes")
    nearest = [np.linalg.norm(samples - mode, axis=1).min() if len(samples) else np.inf for mode in modes]
    return float(np.count_nonzero(np.array(nearest) <= radius)) / len(modes)
