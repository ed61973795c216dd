# MISTAKE: checks the closed interval [0, 1], so beta = 0 and beta = 1 are accepted.
def add_noise(x0, beta, noise):
    """端点 0 と 1 を許してしまった誤り。"""
    if beta < 0 or beta > 1:
        raise ValueError("beta は 0 以上 1 以下")
    return np.sqrt(1 - beta) * np.asarray(x0, dtype=float) + np.sqrt(beta) * np.asarray(noise, dtype=float)
