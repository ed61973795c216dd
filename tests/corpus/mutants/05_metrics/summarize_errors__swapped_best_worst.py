# MISTAKE: best is the maximum and worst the minimum (forgets that a smaller error is better).
def summarize_errors(errors):
    """最良と最悪を取り違えた誤り。"""
    errors = np.asarray(errors, dtype=float)
    if errors.ndim != 1 or errors.size == 0 or not np.all(np.isfinite(errors)):
        raise ValueError("errors が不正です")
    return {"mean": float(errors.mean()), "best": float(errors.max()), "worst": float(errors.min()),
            "std": float(errors.std())}
