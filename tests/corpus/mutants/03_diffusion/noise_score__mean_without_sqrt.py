# MISTAKE: uses alpha_bar x0 as the mean instead of sqrt(alpha_bar) x0.
def noise_score(xt, x0, t, betas):
    """平均の平方根を忘れた誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    return -(np.asarray(xt, dtype=float) - abar[t] * np.asarray(x0, dtype=float)) / (1 - abar[t])
