# MISTAKE: mean absolute error instead of mean squared error.
def reconstruction_errors(x, x_hat):
    """絶対誤差の平均にした誤り。"""
    x = np.asarray(x, dtype=float)
    x_hat = np.asarray(x_hat, dtype=float)
    if x.shape != x_hat.shape:
        raise ValueError(f"x {x.shape} と x_hat {x_hat.shape} の形状が違います")
    result = np.mean(np.abs(x - x_hat), axis=-1)
    return float(result) if x.ndim == 1 else result
