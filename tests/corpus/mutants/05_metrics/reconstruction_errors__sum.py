# MISTAKE: sums the squared errors instead of averaging them (forgets to divide by d).
def reconstruction_errors(x, x_hat):
    """二乗誤差を d で割り忘れた誤り。"""
    x = np.asarray(x, dtype=float)
    x_hat = np.asarray(x_hat, dtype=float)
    if x.shape != x_hat.shape:
        raise ValueError(f"x {x.shape} と x_hat {x_hat.shape} の形状が違います")
    result = np.sum((x - x_hat) ** 2, axis=-1)
    return float(result) if x.ndim == 1 else result
