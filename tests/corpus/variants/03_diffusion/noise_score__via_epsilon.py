# VARIANT: recovers the standardized noise first, then divides by the std once more.
def noise_score(xt, x0, t, betas):
    """いったん ε を復元してから -ε / sqrt(1-ᾱ_t) を返す実装。"""
    abar = alpha_bar(betas)
    if not isinstance(t, (int, np.integer)) or t < 0 or t >= abar.shape[0]:
        raise ValueError(f"t out of range: {t}")
    std = np.sqrt(1.0 - abar[t])
    eps_hat = (np.asarray(xt, dtype=float) - np.sqrt(abar[t]) * np.asarray(x0, dtype=float)) / std
    return -eps_hat / std
