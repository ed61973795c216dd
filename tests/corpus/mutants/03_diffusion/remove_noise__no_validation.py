# MISTAKE: no check on beta: beta = 1 divides by zero and beta > 1 gives NaN silently.
def remove_noise(xt, beta, noise):
    """beta の確認を省いた誤り。"""
    return (np.asarray(xt, dtype=float) - np.sqrt(beta) * np.asarray(noise, dtype=float)) / np.sqrt(1 - beta)
