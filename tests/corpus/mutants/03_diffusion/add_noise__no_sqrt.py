# MISTAKE: forgets the square roots: (1-beta) x0 + beta noise, so the variance shrinks.
def add_noise(x0, beta, noise):
    """平方根を忘れた誤り。"""
    if not 0 < beta < 1:
        raise ValueError("beta は 0 < beta < 1")
    return (1 - beta) * np.asarray(x0, dtype=float) + beta * np.asarray(noise, dtype=float)
