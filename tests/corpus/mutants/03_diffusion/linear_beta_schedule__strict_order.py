# MISTAKE: requires beta_start < beta_end strictly, rejecting the allowed constant schedule.
def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    """beta_start = beta_end を許さなかった誤り。"""
    if not isinstance(T, int) or T < 1:
        raise ValueError("T は 1 以上の整数")
    if not 0 < beta_start < beta_end < 1:
        raise ValueError("0 < beta_start < beta_end < 1 でなければなりません")
    return np.linspace(beta_start, beta_end, T)
