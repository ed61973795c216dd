# MISTAKE: log(sum(w * N(x))) computed directly: the densities underflow to 0 far from the modes (-inf).
def mixture_log_pdf(x, means, stds, weights):
    """log-sum-exp を使わずに exp してから log をとった誤り。"""
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
    density = weights * np.exp(-0.5 * ((x - means) / stds) ** 2) / (np.sqrt(2 * np.pi) * stds)
    return np.log(density.sum(axis=-1))
