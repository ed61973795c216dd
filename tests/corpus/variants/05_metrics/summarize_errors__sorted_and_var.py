# VARIANT: sorts the errors (best first, worst last) and takes sqrt(np.var); returns NumPy scalars.
def summarize_errors(errors):
    """並べ替えて最良・最悪を取り出す実装。"""
    values = np.sort(np.asarray(errors, dtype=float))
    if values.ndim != 1 or len(values) == 0 or np.isnan(values).any() or np.isinf(values).any():
        raise ValueError(f"errors は空でない有限の 1 次元配列にしてください: {values.shape}")
    return {"mean": np.mean(values), "best": values[0], "worst": values[-1], "std": np.sqrt(np.var(values))}
