# MISTAKE: the median instead of the mean.
def summarize_errors(errors):
    """平均の代わりに中央値を使った誤り。"""
    errors = np.asarray(errors, dtype=float)
    if errors.ndim != 1 or errors.size == 0 or not np.all(np.isfinite(errors)):
        raise ValueError("errors が不正です")
    return {"mean": float(np.median(errors)), "best": float(errors.min()), "worst": float(errors.max()),
            "std": float(errors.std())}
