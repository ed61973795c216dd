"""Checks that the hidden tests of the latent_mixture notebooks call.

Every check raises ``AssertionError`` with a Japanese message that says what was
expected and what came back, so a failing hidden test tells the student (through
the feedback) what went wrong without showing the test's source.

Each check takes ``what``: a short Japanese description of the value under test,
usually the call that produced it, e.g. ``"sample_latent(4, dim=2, seed=3) の形状"``.

Statistical checks use bounds of ``Z_BOUND`` standard errors: a correct
implementation fails one with probability below 2e-9, whatever the seed.
"""
import math
import re
import warnings

import numpy as np

# Two-sided normal tail beyond 6 standard errors: about 2e-9 per check.
Z_BOUND = 6.0


def _show(value):
    """A short, readable rendering of a value for a message."""
    try:
        array = np.asarray(value)
    except Exception:
        return repr(value)[:200]
    if array.dtype == object:
        return repr(value)[:200]
    if array.ndim == 0:
        try:
            return f"{float(array):.6g}"
        except (TypeError, ValueError):
            return repr(value)[:200]
    return np.array2string(array, precision=6, threshold=12, edgeitems=3)


def call_quietly(func, *args, **kwargs):
    """Call ``func`` with Python and NumPy warnings silenced.

    nbgrader gives 0 points to a test cell that writes to stderr, so a warning
    raised inside the student's code would cost points even when the result is
    right; the result is what the tests judge.
    """
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        return func(*args, **kwargs)


def as_float_array(value, what):
    """``value`` as a float64 array, or an AssertionError naming ``what``."""
    try:
        return np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError(
            f"{what}: 数値の配列が返るはずですが、{type(value).__name__} 型の値 {_show(value)} が返りました。"
        ) from None


def check_shape(actual, shape, what):
    """``actual`` has exactly ``shape`` (a tuple)."""
    got = np.shape(actual)
    assert got == tuple(shape), (
        f"{what}: 形状は {tuple(shape)} のはずですが、{got} でした。"
    )


def check_scalar(actual, what):
    """``actual`` is one number (a Python or NumPy scalar, or a 0-d array)."""
    assert np.ndim(actual) == 0, (
        f"{what}: 1 つの数値（float）が返るはずですが、形状 {np.shape(actual)} の配列が返りました。"
    )
    as_float_array(actual, what)


def check_finite(actual, what):
    """Every value of ``actual`` is finite (no NaN, no inf)."""
    array = as_float_array(actual, what)
    bad = ~np.isfinite(array)
    assert not bad.any(), (
        f"{what}: すべて有限の値のはずですが、NaN または inf が {int(bad.sum())} 個含まれていました: {_show(array)}"
    )


def check_close(actual, expected, what, *, rtol=1e-7, atol=1e-10):
    """``actual`` has the shape of ``expected`` and the same values within tolerance."""
    expected = np.asarray(expected, dtype=float)
    check_shape(actual, expected.shape, what)
    array = as_float_array(actual, what)
    tolerance = atol + rtol * np.abs(expected)
    with np.errstate(invalid="ignore"):  # inf - inf is NaN: equal infinities are handled below
        error = np.abs(array - expected)
    ok = (error <= tolerance) | ((array == expected) & np.isinf(expected))
    if not ok.all():
        worst = np.nanmax(np.where(np.isnan(error), np.inf, error))
        raise AssertionError(
            f"{what}: 期待値 {_show(expected)} に対して {_show(array)} が返りました"
            f"（最大誤差 {worst:.3g}、許容誤差 {np.max(tolerance):.3g}）。"
        )


def check_true(condition, message):
    """A property that has no better-named check; ``message`` is the Japanese explanation."""
    if not condition:
        raise AssertionError(message)


def check_identical(first, second, what):
    """Two results are equal value for value (e.g. the same seed twice)."""
    a, b = np.asarray(first), np.asarray(second)
    assert a.shape == b.shape and np.array_equal(a, b), (
        f"{what}: 同じ結果になるはずですが、異なっていました（1 回目 {_show(a)}、2 回目 {_show(b)}）。"
    )


def check_different(first, second, what):
    """Two results differ (e.g. two different seeds)."""
    a, b = np.asarray(first), np.asarray(second)
    assert not (a.shape == b.shape and np.array_equal(a, b)), (
        f"{what}: 異なる結果になるはずですが、まったく同じ値 {_show(a)} でした。"
    )


def _names_argument(message, name):
    """``name`` appears in ``message`` as an identifier, not inside a longer word."""
    pattern = r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])"
    return re.search(pattern, message) is not None


def check_raises(func, *args, what, errors=(ValueError,), mentions=(), **kwargs):
    """``func(*args, **kwargs)`` raises one of ``errors``, whose message names each of ``mentions``."""
    expected = " または ".join(error.__name__ for error in errors)
    try:
        result = call_quietly(func, *args, **kwargs)
    except errors as raised:
        message = str(raised)
        for name in mentions:
            assert _names_argument(message, str(name)), (
                f"{what}: {expected} は送出されましたが、メッセージ「{message}」に"
                f"問題のある引数の名前 `{name}` が含まれていません。"
            )
        return
    except Exception as raised:
        raise AssertionError(
            f"{what}: {expected} が送出されるはずですが、{type(raised).__name__}: {raised} が送出されました。"
        ) from None
    raise AssertionError(
        f"{what}: {expected} が送出されるはずですが、例外は起きず {_show(result)} が返りました。"
    )


def check_mean(samples, mean, std, what):
    """The sample mean is within ``Z_BOUND`` standard errors of ``mean``."""
    samples = as_float_array(samples, what).ravel()
    standard_error = std / math.sqrt(samples.size)
    got = float(samples.mean())
    assert abs(got - mean) <= Z_BOUND * standard_error, (
        f"{what}: 標本平均は {mean:.4g} に近いはずですが（許容 ±{Z_BOUND * standard_error:.3g}）、"
        f"{got:.4g} でした。"
    )


def check_normal_std(samples, std, what):
    """The sample std of normal draws is within ``Z_BOUND`` standard errors of ``std``.

    For n normal draws the sample variance has standard error σ²·sqrt(2/(n-1)).
    """
    samples = as_float_array(samples, what).ravel()
    variance_error = std**2 * math.sqrt(2.0 / (samples.size - 1))
    got = float(samples.var(ddof=1))
    assert abs(got - std**2) <= Z_BOUND * variance_error, (
        f"{what}: 標本標準偏差は {std:.4g} に近いはずですが、{math.sqrt(max(got, 0.0)):.4g} でした。"
    )


def check_fraction(count, n, probability, what):
    """``count`` successes out of ``n`` agree with a binomial ``probability``."""
    standard_error = math.sqrt(probability * (1.0 - probability) / n)
    got = count / n
    assert abs(got - probability) <= Z_BOUND * standard_error + 1e-12, (
        f"{what}: 割合は {probability:.4g} に近いはずですが（許容 ±{Z_BOUND * standard_error:.3g}）、"
        f"{got:.4g} でした。"
    )
