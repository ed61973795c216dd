# VARIANT: sigma as sqrt(exp(log_var)), with np.broadcast to detect bad shapes.
def reparameterize(mu, log_var, eps):
    """sqrt(exp(log_var)) で σ を求める実装。"""
    mu, log_var, eps = (np.asarray(a, dtype=float) for a in (mu, log_var, eps))
    try:
        np.broadcast(mu, log_var, eps)
    except ValueError as error:
        raise ValueError(f"mu, log_var, eps cannot be broadcast: {error}")
    return mu + np.sqrt(np.exp(log_var)) * eps
