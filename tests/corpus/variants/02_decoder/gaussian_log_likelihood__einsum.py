# VARIANT: squared distance with np.einsum and the constant written as d*log(sigma) + d/2*log(2*pi).
def gaussian_log_likelihood(x, mean, sigma):
    """np.einsum で二乗距離を計算する実装。"""
    if sigma <= 0:
        raise ValueError("sigma は 0 より大きくしてください")
    diff = np.asarray(x, dtype=float) - np.asarray(mean, dtype=float)
    d = diff.shape[-1]
    squared = np.einsum("...j,...j->...", diff, diff)
    return -(d * np.log(sigma) + 0.5 * d * np.log(2 * np.pi)) - squared / (2 * sigma * sigma)
