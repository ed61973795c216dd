# MISTAKE: no input validation: n=0 returns an empty array instead of raising ValueError.
def sample_latent(n, dim=1, seed=None):
    """入力の確認を省いた誤り。"""
    rng = np.random.default_rng(seed)
    return rng.standard_normal((max(int(n), 0), max(int(dim), 0)))
