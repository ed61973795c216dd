# MISTAKE: writes W^T z as in textbooks with column vectors; right for one z (d,) but fails for a batch (n, d).
def linear_decode(z, weights, bias=0.0):
    """列ベクトルの書き方 Wᵀz をそのまま使った誤り。"""
    z = np.asarray(z, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if z.shape[-1] != weights.shape[0]:
        raise ValueError(f"z の形状 {z.shape} と weights の形状 {weights.shape} が合いません")
    return weights.T @ z + bias
