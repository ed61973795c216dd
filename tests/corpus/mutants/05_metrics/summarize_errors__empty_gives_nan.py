# MISTAKE: an empty list returns NaN for every key instead of raising ValueError.
def summarize_errors(errors):
    """空の列で NaN を黙って返した誤り。"""
    errors = np.asarray(errors, dtype=float)
    if errors.size == 0:
        nan = float("nan")
        return {"mean": nan, "best": nan, "worst": nan, "std": nan}
    if errors.ndim != 1 or not np.all(np.isfinite(errors)):
        raise ValueError("errors が不正です")
    return {"mean": float(errors.mean()), "best": float(errors.min()), "worst": float(errors.max()),
            "std": float(errors.std())}
