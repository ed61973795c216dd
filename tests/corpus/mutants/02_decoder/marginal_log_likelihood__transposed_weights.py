# MISTAKE: uses weights the wrong way round (z of dimension m, decoded with weights.T), i.e. covariance W W^T.
def marginal_log_likelihood(x, weights, bias, sigma, n_samples=10000, seed=None):
    """weights の向きを逆にした誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    if not isinstance(n_samples, (int, np.integer)) or n_samples < 1:
        raise ValueError("n_samples は 1 以上の整数です")
    x, weights, bias = (np.asarray(a, dtype=float) for a in (x, weights, bias))
    m = x.shape[0]
    z = np.random.default_rng(seed).standard_normal((n_samples, m))
    log_w = -0.5 * m * math.log(2 * math.pi * sigma**2) - np.sum((x - (z @ weights.T + bias)) ** 2, axis=1) / (2 * sigma**2)
    top = log_w.max()
    return float(top + np.log(np.mean(np.exp(log_w - top))))
