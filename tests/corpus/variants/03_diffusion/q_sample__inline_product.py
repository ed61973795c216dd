# VARIANT: computes alpha_bar_t inline with math.prod, without calling alpha_bar; TypeError for a non-integer t.
def q_sample(x0, t, betas, noise):
    """ᾱ_t をその場で math.prod により計算する実装。"""
    betas = [float(b) for b in np.asarray(betas, dtype=float).ravel()]
    if len(betas) == 0 or any(not 0 < b < 1 for b in betas):
        raise ValueError("betas must be non-empty with values in (0, 1)")
    if not isinstance(t, (int, np.integer)):
        raise TypeError("t must be an integer")
    if t < 0 or t >= len(betas):
        raise ValueError(f"t must be in [0, {len(betas)}), got t={t}")
    a = math.prod(1.0 - b for b in betas[: t + 1])
    return math.sqrt(a) * np.asarray(x0, dtype=float) + math.sqrt(1.0 - a) * np.asarray(noise, dtype=float)
