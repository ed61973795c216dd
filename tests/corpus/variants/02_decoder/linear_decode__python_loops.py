# VARIANT: plain Python loops with math.fsum, handling the four shape cases one by one.
def linear_decode(z, weights, bias=0.0):
    """ループと math.fsum で計算する実装。"""
    z = np.asarray(z, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if z.shape[-1] != weights.shape[0]:
        raise ValueError("z の形状 " + str(z.shape) + " と weights の形状 " + str(weights.shape) + " が一致しません")
    rows = z if z.ndim == 2 else z[None, :]
    cols = weights if weights.ndim == 2 else weights[:, None]
    out = np.array([[math.fsum(rows[i, k] * cols[k, j] for k in range(rows.shape[1]))
                     for j in range(cols.shape[1])] for i in range(rows.shape[0])])
    if weights.ndim == 1:
        out = out[:, 0]
    if z.ndim == 1:
        out = out[0]
    out = out + np.asarray(bias, dtype=float)
    return float(out) if np.ndim(out) == 0 else out
