# VARIANT: Python loops over points and components.
def reconstruction_errors(x, x_hat):
    """ループで 1 点ずつ計算する実装。"""
    a = np.asarray(x, dtype=float)
    b = np.asarray(x_hat, dtype=float)
    if a.shape != b.shape:
        raise ValueError(f"shapes of x and x_hat differ: {a.shape} vs {b.shape}")

    def mse(u, v):
        return sum((p - q) ** 2 for p, q in zip(u, v)) / len(u)

    if a.ndim == 1:
        return mse(a.tolist(), b.tolist())
    return np.array([mse(u, v) for u, v in zip(a.tolist(), b.tolist())])
