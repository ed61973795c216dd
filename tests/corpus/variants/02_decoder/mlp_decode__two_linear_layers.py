# VARIANT: reuses linear_decode for both layers.
def mlp_decode(z, W1, b1, W2, b2):
    """linear_decode を 2 回使う実装。"""
    hidden = np.tanh(linear_decode(z, W1, b1))
    return linear_decode(hidden, W2, b2)
