# MISTAKE: no validation: empty, 2-D or out-of-range betas give a result silently.
def alpha_bar(betas):
    """betas の確認を省いた誤り。"""
    return np.cumprod(1 - np.asarray(betas, dtype=float))
