# MISTAKE: runs from beta_end down to beta_start (start and end swapped).
def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    """始点と終点を逆にした誤り。"""
    if not isinstance(T, int) or T < 1:
        raise ValueError("T は 1 以上の整数")
    if not 0 < beta_start < 1:
        raise ValueError("beta_start が範囲外")
    if not 0 < beta_end < 1:
        raise ValueError("beta_end が範囲外")
    if beta_start > beta_end:
        raise ValueError("beta_start > beta_end")
    return np.linspace(beta_end, beta_start, T)
