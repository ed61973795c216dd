# MISTAKE: takes sqrt(exp(log_var)) correctly but forgets to add mu.
def reparameterize(mu, log_var, eps):
    """mu を足し忘れた誤り。"""
    np.asarray(mu, dtype=float)
    return np.exp(0.5 * np.asarray(log_var, dtype=float)) * np.asarray(eps, dtype=float)
