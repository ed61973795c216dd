# MISTAKE: assigns each point to its most likely component (k-means style) instead of using soft responsibilities.
def em_step(x, means, stds, weights):
    """負担率の代わりに最大の成分へ 0/1 で割り当てた誤り。"""
    x = np.asarray(x, dtype=float).reshape(-1)
    soft = responsibilities(x, means, stds, weights)
    r = np.zeros_like(soft)
    r[np.arange(x.size), soft.argmax(axis=1)] = 1.0
    counts = r.sum(axis=0)
    new_means = (r * x[:, None]).sum(axis=0) / counts
    new_stds = np.sqrt((r * (x[:, None] - new_means) ** 2).sum(axis=0) / counts)
    return new_means, new_stds, counts / x.size
