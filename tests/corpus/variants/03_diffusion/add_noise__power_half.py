# VARIANT: float(beta) with explicit comparisons and ** 0.5; np.multiply/np.add broadcast.
def add_noise(x0, beta, noise):
    """** 0.5 と np.multiply で書いた実装。"""
    try:
        b = float(beta)
    except (TypeError, ValueError):
        raise ValueError(f"beta must be a number, got {beta!r}")
    if b <= 0.0 or b >= 1.0 or b != b:
        raise ValueError(f"beta must satisfy 0 < beta < 1, got {b}")
    return np.add(np.multiply((1.0 - b) ** 0.5, np.asarray(x0, dtype=float)),
                  np.multiply(b ** 0.5, np.asarray(noise, dtype=float)))
