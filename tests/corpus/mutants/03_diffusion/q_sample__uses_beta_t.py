# MISTAKE: uses the single-step beta_t instead of the cumulative alpha_bar_t.
def q_sample(x0, t, betas, noise):
    """累積積ではなく β_t だけを使った誤り。"""
    betas = np.asarray(betas, dtype=float)
    alpha_bar(betas)
    if not isinstance(t, int) or not 0 <= t < len(betas):
        raise ValueError("t が範囲外です")
    return np.sqrt(1 - betas[t]) * np.asarray(x0, dtype=float) + np.sqrt(betas[t]) * np.asarray(noise, dtype=float)
