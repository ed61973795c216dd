# VARIANT: plain Python loops with math, log-sum-exp by hand, zero weights skipped.
def mixture_log_pdf(x, means, stds, weights):
    """math とループで書いた実装。"""
    means, stds, weights = (list(np.asarray(a, dtype=float).ravel()) for a in (means, stds, weights))
    if not means or len(stds) != len(means) or len(weights) != len(means):
        raise ValueError("means/stds/weights must have equal length >= 1")
    if any(s <= 0 for s in stds):
        raise ValueError("stds must be positive")
    if any(w < 0 for w in weights) or abs(sum(weights) - 1) > 1e-6:
        raise ValueError("weights must be non-negative and sum to 1")
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    for index, value in np.ndenumerate(x):
        terms = [math.log(w) - 0.5 * ((value - m) / s) ** 2 - math.log(s * math.sqrt(2 * math.pi))
                 for m, s, w in zip(means, stds, weights) if w > 0]
        top = max(terms)
        out[index] = top + math.log(sum(math.exp(t - top) for t in terms))
    return out if x.ndim else float(out)
