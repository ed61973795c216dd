# MISTAKE: forgets the square roots: (xt - (1 - alpha_bar) noise) / alpha_bar.
def predict_x0(xt, t, betas, noise):
    """平方根を忘れた誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    return (np.asarray(xt, dtype=float) - (1 - abar[t]) * np.asarray(noise, dtype=float)) / abar[t]
