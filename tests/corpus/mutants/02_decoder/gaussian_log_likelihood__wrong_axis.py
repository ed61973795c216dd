# MISTAKE: sums over axis 0 (the samples) instead of the last axis (the dimensions).
def gaussian_log_likelihood(x, mean, sigma):
    """合計する軸を間違えた誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    diff = np.asarray(x, dtype=float) - np.asarray(mean, dtype=float)
    d = diff.shape[-1]
    return -0.5 * d * math.log(2 * math.pi * sigma**2) - np.sum(diff**2, axis=0) / (2 * sigma**2)
