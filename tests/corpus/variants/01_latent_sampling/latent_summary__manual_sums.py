# VARIANT: plain Python sums over lists instead of NumPy reductions.
def latent_summary(z):
    """リストと和で計算する実装。"""
    rows = np.asarray(z, dtype=float)
    if rows.ndim == 1:
        rows = rows.reshape(-1, 1)
    if rows.size == 0:
        raise ValueError("z is empty")
    if not np.isfinite(rows).all():
        raise ValueError("z contains NaN or inf")
    n, dim = rows.shape
    means, stds = [], []
    for j in range(dim):
        column = [float(v) for v in rows[:, j]]
        m = sum(column) / n
        means.append(m)
        stds.append(math.sqrt(sum((v - m) ** 2 for v in column) / n))
    return {"mean": np.array(means), "std": np.array(stds)}
