# MISTAKE: uses (x - mu) / sigma^2, pointing away from the modes.
def mixture_score(x, means, stds, weights):
    """符号を逆にした誤り。"""
    x = np.asarray(x, dtype=float)
    r = responsibilities(x.reshape(-1), means, stds, weights)
    means = np.asarray(means, dtype=float)
    stds = np.asarray(stds, dtype=float)
    return np.sum(r * ((x.reshape(-1, 1) - means) / stds ** 2), axis=1).reshape(x.shape)
