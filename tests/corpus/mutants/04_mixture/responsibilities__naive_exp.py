# MISTAKE: exponentiates before normalising: far from the modes every density is 0 and 0/0 gives NaN.
def responsibilities(x, means, stds, weights):
    """最大値を引かずに exp した誤り。"""
    means = np.asarray(means, dtype=float)
    stds = np.asarray(stds, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if means.ndim != 1 or means.size == 0 or stds.shape != means.shape or weights.shape != means.shape:
        raise ValueError("means, stds, weights must have the same length K >= 1")
    if np.any(stds <= 0):
        raise ValueError("stds must be positive")
    if np.any(weights < 0) or abs(weights.sum() - 1) > 1e-6:
        raise ValueError("weights must be >= 0 and sum to 1")
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    density = weights * np.exp(-0.5 * ((x - means) / stds) ** 2) / stds
    return density / density.sum(axis=1, keepdims=True)
