# MISTAKE: log-sum-exp instead of log-mean-exp: forgets to divide by n_samples (off by log S).
def marginal_log_likelihood(x, weights, bias, sigma, n_samples=10000, seed=None):
    """S で割り忘れた誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    if not isinstance(n_samples, (int, np.integer)) or n_samples < 1:
        raise ValueError("n_samples は 1 以上の整数です")
    x, weights, bias = (np.asarray(a, dtype=float) for a in (x, weights, bias))
    d, m = weights.shape
    z = np.random.default_rng(seed).standard_normal((n_samples, d))
    log_w = -0.5 * m * math.log(2 * math.pi * sigma**2) - np.sum((x - (z @ weights + bias)) ** 2, axis=1) / (2 * sigma**2)
    top = log_w.max()
    return float(top + np.log(np.sum(np.exp(log_w - top))))
