# MISTAKE: no shape check: NumPy's own matmul error does not name the shapes of z and weights.
def linear_decode(z, weights, bias=0.0):
    """形状の確認を NumPy に任せた誤り。"""
    return np.asarray(z, dtype=float) @ np.asarray(weights, dtype=float) + bias
