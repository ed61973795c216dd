# VARIANT: its own stable computation: densities scaled by the largest log term, then p'(x)/p(x).
def mixture_score(x, means, stds, weights):
    """最大の対数項で割った密度から p'(x)/p(x) を計算する実装。"""
    means, stds, weights = (np.asarray(a, dtype=float) for a in (means, stds, weights))
    if means.ndim != 1 or len(means) == 0 or stds.shape != means.shape or weights.shape != means.shape:
        raise ValueError("means, stds, weights must share one length K >= 1")
    if np.any(stds <= 0):
        raise ValueError("stds must be > 0")
    if np.any(weights < 0) or abs(weights.sum() - 1) > 1e-6:
        raise ValueError("weights must be >= 0 and add up to 1")
    x = np.asarray(x, dtype=float)
    diff = x[..., None] - means
    with np.errstate(divide="ignore"):
        log_terms = np.log(weights) - np.log(stds) - diff ** 2 / (2 * stds ** 2)
    scaled = np.exp(log_terms - log_terms.max(axis=-1, keepdims=True))
    return np.einsum("...k,...k->...", scaled, -diff / stds ** 2) / scaled.sum(axis=-1)
