# MISTAKE: no validation: steps=1 returns one row and shapes that broadcast are silently accepted.
def interpolate_latent(z_start, z_end, steps):
    """入力の確認を省いた誤り。"""
    a = np.linspace(0.0, 1.0, steps)[:, None]
    return (1 - a) * np.asarray(z_start, dtype=float) + a * np.asarray(z_end, dtype=float)
