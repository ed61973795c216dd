# MISTAKE: np.linspace with T + 1 points (counts the intervals instead of the steps).
def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    """点の数を T + 1 にした誤り。"""
    if not isinstance(T, int) or T < 1:
        raise ValueError("T は 1 以上の整数")
    if not 0 < beta_start < 1:
        raise ValueError("beta_start が範囲外")
    if not 0 < beta_end < 1:
        raise ValueError("beta_end が範囲外")
    if beta_start > beta_end:
        raise ValueError("beta_start > beta_end")
    return np.linspace(beta_start, beta_end, T + 1)
