# VARIANT: np.linalg.norm over the (n, K, d) differences.
def mean_nearest_mode_distance(samples, modes):
    """np.linalg.norm で距離行列を作る実装。"""
    samples = np.asarray(samples, dtype=float)
    modes = np.asarray(modes, dtype=float)
    samples = samples.reshape(-1, 1) if samples.ndim == 1 else samples
    modes = modes.reshape(-1, 1) if modes.ndim == 1 else modes
    if samples.shape[1] != modes.shape[1] or samples.shape[0] == 0 or modes.shape[0] == 0:
        raise ValueError(f"samples {samples.shape} と modes {modes.shape} の形状が不正です")
    distances = np.linalg.norm(samples[:, np.newaxis, :] - modes[np.newaxis, :, :], axis=2)
    return distances.min(axis=1).mean()
