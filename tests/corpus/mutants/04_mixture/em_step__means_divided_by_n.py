# MISTAKE: divides the weighted sum of x by n instead of N_k for the new means.
def em_step(x, means, stds, weights):
    """平均を N_k でなく n で割った誤り。"""
    x = np.asarray(x, dtype=float).reshape(-1)
    r = responsibilities(x, means, stds, weights)
    counts = r.sum(axis=0)
    new_means = (r * x[:, None]).sum(axis=0) / x.size
    new_stds = np.sqrt((r * (x[:, None] - new_means) ** 2).sum(axis=0) / counts)
    return new_means, new_stds, counts / x.size
