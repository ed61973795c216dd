# MISTAKE: inverts a single step with beta_t instead of the cumulative alpha_bar_t.
def predict_x0(xt, t, betas, noise):
    """累積積ではなく β_t だけで戻した誤り。"""
    betas = np.asarray(betas, dtype=float)
    alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(betas):
        raise ValueError("t が範囲外です")
    return (np.asarray(xt, dtype=float) - np.sqrt(betas[t]) * np.asarray(noise, dtype=float)) / np.sqrt(1 - betas[t])
