# VARIANT: a running product in a plain Python loop over a list.
def alpha_bar(betas):
    """for ループで累積積を作る実装。"""
    values = np.asarray(betas, dtype=float)
    if values.ndim != 1 or values.size == 0:
        raise ValueError("betas は空でない 1 次元配列")
    result, product = [], 1.0
    for beta in values.tolist():
        if beta <= 0 or beta >= 1:
            raise ValueError("betas の値は (0, 1) の中")
        product = product * (1.0 - beta)
        result.append(product)
    return np.array(result)
