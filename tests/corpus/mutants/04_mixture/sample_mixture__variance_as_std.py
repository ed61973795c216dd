# MISTAKE: passes the variance stds**2 as the scale of rng.normal.
def sample_mixture(means, stds, weights, n, seed=None):
    """scale に分散を渡した誤り。"""
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
    labels = rng.choice(means.size, size=n, p=weights / weights.sum())
    return rng.normal(means[labels], stds[labels] ** 2), labels
