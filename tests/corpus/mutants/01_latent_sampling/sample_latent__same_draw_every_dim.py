# MISTAKE: draws one column and repeats it in every dimension (dimensions not independent).
def sample_latent(n, dim=1, seed=None):
    """全次元に同じ乱数を使った誤り。"""
    if n < 1 or dim < 1:
        raise ValueError("n と dim は 1 以上")
    rng = np.random.default_rng(seed)
    column = rng.standard_normal((n, 1))
    return np.repeat(column, dim, axis=1)
