# MISTAKE: divides by the standard deviation sqrt(1 - alpha_bar) instead of the variance.
def noise_score(xt, x0, t, betas):
    """分散ではなく標準偏差で割った誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    return -(np.asarray(xt, dtype=float) - np.sqrt(abar[t]) * np.asarray(x0, dtype=float)) / np.sqrt(1 - abar[t])
