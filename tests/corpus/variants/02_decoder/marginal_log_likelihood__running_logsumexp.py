# VARIANT: loop over samples keeping a running log-sum-exp (updated with the current maximum).
def marginal_log_likelihood(x, weights, bias, sigma, n_samples=10000, seed=None):
    """ループで log-sum-exp を少しずつ更新する実装。"""
    if not sigma > 0:
        raise ValueError("sigma must be > 0")
    if not isinstance(n_samples, (int, np.integer)) or n_samples < 1:
        raise ValueError("n_samples must be an integer >= 1")
    x = np.asarray(x, dtype=float)
    weights = np.asarray(weights, dtype=float)
    bias = np.asarray(bias, dtype=float)
    d, m = weights.shape
    rng = np.random.default_rng(seed)
    const = -0.5 * m * math.log(2 * math.pi * sigma * sigma)
    running = -math.inf
    for _ in range(n_samples):
        z = rng.normal(0.0, 1.0, size=d)
        residual = x - (z @ weights + bias)
        log_w = const - float(residual @ residual) / (2 * sigma * sigma)
        if log_w > running:
            running = log_w + math.log1p(math.exp(running - log_w))
        else:
            running = running + math.log1p(math.exp(log_w - running))
    return running - math.log(n_samples)
