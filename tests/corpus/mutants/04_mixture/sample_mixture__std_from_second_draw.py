# MISTAKE: draws the component twice, so the std often belongs to a different component than the mean.
def sample_mixture(means, stds, weights, n, seed=None):
    """平均と標準偏差で別々に成分を引いた誤り。"""
    means = np.asarray(means, dtype=float)
    stds = np.asarray(stds, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if means.ndim != 1 or means.size == 0 or stds.shape != means.shape or weights.shape != means.shape:
        raise ValueError("means, stds, weights must have the same length K >= 1")
    if np.any(stds <= 0):
        raise ValueError("stds must be positive")
    if np.any(weights < 0) or abs(weights.sum() - 1) > 1e-6:
        raise ValueError("weights must be >= 0 and sum to 1")
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError("n must be an integer >= 1")
    rng = np.random.default_rng(seed)
    p = weights / weights.sum()
    labels = rng.choice(means.size, size=n, p=p)
    other = rng.choice(means.size, size=n, p=p)
    return rng.normal(means[labels], stds[other]), labels
