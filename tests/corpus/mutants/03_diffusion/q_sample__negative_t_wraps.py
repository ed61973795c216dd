# MISTAKE: only checks t < T, so a negative t silently indexes from the end.
def q_sample(x0, t, betas, noise):
    """負の t を弾かなかった誤り。"""
    abar = alpha_bar(betas)
    if t >= len(abar):
        raise ValueError("t は T より小さくなければなりません")
    t = int(t)
    return np.sqrt(abar[t]) * np.asarray(x0, dtype=float) + np.sqrt(1 - abar[t]) * np.asarray(noise, dtype=float)
