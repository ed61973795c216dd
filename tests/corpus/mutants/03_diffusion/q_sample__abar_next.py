# MISTAKE: off by one: uses alpha_bar[t + 1] (treats t as the number of steps already taken).
def q_sample(x0, t, betas, noise):
    """ᾱ_{t+1} を使った誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    return np.sqrt(abar[t + 1]) * np.asarray(x0, dtype=float) + np.sqrt(1 - abar[t + 1]) * np.asarray(noise, dtype=float)
