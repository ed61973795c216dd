# MISTAKE: divides (x - mu)^2 by 2 sigma instead of 2 sigma^2 in the exponent.
def mixture_log_pdf(x, means, stds, weights):
    """指数の分母を σ² でなく σ にした誤り。"""
    means = np.asarray(means, dtype=float)
    stds = np.asarray(stds, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if means.ndim != 1 or means.size == 0 or stds.shape != means.shape or weights.shape != means.shape:
        raise ValueError("means, stds, weights must have the same length K >= 1")
    if np.any(stds <= 0):
        raise ValueError("stds must be positive")
    if np.any(weights < 0) or abs(weights.sum() - 1) > 1e-6:
        raise ValueError("weights must be >= 0 and sum to 1")
    x = np.asarray(x, dtype=float)[..., None]
    with np.errstate(divide="ignore"):
        terms = np.log(weights) - (x - means) ** 2 / (2 * stds) - np.log(stds) - 0.5 * np.log(2 * np.pi)
    top = terms.max(axis=-1, keepdims=True)
    return (top + np.log(np.exp(terms - top).sum(axis=-1, keepdims=True)))[..., 0]
