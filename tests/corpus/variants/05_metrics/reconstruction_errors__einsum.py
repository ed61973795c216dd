# VARIANT: squared norm of the difference with np.einsum, divided by d.
def reconstruction_errors(x, x_hat):
    """np.einsum で二乗ノルムを求める実装。"""
    x = np.asarray(x, dtype=float)
    x_hat = np.asarray(x_hat, dtype=float)
    if np.shape(x) != np.shape(x_hat):
        raise ValueError(f"x_hat の形状 {x_hat.shape} が x の形状 {x.shape} と違います")
    diff = x - x_hat
    result = np.einsum("...i,...i->...", diff, diff) / diff.shape[-1]
    return result.item() if diff.ndim == 1 else result
