# MISTAKE: does not reject NaN or inf, so the summary silently becomes NaN.
def latent_summary(z):
    """NaN・inf を確認しなかった誤り。"""
    z = np.asarray(z, dtype=float)
    if z.ndim == 1:
        z = z[:, None]
    if z.size == 0:
        raise ValueError("z が空です")
    return {"mean": z.mean(axis=0), "std": z.std(axis=0)}
