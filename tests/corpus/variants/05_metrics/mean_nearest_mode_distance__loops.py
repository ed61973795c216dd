# VARIANT: Python loops with math.hypot over the coordinate differences.
def mean_nearest_mode_distance(samples, modes):
    """ループと math.hypot で計算する実装。"""
    s = np.asarray(samples, dtype=float)
    m = np.asarray(modes, dtype=float)
    s = s[:, None] if s.ndim == 1 else s
    m = m[:, None] if m.ndim == 1 else m
    if s.shape[1] != m.shape[1]:
        raise ValueError("samples and modes differ in dimension")
    if len(s) == 0 or len(m) == 0:
        raise ValueError("samples and modes must not be empty")
    total = 0.0
    for point in s.tolist():
        total += min(math.hypot(*(p - q for p, q in zip(point, mode))) for mode in m.tolist())
    return total / len(s)
