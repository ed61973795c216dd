# MISTAKE: the largest nearest-mode distance instead of the mean.
def mean_nearest_mode_distance(samples, modes):
    """平均の代わりに最大値を返した誤り。"""
    samples = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    modes = np.asarray(modes, dtype=float).reshape(len(modes), -1)
    if samples.shape[1] != modes.shape[1] or samples.size == 0 or modes.size == 0:
        raise ValueError("samples と modes が不正です")
    distances = np.sqrt(((samples[:, None, :] - modes[None, :, :]) ** 2).sum(axis=-1))
    return float(np.max(distances.min(axis=1)))
