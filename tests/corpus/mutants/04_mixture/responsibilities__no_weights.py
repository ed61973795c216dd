# MISTAKE: forgets the mixture weights w_k in the numerator.
def responsibilities(x, means, stds, weights):
    """重み w_k を掛け忘れた誤り。"""
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
    terms = -0.5 * ((x - means) / stds) ** 2 - np.log(stds)
    terms = terms - terms.max(axis=1, keepdims=True)
    r = np.exp(terms)
    return r / r.sum(axis=1, keepdims=True)
