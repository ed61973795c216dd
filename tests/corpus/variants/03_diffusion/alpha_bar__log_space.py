# VARIANT: exp of the cumulative sum of log1p(-beta), with a Python-level validation loop.
def alpha_bar(betas):
    """対数空間で累積和をとってから exp で戻す実装。"""
    betas = np.asarray(betas, dtype=float)
    if betas.ndim != 1:
        raise ValueError("betas must be 1-D")
    if len(betas) == 0:
        raise ValueError("betas must not be empty")
    for value in betas:
        if not 0.0 < value < 1.0:
            raise ValueError(f"betas contains {value}, outside (0, 1)")
    return np.exp(np.cumsum(np.log1p(-betas)))
