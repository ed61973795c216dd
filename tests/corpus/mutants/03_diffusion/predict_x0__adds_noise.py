# MISTAKE: adds the noise term instead of subtracting it.
def predict_x0(xt, t, betas, noise):
    """ノイズを引かずに足した誤り。"""
    abar = alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(abar):
        raise ValueError("t が範囲外です")
    return (np.asarray(xt, dtype=float) + np.sqrt(1 - abar[t]) * np.asarray(noise, dtype=float)) / np.sqrt(abar[t])
