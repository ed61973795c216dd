# VARIANT: a loop over components with np.average(weights=r[:, k]).
def em_step(x, means, stds, weights):
    """成分ごとに np.average で重み付き平均をとる実装。"""
    x = np.asarray(x, dtype=float).ravel()
    r = responsibilities(x, means, stds, weights)
    new_means, new_stds, new_weights = [], [], []
    for k in range(r.shape[1]):
        mean_k = np.average(x, weights=r[:, k])
        new_means.append(mean_k)
        new_stds.append(math.sqrt(np.average((x - mean_k) ** 2, weights=r[:, k])))
        new_weights.append(r[:, k].mean())
    return np.array(new_means), np.array(new_stds), np.array(new_weights)
