# MISTAKE: off by one: treats t as 1-based and uses alpha_bar[t - 1] (t = 0 wraps to the end).
def q_sample(x0, t, betas, noise):
    """t を 1 始まりとみなした誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    return np.sqrt(abar[t - 1]) * np.asarray(x0, dtype=float) + np.sqrt(1 - abar[t - 1]) * np.asarray(noise, dtype=float)
