# MISTAKE: averages over the points (axis=0) instead of over each point's components.
def reconstruction_errors(x, x_hat):
    """平均をとる軸を間違えた誤り。"""
    x = np.asarray(x, dtype=float)
    x_hat = np.asarray(x_hat, dtype=float)
    if x.shape != x_hat.shape:
        raise ValueError(f"x {x.shape} と x_hat {x_hat.shape} の形状が違います")
    result = np.mean((x - x_hat) ** 2, axis=0)
    return float(result) if np.ndim(result) == 0 else result
