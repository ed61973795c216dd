# MISTAKE: off by one: linspace with steps + 1 points gives steps + 1 rows.
def interpolate_latent(z_start, z_end, steps):
    """点の数を 1 つ多くしてしまった誤り。"""
    if not isinstance(steps, (int, np.integer)) or steps < 2:
        raise ValueError(f"steps は 2 以上の整数です: {steps}")
    z_start, z_end = np.asarray(z_start, dtype=float), np.asarray(z_end, dtype=float)
    if z_start.shape != z_end.shape:
        raise ValueError("z_start と z_end の形状が違います")
    a = np.linspace(0.0, 1.0, steps + 1)[:, None]
    return (1 - a) * z_start + a * z_end
