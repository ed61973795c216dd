# MISTAKE: L1 (Manhattan) distance instead of the Euclidean distance.
def mean_nearest_mode_distance(samples, modes):
    """L1 距離を使った誤り。"""
    samples = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    modes = np.asarray(modes, dtype=float).reshape(len(modes), -1)
    if samples.shape[1] != modes.shape[1] or samples.size == 0 or modes.size == 0:
        raise ValueError("samples と modes が不正です")
    distances = np.abs(samples[:, None, :] - modes[None, :, :]).sum(axis=-1)
    return float(np.mean(distances.min(axis=1)))
