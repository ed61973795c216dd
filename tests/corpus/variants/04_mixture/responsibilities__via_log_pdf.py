# VARIANT: exp(log w_k + log N_k(x) - log p(x)) with log p(x) from mixture_log_pdf (which validates).
def responsibilities(x, means, stds, weights):
    """mixture_log_pdf を分母に使う実装。"""
    x = np.asarray(x, dtype=float).ravel()
    log_p = mixture_log_pdf(x, means, stds, weights)
    means, stds, weights = (np.asarray(a, dtype=float) for a in (means, stds, weights))
    with np.errstate(divide="ignore"):
        log_joint = (np.log(weights)[None, :] - np.log(stds)[None, :] - 0.5 * np.log(2 * np.pi)
                     - (x[:, None] - means[None, :]) ** 2 / (2 * stds[None, :] ** 2))
    return np.exp(log_joint - log_p[:, None])
