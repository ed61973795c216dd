# MISTAKE: divides by (1-beta) instead of sqrt(1-beta).
def remove_noise(xt, beta, noise):
    """分母の平方根を忘れた誤り。"""
    if not 0 < beta < 1:
        raise ValueError("beta は 0 < beta < 1")
    return (np.asarray(xt, dtype=float) - np.sqrt(beta) * np.asarray(noise, dtype=float)) / (1 - beta)
