# MISTAKE: sample standard deviation (ddof=1) instead of the population one.
def summarize_errors(errors):
    """ddof=1 を使った誤り。"""
    errors = np.asarray(errors, dtype=float)
    if errors.ndim != 1 or errors.size == 0 or not np.all(np.isfinite(errors)):
        raise ValueError("errors が不正です")
    return {"mean": float(errors.mean()), "best": float(errors.min()), "worst": float(errors.max()),
            "std": float(errors.std(ddof=1))}
