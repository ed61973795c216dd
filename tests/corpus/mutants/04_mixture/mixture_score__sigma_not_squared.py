# MISTAKE: divides by sigma instead of sigma^2 in each component's score.
def mixture_score(x, means, stds, weights):
    """成分のスコアを σ² でなく σ で割った誤り。"""
    x = np.asarray(x, dtype=float)
    r = responsibilities(x.reshape(-1), means, stds, weights)
    means = np.asarray(means, dtype=float)
    stds = np.asarray(stds, dtype=float)
    return np.sum(r * (-(x.reshape(-1, 1) - means) / stds), axis=1).reshape(x.shape)
