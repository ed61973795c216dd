# MISTAKE: computes the density first and takes its log, which underflows to -inf far from the mean.
def gaussian_log_likelihood(x, mean, sigma):
    """密度を計算してから log を取った誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    diff = np.asarray(x, dtype=float) - np.asarray(mean, dtype=float)
    density = np.exp(-diff**2 / (2 * sigma**2)) / math.sqrt(2 * math.pi * sigma**2)
    return np.log(np.prod(density, axis=-1))
