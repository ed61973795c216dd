# MISTAKE: divides the squared error by 2*sigma instead of 2*sigma**2.
def gaussian_log_likelihood(x, mean, sigma):
    """二乗の項を σ² ではなく σ で割った誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    diff = np.asarray(x, dtype=float) - np.asarray(mean, dtype=float)
    d = diff.shape[-1]
    return -0.5 * d * math.log(2 * math.pi * sigma**2) - np.sum(diff**2, axis=-1) / (2 * sigma)
