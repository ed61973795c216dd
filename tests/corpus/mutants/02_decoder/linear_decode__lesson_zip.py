# MISTAKE: copies the lesson's zip loop, which pairs rows of a batch z with weights instead of decoding each row.
def linear_decode(z, weights, bias=0.0):
    """レッスンの zip による和をそのまま使った誤り。"""
    z = np.asarray(z, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if len(z) != len(weights):
        raise ValueError(f"z の形状 {z.shape} と weights の形状 {weights.shape} が合いません")
    return sum(zi * wi for zi, wi in zip(z, weights)) + bias
