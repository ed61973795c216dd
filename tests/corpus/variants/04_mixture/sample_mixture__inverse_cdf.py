# VARIANT: labels by inverting the cumulative weights with searchsorted, x as mean + std * standard normal.
def sample_mixture(means, stds, weights, n, seed=None):
    """累積和と searchsorted で成分を選ぶ実装。"""
    means, stds, weights = (np.asarray(a, dtype=float) for a in (means, stds, weights))
    if not (means.ndim == 1 and means.size >= 1 and means.shape == stds.shape == weights.shape):
        raise ValueError("means, stds, weights: lengths differ or K = 0")
    if (stds <= 0).any():
        raise ValueError("every value of stds must be > 0")
    if (weights < 0).any() or not math.isclose(weights.sum(), 1.0, rel_tol=0.0, abs_tol=1e-6):
        raise ValueError("weights must be >= 0 with sum 1")
    if isinstance(n, bool) or int(n) != n or n < 1:
        raise ValueError(f"n must be a positive integer, got {n}")
    rng = np.random.default_rng(seed)
    cumulative = np.cumsum(weights) / weights.sum()
    labels = np.searchsorted(cumulative, rng.random(int(n)), side="right")
    labels = np.minimum(labels, means.size - 1)
    x = means[labels] + stds[labels] * rng.standard_normal(int(n))
    return x, labels
