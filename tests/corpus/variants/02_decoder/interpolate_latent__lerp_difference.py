# VARIANT: z_start + a * (z_end - z_start) row by row, with a = i / (steps - 1).
def interpolate_latent(z_start, z_end, steps):
    """差分に a を掛けて足す実装。"""
    if isinstance(steps, bool) or not isinstance(steps, (int, np.integer)):
        raise TypeError(f"steps must be an integer, got {steps!r}")
    if steps < 2:
        raise ValueError(f"steps must be at least 2, got {steps}")
    start, end = np.asarray(z_start, dtype=float), np.asarray(z_end, dtype=float)
    if start.shape != end.shape:
        raise ValueError(f"z_start {start.shape} と z_end {end.shape} の形状が違います")
    step = end - start
    return np.array([start + (i / (steps - 1)) * step for i in range(steps)])
