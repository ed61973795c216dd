# MISTAKE: cumulative product of beta itself instead of 1 - beta.
def alpha_bar(betas):
    """1 - β ではなく β の累積積をとった誤り。"""
    betas = np.asarray(betas, dtype=float)
    if betas.ndim != 1 or betas.size == 0 or np.any((betas <= 0) | (betas >= 1)):
        raise ValueError("betas が不正です")
    return np.cumprod(betas)
