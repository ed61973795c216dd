# MISTAKE: does not reject NaN or inf, so the summary silently becomes NaN.
def summarize_errors(errors):
    """NaN・inf を確認しなかった誤り。"""
    errors = np.asarray(errors, dtype=float)
    if errors.ndim != 1 or errors.size == 0:
        raise ValueError("errors は空でない 1 次元の配列です")
    return {"mean": float(errors.mean()), "best": float(errors.min()), "worst": float(errors.max()),
            "std": float(errors.std())}
