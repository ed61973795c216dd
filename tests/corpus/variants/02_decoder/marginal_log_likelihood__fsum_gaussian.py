# VARIANT: reuses gaussian_log_likelihood for every sample and sums the shifted weights with math.fsum.
def marginal_log_likelihood(x, weights, bias, sigma, n_samples=10000, seed=None):
    """gaussian_log_likelihood と math.fsum を使う実装。"""
    if isinstance(n_samples, bool) or not isinstance(n_samples, (int, np.integer)) or n_samples < 1:
        raise ValueError(f"n_samples は 1 以上の整数です（{n_samples!r}）")
    if sigma <= 0:
        raise ValueError(f"sigma は正の数です（{sigma}）")
    weights = np.asarray(weights, dtype=float)
    z = np.random.default_rng(seed).standard_normal((n_samples, weights.shape[0]))
    log_w = gaussian_log_likelihood(np.asarray(x, dtype=float), linear_decode(z, weights, bias), sigma)
    top = max(log_w)
    return top + math.log(math.fsum(math.exp(v - top) for v in log_w)) - math.log(n_samples)
