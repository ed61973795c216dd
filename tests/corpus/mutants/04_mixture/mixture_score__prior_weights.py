# MISTAKE: averages the component scores with the prior weights w_k instead of the responsibilities r_k(x).
def mixture_score(x, means, stds, weights):
    """負担率の代わりに事前の重みで平均した誤り。"""
    means = np.asarray(means, dtype=float)
    stds = np.asarray(stds, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if means.ndim != 1 or means.size == 0 or stds.shape != means.shape or weights.shape != means.shape:
        raise ValueError("means, stds, weights must have the same length K >= 1")
    if np.any(stds <= 0):
        raise ValueError("stds must be positive")
    if np.any(weights < 0) or abs(weights.sum() - 1) > 1e-6:
        raise ValueError("weights must be >= 0 and sum to 1")
    x = np.asarray(x, dtype=float)
    scores = -(x.reshape(-1, 1) - means) / stds ** 2
    return np.sum(weights * scores, axis=1).reshape(x.shape)
