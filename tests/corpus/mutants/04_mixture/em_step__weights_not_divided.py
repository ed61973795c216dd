# MISTAKE: returns N_k as the new weights, without dividing by n.
def em_step(x, means, stds, weights):
    """重みを n で割り忘れた誤り。"""
    x = np.asarray(x, dtype=float).reshape(-1)
    r = responsibilities(x, means, stds, weights)
    counts = r.sum(axis=0)
    new_means = (r * x[:, None]).sum(axis=0) / counts
    new_stds = np.sqrt((r * (x[:, None] - new_means) ** 2).sum(axis=0) / counts)
    return new_means, new_stds, counts
