# MISTAKE: sample standard deviation (ddof=1) instead of the population one.
def latent_summary(z):
    """ddof=1 を使った誤り。"""
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        z = z[:, None]
    if z.size == 0 or not np.all(np.isfinite(z)):
        raise ValueError("z が不正です")
    return {"mean": z.mean(axis=0), "std": z.std(axis=0, ddof=1)}
