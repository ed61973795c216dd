# VARIANT: np.outer of the weights (1 - a) and a with the two endpoints.
def interpolate_latent(z_start, z_end, steps):
    """np.outer で組み立てる実装。"""
    if not isinstance(steps, (int, np.integer)) or isinstance(steps, bool) or steps < 2:
        raise ValueError(f"steps は 2 以上の整数です（{steps!r}）")
    z_start, z_end = np.ravel(np.asarray(z_start, dtype=float)), np.asarray(z_end, dtype=float)
    if np.shape(z_start) != np.shape(z_end):
        raise ValueError("z_start and z_end differ in shape")
    a = np.linspace(0, 1, steps)
    return np.outer(1 - a, z_start) + np.outer(a, z_end)
