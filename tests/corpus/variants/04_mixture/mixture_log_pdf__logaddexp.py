# VARIANT: np.logaddexp.reduce over the component axis.
def mixture_log_pdf(x, means, stds, weights):
    """np.logaddexp.reduce を使う実装。"""
    means, stds, weights = (np.atleast_1d(np.asarray(a, dtype=float)) for a in (means, stds, weights))
    if len(means) < 1 or len(stds) != len(means) or len(weights) != len(means):
        raise ValueError("means, stds and weights need the same length K >= 1")
    if np.min(stds) <= 0:
        raise ValueError("stds <= 0")
    if np.min(weights) < 0 or abs(np.sum(weights) - 1) > 1e-6:
        raise ValueError("invalid weights")
    x = np.asarray(x, dtype=float)
    z = (np.expand_dims(x, -1) - means) / stds
    with np.errstate(divide="ignore"):
        log_terms = np.log(weights) - np.log(stds) - 0.5 * np.log(2 * np.pi) - 0.5 * z * z
    return np.logaddexp.reduce(log_terms, axis=-1)
