# MISTAKE: swaps the weights: a * z_start + (1 - a) * z_end runs from z_end to z_start.
def interpolate_latent(z_start, z_end, steps):
    """始点と終点の重みを逆にした誤り。"""
    if not isinstance(steps, (int, np.integer)) or steps < 2:
        raise ValueError(f"steps は 2 以上の整数です: {steps}")
    z_start, z_end = np.asarray(z_start, dtype=float), np.asarray(z_end, dtype=float)
    if z_start.shape != z_end.shape:
        raise ValueError("z_start と z_end の形状が違います")
    a = np.linspace(0.0, 1.0, steps)[:, None]
    return a * z_start + (1 - a) * z_end
