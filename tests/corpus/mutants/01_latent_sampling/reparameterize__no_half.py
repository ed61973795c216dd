# MISTAKE: exp(log_var) is the variance, not the standard deviation (missing the 0.5).
def reparameterize(mu, log_var, eps):
    """exp の中の 0.5 を忘れた誤り。"""
    return np.asarray(mu, dtype=float) + np.exp(np.asarray(log_var, dtype=float)) * np.asarray(eps, dtype=float)
