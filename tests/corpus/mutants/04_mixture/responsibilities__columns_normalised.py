# MISTAKE: normalises over the points (axis 0) instead of over the components.
def responsibilities(x, means, stds, weights):
    """正規化する軸を間違えた誤り（列の和が 1）。"""
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
    with np.errstate(divide="ignore"):
        terms = np.log(weights) - 0.5 * ((x - means) / stds) ** 2 - np.log(stds)
    terms = terms - terms.max(axis=0, keepdims=True)
    r = np.exp(terms)
    return r / r.sum(axis=0, keepdims=True)
