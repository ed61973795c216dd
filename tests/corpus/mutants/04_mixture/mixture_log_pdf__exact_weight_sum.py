# MISTAKE: checks sum(weights) == 1 exactly, so valid weights like [0.3, 0.6, 0.1] are rejected.
def mixture_log_pdf(x, means, stds, weights):
    """重みの和を == 1 で比べた誤り。"""
    means = np.asarray(means, dtype=float)
    stds = np.asarray(stds, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if means.ndim != 1 or means.size == 0 or stds.shape != means.shape or weights.shape != means.shape:
        raise ValueError("means, stds, weights must have the same length K >= 1")
    if np.any(stds <= 0):
        raise ValueError("stds must be positive")
    if np.any(weights < 0) or weights.sum() != 1:
        raise ValueError("weights must be >= 0 and sum to 1")
    x = np.asarray(x, dtype=float)[..., None]
    with np.errstate(divide="ignore"):
        terms = np.log(weights) - 0.5 * ((x - means) / stds) ** 2 - np.log(stds) - 0.5 * np.log(2 * np.pi)
    top = terms.max(axis=-1, keepdims=True)
    return (top + np.log(np.exp(terms - top).sum(axis=-1, keepdims=True)))[..., 0]
