# VARIANT: einsum sums, and the variance from moments E_r[x^2] - mean^2.
def em_step(x, means, stds, weights):
    """einsum とモーメントで分散を求める実装。"""
    x = np.asarray(x, dtype=float).ravel()
    r = responsibilities(x, means, stds, weights)
    n_k = np.einsum("ik->k", r)
    mean = np.einsum("ik,i->k", r, x) / n_k
    second = np.einsum("ik,i->k", r, x * x) / n_k
    return mean, np.sqrt(second - mean ** 2), n_k / len(x)
