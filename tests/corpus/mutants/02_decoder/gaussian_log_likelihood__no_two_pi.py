# MISTAKE: drops the log(2*pi) part of the normalising constant.
def gaussian_log_likelihood(x, mean, sigma):
    """log(2π) を忘れた誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    diff = np.asarray(x, dtype=float) - np.asarray(mean, dtype=float)
    d = diff.shape[-1]
    return -0.5 * d * math.log(sigma**2) - np.sum(diff**2, axis=-1) / (2 * sigma**2)
