# VARIANT: one stable softmax per point in a Python loop.
def responsibilities(x, means, stds, weights):
    """点ごとのループでソフトマックスを計算する実装。"""
    means = np.asarray(means, dtype=float)
    stds = np.asarray(stds, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if means.size == 0 or means.shape != stds.shape or means.shape != weights.shape or means.ndim != 1:
        raise ValueError("means, stds and weights must be 1-D of the same length >= 1")
    if not (stds > 0).all():
        raise ValueError("stds must be positive")
    if not (weights >= 0).all() or abs(weights.sum() - 1) > 1e-6:
        raise ValueError("weights must be >= 0 and sum to 1")
    rows = []
    for value in np.asarray(x, dtype=float).ravel():
        scores = []
        for m, s, w in zip(means, stds, weights):
            scores.append(-math.inf if w == 0 else math.log(w) - math.log(s) - (value - m) ** 2 / (2 * s * s))
        top = max(scores)
        exps = [math.exp(v - top) for v in scores]
        total = sum(exps)
        rows.append([e / total for e in exps])
    return np.array(rows, dtype=float).reshape(-1, means.size)
