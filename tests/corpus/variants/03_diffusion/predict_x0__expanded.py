# VARIANT: expands the fraction: xt / sqrt(abar) - sqrt(1/abar - 1) * noise.
def predict_x0(xt, t, betas, noise):
    """分数を展開した実装。"""
    abar = alpha_bar(betas)
    if not isinstance(t, (int, np.integer)) or not 0 <= t < len(abar):
        raise ValueError(f"invalid t: {t}")
    a = float(abar[t])
    return np.asarray(xt, dtype=float) / math.sqrt(a) - math.sqrt(1.0 / a - 1.0) * np.asarray(noise, dtype=float)
