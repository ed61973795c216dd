# MISTAKE: off by one: treats t as 1-based and uses alpha_bar[t - 1].
def predict_x0(xt, t, betas, noise):
    """t を 1 始まりとみなした誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    a = abar[t - 1]
    return (np.asarray(xt, dtype=float) - np.sqrt(1 - a) * np.asarray(noise, dtype=float)) / np.sqrt(a)
