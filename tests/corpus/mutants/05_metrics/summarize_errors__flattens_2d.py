# MISTAKE: flattens any input, so a 2-D table of errors is summarized instead of rejected.
def summarize_errors(errors):
    """2 次元の入力を平らにして受け入れた誤り。"""
    errors = np.ravel(np.asarray(errors, dtype=float))
    if errors.size == 0 or not np.all(np.isfinite(errors)):
        raise ValueError("errors が不正です")
    return {"mean": float(errors.mean()), "best": float(errors.min()), "worst": float(errors.max()),
            "std": float(errors.std())}
