# MISTAKE: passes the variance 2 where the scale is expected (std sqrt(2) instead of 1).
def sample_latent(n, dim=1, seed=None):
    """scale に分散を渡した誤り。"""
    if n < 1 or dim < 1:
        raise ValueError("n と dim は 1 以上")
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, 2.0 ** 0.5, size=(n, dim))
