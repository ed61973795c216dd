# MISTAKE: takes the square root (RMSE) instead of returning the mean squared error.
def reconstruction_errors(x, x_hat):
    """平方根をとって RMSE にした誤り。"""
    x = np.asarray(x, dtype=float)
    x_hat = np.asarray(x_hat, dtype=float)
    if x.shape != x_hat.shape:
        raise ValueError(f"x {x.shape} と x_hat {x_hat.shape} の形状が違います")
    result = np.sqrt(np.mean((x - x_hat) ** 2, axis=-1))
    return float(result) if x.ndim == 1 else result
