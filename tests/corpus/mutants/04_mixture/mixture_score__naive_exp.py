# MISTAKE: p'(x) / p(x) with densities computed by exp: both underflow far away and 0/0 gives NaN.
def mixture_score(x, means, stds, weights):
    """密度を exp で直接計算して p'(x) / p(x) とした誤り。"""
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
    flat = x.reshape(-1, 1)
    density = weights * np.exp(-0.5 * ((flat - means) / stds) ** 2) / (np.sqrt(2 * np.pi) * stds)
    derivative = density * (-(flat - means) / stds ** 2)
    return (derivative.sum(axis=1) / density.sum(axis=1)).reshape(x.shape)
