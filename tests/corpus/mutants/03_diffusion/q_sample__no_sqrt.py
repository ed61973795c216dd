# MISTAKE: forgets the square roots: alpha_bar x0 + (1 - alpha_bar) noise.
def q_sample(x0, t, betas, noise):
    """平方根を忘れた誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    return abar[t] * np.asarray(x0, dtype=float) + (1 - abar[t]) * np.asarray(noise, dtype=float)
