# MISTAKE: applies tanh after the output layer too, so outputs are squashed into (-1, 1).
def mlp_decode(z, W1, b1, W2, b2):
    """出力層にも tanh を掛けた誤り。"""
    z, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (z, W1, b1, W2, b2))
    return np.tanh(np.tanh(z @ W1 + b1) @ W2 + b2)
