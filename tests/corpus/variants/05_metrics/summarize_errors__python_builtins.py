# VARIANT: plain Python sum/min/max over a list and math.fsum for the variance.
def summarize_errors(errors):
    """Python の組み込み関数で計算する実装。"""
    array = np.asarray(errors, dtype=float)
    if array.ndim != 1:
        raise ValueError("errors must be one-dimensional")
    values = [float(v) for v in array]
    if not values:
        raise ValueError("errors is empty")
    if any(math.isnan(v) or math.isinf(v) for v in values):
        raise ValueError("errors contains NaN or inf")
    n = len(values)
    mean = math.fsum(values) / n
    variance = math.fsum((v - mean) ** 2 for v in values) / n
    return {"worst": max(values), "best": min(values), "mean": mean, "std": math.sqrt(variance)}
