# MISTAKE: returns the variances instead of the standard deviations (missing sqrt).
def em_step(x, means, stds, weights):
    """sqrt を忘れて分散を返した誤り。"""
    x = np.asarray(x, dtype=float).reshape(-1)
    r = responsibilities(x, means, stds, weights)
    counts = r.sum(axis=0)
    new_means = (r * x[:, None]).sum(axis=0) / counts
    new_vars = (r * (x[:, None] - new_means) ** 2).sum(axis=0) / counts
    return new_means, new_vars, counts / x.size
