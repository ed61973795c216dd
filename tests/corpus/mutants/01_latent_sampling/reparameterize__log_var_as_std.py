# MISTAKE: multiplies eps by log_var itself, as if it were the standard deviation.
def reparameterize(mu, log_var, eps):
    """log_var をそのまま σ とみなした誤り。"""
    return np.asarray(mu, dtype=float) + np.asarray(log_var, dtype=float) * np.asarray(eps, dtype=float)
