# VARIANT: the standard library's random.Random(seed): choices() for the labels, gauss() for x.
import random


def sample_mixture(means, stds, weights, n, seed=None):
    """標準ライブラリの random を使う実装。"""
    means = [float(v) for v in np.ravel(means)]
    stds = [float(v) for v in np.ravel(stds)]
    weights = [float(v) for v in np.ravel(weights)]
    if len(means) == 0 or len(stds) != len(means) or len(weights) != len(means):
        raise ValueError("means, stds and weights must have the same length K >= 1")
    if min(stds) <= 0:
        raise ValueError("stds must all be positive")
    if min(weights) < 0 or abs(math.fsum(weights) - 1.0) > 1e-6:
        raise ValueError("weights must be non-negative and sum to 1")
    if not isinstance(n, (int, np.integer)):
        raise TypeError("n must be an integer")
    if n < 1:
        raise ValueError("n must be at least 1")
    generator = random.Random(seed)
    labels = generator.choices(range(len(means)), weights=weights, k=int(n))
    x = [generator.gauss(means[k], stds[k]) for k in labels]
    return np.array(x, dtype=float), np.array(labels, dtype=int)
