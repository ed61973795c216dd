# MISTAKE: sums log(1 - beta) in log space but forgets to take exp at the end.
def alpha_bar(betas):
    """対数の累積和から exp に戻し忘れた誤り。"""
    betas = np.asarray(betas, dtype=float)
    if betas.ndim != 1 or betas.size == 0 or np.any((betas <= 0) | (betas >= 1)):
        raise ValueError("betas が不正です")
    return np.cumsum(np.log(1 - betas))
