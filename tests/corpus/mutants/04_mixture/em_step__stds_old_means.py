# MISTAKE: the new stds are computed around the OLD means.
def em_step(x, means, stds, weights):
    """標準偏差に古い平均を使った誤り。"""
    x = np.asarray(x, dtype=float).reshape(-1)
    r = responsibilities(x, means, stds, weights)
    counts = r.sum(axis=0)
    old_means = np.asarray(means, dtype=float)
    new_means = (r * x[:, None]).sum(axis=0) / counts
    new_stds = np.sqrt((r * (x[:, None] - old_means) ** 2).sum(axis=0) / counts)
    return new_means, new_stds, counts / x.size
