# VARIANT: nested Python loops over the generator's scalar normal() calls.
def sample_latent(n, dim=1, seed=None):
    """ループで 1 つずつ引く実装。"""
    if not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n は 1 以上の整数です: {n}")
    if not isinstance(dim, (int, np.integer)) or dim < 1:
        raise ValueError(f"dim は 1 以上の整数です: {dim}")
    rng = np.random.default_rng(seed)
    rows = []
    for _ in range(n):
        rows.append([rng.normal() for _ in range(dim)])
    return np.array(rows, dtype=float)
