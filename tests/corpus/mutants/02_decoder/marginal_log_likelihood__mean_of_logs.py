# MISTAKE: averages the log-likelihoods (mean of logs) instead of taking the log of the mean: biased low (Jensen).
def marginal_log_likelihood(x, weights, bias, sigma, n_samples=10000, seed=None):
    """log の平均を取ってしまった誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    if not isinstance(n_samples, (int, np.integer)) or n_samples < 1:
        raise ValueError("n_samples は 1 以上の整数です")
    x, weights, bias = (np.asarray(a, dtype=float) for a in (x, weights, bias))
    d, m = weights.shape
    z = np.random.default_rng(seed).standard_normal((n_samples, d))
    log_w = -0.5 * m * math.log(2 * math.pi * sigma**2) - np.sum((x - (z @ weights + bias)) ** 2, axis=1) / (2 * sigma**2)
    return float(np.mean(log_w))
