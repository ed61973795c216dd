# MISTAKE: adds the noise back instead of subtracting it.
def remove_noise(xt, beta, noise):
    """ノイズを引かずに足した誤り。"""
    if not 0 < beta < 1:
        raise ValueError("beta は 0 < beta < 1")
    return (np.asarray(xt, dtype=float) + np.sqrt(beta) * np.asarray(noise, dtype=float)) / np.sqrt(1 - beta)
