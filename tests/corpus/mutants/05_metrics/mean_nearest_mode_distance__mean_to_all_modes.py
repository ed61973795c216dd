# MISTAKE: averages the distance to every mode instead of taking the nearest one.
def mean_nearest_mode_distance(samples, modes):
    """最も近いモードではなく全モードとの距離を平均した誤り。"""
    samples = np.asarray(samples, dtype=float).reshape(len(samples), -1)
    modes = np.asarray(modes, dtype=float).reshape(len(modes), -1)
    if samples.shape[1] != modes.shape[1] or samples.size == 0 or modes.size == 0:
        raise ValueError("samples と modes が不正です")
    distances = np.sqrt(((samples[:, None, :] - modes[None, :, :]) ** 2).sum(axis=-1))
    return float(np.mean(distances))
