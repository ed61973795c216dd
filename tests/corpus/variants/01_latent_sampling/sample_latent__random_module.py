# VARIANT: the standard library's random.Random(seed).gauss, and TypeError for non-integers.
import random


def sample_latent(n, dim=1, seed=None):
    """標準ライブラリの random を使う実装。"""
    if not isinstance(n, int) and not isinstance(n, np.integer):
        raise TypeError("n must be an integer")
    if not isinstance(dim, int) and not isinstance(dim, np.integer):
        raise TypeError("dim must be an integer")
    if n < 1:
        raise ValueError("n must be >= 1")
    if dim < 1:
        raise ValueError("dim must be >= 1")
    generator = random.Random(seed)
    return np.array([[generator.gauss(0.0, 1.0) for _ in range(dim)] for _ in range(n)])
