# MISTAKE: uses math.sqrt on the raw arguments without np.asarray, so lists fail.
def add_noise(x0, beta, noise):
    """リストを配列に変換しなかった誤り。"""
    if not 0 < beta < 1:
        raise ValueError("beta は 0 < beta < 1")
    return math.sqrt(1 - beta) * x0 + math.sqrt(beta) * noise
