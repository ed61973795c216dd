# MISTAKE: draws uniform numbers in [0, 1) instead of standard normal ones.
def sample_latent(n, dim=1, seed=None):
    """一様乱数で代用してしまった誤り。"""
    if n < 1 or dim < 1:
        raise ValueError("n と dim は 1 以上")
    rng = np.random.default_rng(seed)
    return rng.random((n, dim))
