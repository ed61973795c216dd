# VARIANT: explicit loops over samples and hidden units with math.tanh.
def mlp_decode(z, W1, b1, W2, b2):
    """math.tanh とループで計算する実装。"""
    z = np.asarray(z, dtype=float)
    W1, b1 = np.asarray(W1, dtype=float), np.asarray(b1, dtype=float)
    W2, b2 = np.asarray(W2, dtype=float), np.asarray(b2, dtype=float)
    if z.shape[-1] != W1.shape[0]:
        raise ValueError(f"z {z.shape} and W1 {W1.shape} do not match")
    single = z.ndim == 1
    outputs = []
    for row in np.atleast_2d(z):
        hidden = np.array([math.tanh(float(row @ W1[:, k]) + b1[k]) for k in range(W1.shape[1])])
        outputs.append(hidden @ W2 + b2)
    result = np.array(outputs)
    return result[0] if single else result
