# VARIANT: expands the fraction: xt / sqrt(1-beta) - sqrt(beta / (1-beta)) * noise.
def remove_noise(xt, beta, noise):
    """分数を展開した実装。"""
    if not (0 < beta < 1):
        raise ValueError(f"beta={beta} is outside (0, 1)")
    xt = np.asarray(xt, dtype=float)
    noise = np.asarray(noise, dtype=float)
    return xt / np.sqrt(1 - beta) - np.sqrt(beta / (1 - beta)) * noise
