# VARIANT: compares the squared distance with radius**2 (equivalent, no sqrt), via np.linalg-free sums.
def mode_coverage(samples, modes, radius):
    """二乗距離を radius**2 と比べる実装。"""
    radius = float(radius)
    if radius <= 0 or math.isnan(radius):
        raise ValueError(f"radius ({radius}) は正でなければなりません")
    samples = np.atleast_1d(np.asarray(samples, dtype=float))
    modes = np.atleast_1d(np.asarray(modes, dtype=float))
    if samples.ndim == 1:
        samples = samples.reshape(-1, 1)
    if modes.ndim == 1:
        modes = modes.reshape(-1, 1)
    if samples.shape[-1] != modes.shape[-1] or modes.shape[0] == 0:
        raise ValueError(f"samples {samples.shape} と modes {modes.shape} が合いません")
    squared = np.sum((samples[:, None, :] - modes[None, :, :]) ** 2, axis=2)
    covered = (squared <= radius ** 2).any(axis=0)
    return covered.sum() / modes.shape[0]
