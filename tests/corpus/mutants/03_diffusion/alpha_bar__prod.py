# MISTAKE: np.prod instead of np.cumprod: one number instead of the whole sequence.
def alpha_bar(betas):
    """cumprod ではなく prod を使った誤り。"""
    betas = np.asarray(betas, dtype=float)
    if betas.ndim != 1 or betas.size == 0 or np.any((betas <= 0) | (betas >= 1)):
        raise ValueError("betas が不正です")
    return np.prod(1 - betas)
