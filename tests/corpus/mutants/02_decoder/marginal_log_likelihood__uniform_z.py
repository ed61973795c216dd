# MISTAKE: draws z from the uniform distribution on [0, 1) instead of the prior N(0, I).
def marginal_log_likelihood(x, weights, bias, sigma, n_samples=10000, seed=None):
    """z を一様乱数で引いた誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    if not isinstance(n_samples, (int, np.integer)) or n_samples < 1:
        raise ValueError("n_samples は 1 以上の整数です")
    x, weights, bias = (np.asarray(a, dtype=float) for a in (x, weights, bias))
    d, m = weights.shape
    z = np.random.default_rng(seed).random((n_samples, d))
    log_w = -0.5 * m * math.log(2 * math.pi * sigma**2) - np.sum((x - (z @ weights + bias)) ** 2, axis=1) / (2 * sigma**2)
    top = log_w.max()
    return float(top + np.log(np.mean(np.exp(log_w - top))))
