# VARIANT: calls responsibilities for each point separately and sums in Python.
def mixture_score(x, means, stds, weights):
    """点ごとに responsibilities を呼ぶ実装。"""
    x = np.asarray(x, dtype=float)
    mu = np.asarray(means, dtype=float)
    sigma = np.asarray(stds, dtype=float)
    result = np.zeros(x.shape)
    for index, value in np.ndenumerate(x):
        r = responsibilities([value], means, stds, weights)[0]
        result[index] = sum(r[k] * (mu[k] - value) / sigma[k] ** 2 for k in range(len(r)))
    return result
