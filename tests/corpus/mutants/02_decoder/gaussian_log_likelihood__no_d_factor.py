# MISTAKE: the normalising constant is counted once instead of once per dimension (missing the factor d).
def gaussian_log_likelihood(x, mean, sigma):
    """正規化の項に d を掛け忘れた誤り。"""
    if sigma <= 0:
        raise ValueError("sigma は正の数です")
    diff = np.asarray(x, dtype=float) - np.asarray(mean, dtype=float)
    return -0.5 * math.log(2 * math.pi * sigma**2) - np.sum(diff**2, axis=-1) / (2 * sigma**2)
