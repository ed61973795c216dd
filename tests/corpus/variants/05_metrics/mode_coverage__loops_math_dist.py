# VARIANT: loops over modes and samples with math.dist.
def mode_coverage(samples, modes, radius):
    """math.dist とループで数える実装。"""
    if not isinstance(radius, (int, float, np.number)) or not radius > 0:
        raise ValueError(f"radius must be positive, got {radius!r}")
    s = np.asarray(samples, dtype=float)
    m = np.asarray(modes, dtype=float)
    s = s.reshape(-1, 1) if s.ndim == 1 else s
    m = m.reshape(-1, 1) if m.ndim == 1 else m
    if s.shape[1] != m.shape[1]:
        raise ValueError("samples and modes have different dimensions")
    if len(m) == 0:
        raise ValueError("modes is empty")
    covered = 0
    for mode in m.tolist():
        if any(math.dist(point, mode) <= radius for point in s.tolist()):
            covered += 1
    return covered / len(m)
