# VARIANT: np.tensordot over the last axis of z and the first axis of weights, with its own shape check.
def linear_decode(z, weights, bias=0.0):
    """np.tensordot で縮約する実装。"""
    z = np.asarray(z, dtype=float)
    weights = np.asarray(weights, dtype=float)
    if np.shape(z)[-1] != np.shape(weights)[0]:
        raise ValueError(f"shapes do not match: z {np.shape(z)}, weights {np.shape(weights)}")
    out = np.tensordot(z, weights, axes=([-1], [0])) + np.asarray(bias, dtype=float)
    return out.item() if out.ndim == 0 else out
