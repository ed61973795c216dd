# MISTAKE: no shape check: NumPy broadcasting silently compares (n, d) with (d,) or (1, d).
def reconstruction_errors(x, x_hat):
    """形状を確認せずブロードキャストに任せた誤り。"""
    squared = (np.asarray(x, dtype=float) - np.asarray(x_hat, dtype=float)) ** 2
    result = np.mean(squared, axis=-1)
    return float(result) if np.ndim(result) == 0 else result
