# VARIANT: draws z with the standard library's random.Random(seed).gauss and uses np.logaddexp.reduce.
def marginal_log_likelihood(x, weights, bias, sigma, n_samples=10000, seed=None):
    """random モジュールと np.logaddexp.reduce を使う実装。"""
    import random

    if not (sigma > 0):
        raise ValueError("sigma: 正の数を指定してください")
    if not isinstance(n_samples, int) or n_samples < 1:
        raise ValueError("n_samples: 1 以上の整数を指定してください")
    x = np.asarray(x, dtype=float)
    weights = np.asarray(weights, dtype=float)
    bias = np.asarray(bias, dtype=float)
    d, m = weights.shape
    generator = random.Random(seed)
    z = np.array([[generator.gauss(0.0, 1.0) for _ in range(d)] for _ in range(n_samples)])
    residual = x - z @ weights - bias
    log_w = -m / 2 * math.log(2 * math.pi) - m * math.log(sigma) - (residual**2).sum(axis=1) / (2 * sigma**2)
    return float(np.logaddexp.reduce(log_w) - math.log(n_samples))
