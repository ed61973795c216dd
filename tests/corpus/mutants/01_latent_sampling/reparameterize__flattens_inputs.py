# MISTAKE: flattens and zips the inputs, so broadcasting and mismatched shapes go wrong silently.
def reparameterize(mu, log_var, eps):
    """ブロードキャストせずに要素を zip した誤り。"""
    mu = np.ravel(np.asarray(mu, dtype=float))
    log_var = np.ravel(np.asarray(log_var, dtype=float))
    eps = np.ravel(np.asarray(eps, dtype=float))
    return np.array([m + math.exp(0.5 * v) * e for m, v, e in zip(mu, log_var, eps)])
