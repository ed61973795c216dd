# VARIANT: sums per-coordinate log densities -((x-mu)/sigma)^2/2 - log(sigma) - log(2*pi)/2.
def gaussian_log_likelihood(x, mean, sigma):
    """成分ごとの対数密度を足す実装。"""
    if not (isinstance(sigma, (int, float, np.number)) and sigma > 0):
        raise ValueError(f"sigma must be positive, got {sigma}")
    standardized = (np.asarray(x, dtype=float) - np.asarray(mean, dtype=float)) / sigma
    per_coordinate = -0.5 * standardized**2 - math.log(sigma) - 0.5 * math.log(2 * math.pi)
    total = per_coordinate.sum(axis=-1)
    return float(total) if total.ndim == 0 else total
