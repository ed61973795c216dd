# MISTAKE: swaps the coefficients: sqrt(beta) on the data and sqrt(1-beta) on the noise.
def add_noise(x0, beta, noise):
    """係数を逆にした誤り。"""
    if not 0 < beta < 1:
        raise ValueError("beta は 0 < beta < 1")
    return np.sqrt(beta) * np.asarray(x0, dtype=float) + np.sqrt(1 - beta) * np.asarray(noise, dtype=float)
