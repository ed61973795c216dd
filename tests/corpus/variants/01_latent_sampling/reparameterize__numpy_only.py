# VARIANT: one line of NumPy; NumPy's own ValueError reports shapes that do not broadcast.
def reparameterize(mu, log_var, eps):
    """NumPy の演算に任せる最短の実装。"""
    return np.asarray(mu, dtype=float) + np.exp(0.5 * np.asarray(log_var, dtype=float)) * np.asarray(eps, dtype=float)
