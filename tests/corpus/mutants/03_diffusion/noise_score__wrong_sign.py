# MISTAKE: drops the minus sign, so the score points away from the mean.
def noise_score(xt, x0, t, betas):
    """マイナスの符号を忘れた誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    return (np.asarray(xt, dtype=float) - np.sqrt(abar[t]) * np.asarray(x0, dtype=float)) / (1 - abar[t])
