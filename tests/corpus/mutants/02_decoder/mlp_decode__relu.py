# MISTAKE: uses ReLU instead of tanh as the hidden activation.
def mlp_decode(z, W1, b1, W2, b2):
    """tanh の代わりに ReLU を使った誤り。"""
    z, W1, b1, W2, b2 = (np.asarray(a, dtype=float) for a in (z, W1, b1, W2, b2))
    return np.maximum(z @ W1 + b1, 0.0) @ W2 + b2
