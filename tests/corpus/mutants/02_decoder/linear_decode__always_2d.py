# MISTAKE: promotes z to 2-D, so a single z gives shape (1, m) or (1,) instead of (m,) or a float.
def linear_decode(z, weights, bias=0.0):
    """z を常に 2 次元にしてしまった誤り。"""
    z = np.atleast_2d(np.asarray(z, dtype=float))
    weights = np.asarray(weights, dtype=float)
    if z.shape[-1] != weights.shape[0]:
        raise ValueError(f"z の形状 {z.shape} と weights の形状 {weights.shape} が合いません")
    return z @ weights + bias
