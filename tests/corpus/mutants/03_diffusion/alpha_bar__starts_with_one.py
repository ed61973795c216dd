# MISTAKE: off by one: starts with 1 (the empty product) and drops the last factor.
def alpha_bar(betas):
    """1 から始めてしまった（1 つずれた）誤り。"""
    betas = np.asarray(betas, dtype=float)
    if betas.ndim != 1 or betas.size == 0 or np.any((betas <= 0) | (betas >= 1)):
        raise ValueError("betas が不正です")
    return np.concatenate([[1.0], np.cumprod(1 - betas)[:-1]])
