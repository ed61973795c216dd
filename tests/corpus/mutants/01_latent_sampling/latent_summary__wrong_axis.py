# MISTAKE: averages over dimensions (axis=1) instead of over samples.
def latent_summary(z):
    """平均をとる軸を間違えた誤り。"""
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        z = z[:, None]
    if z.size == 0 or not np.all(np.isfinite(z)):
        raise ValueError("z が不正です")
    return {"mean": z.mean(axis=1), "std": z.std(axis=1)}
