# MISTAKE: returns shape (dim, n) instead of (n, dim).
def sample_latent(n, dim=1, seed=None):
    """形状を逆にしてしまった誤り。"""
    if n < 1 or dim < 1:
        raise ValueError("n と dim は 1 以上")
    rng = np.random.default_rng(seed)
    return rng.standard_normal((dim, n))
