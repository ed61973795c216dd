# VARIANT: builds the values with a list comprehension; TypeError for a non-integer T.
def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    """リスト内包表記で等間隔の値を作る実装。"""
    if not isinstance(T, (int, np.integer)) or isinstance(T, bool):
        raise TypeError("T must be an integer")
    if T < 1:
        raise ValueError("T must be >= 1")
    if not 0 < beta_start < 1:
        raise ValueError("beta_start must be in (0, 1)")
    if not 0 < beta_end < 1:
        raise ValueError("beta_end must be in (0, 1)")
    if beta_start > beta_end:
        raise ValueError("need beta_start <= beta_end")
    if T == 1:
        return np.array([float(beta_start)])
    step = (beta_end - beta_start) / (T - 1)
    return np.array([beta_start + i * step for i in range(T)], dtype=float)
