# MISTAKE: mean of the squared distances (forgets the square root).
def mean_nearest_mode_distance(samples, modes):
    """平方根をとり忘れた誤り。"""
    samples = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    modes = np.asarray(modes, dtype=float).reshape(len(modes), -1)
    if samples.shape[1] != modes.shape[1] or samples.size == 0 or modes.size == 0:
        raise ValueError("samples と modes が不正です")
    squared = ((samples[:, None, :] - modes[None, :, :]) ** 2).sum(axis=-1)
    return float(np.mean(squared.min(axis=1)))
