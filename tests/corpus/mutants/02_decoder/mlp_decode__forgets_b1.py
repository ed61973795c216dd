# MISTAKE: forgets the hidden-layer bias b1.
def mlp_decode(z, W1, b1, W2, b2):
    """b1 を足し忘れた誤り。"""
    z, W1, W2, b2 = (np.asarray(a, dtype=float) for a in (z, W1, W2, b2))
    return np.tanh(z @ W1) @ W2 + b2
