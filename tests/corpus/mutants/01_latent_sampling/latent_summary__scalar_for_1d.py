# MISTAKE: a 1-D z gives scalars instead of arrays of shape (1,).
def latent_summary(z):
    """1 次元入力を (n, 1) とみなさなかった誤り。"""
    z = np.asarray(z, dtype=float)
    if z.size == 0 or not np.all(np.isfinite(z)):
        raise ValueError("z が不正です")
    return {"mean": z.mean(axis=0), "std": z.std(axis=0)}
