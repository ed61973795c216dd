# MISTAKE: creates the generator without the seed, so results are not reproducible.
def sample_latent(n, dim=1, seed=None):
    """seed を使い忘れた誤り。"""
    if n < 1 or dim < 1:
        raise ValueError("n と dim は 1 以上")
    rng = np.random.default_rng()
    return rng.standard_normal((n, dim))
