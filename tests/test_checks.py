"""The checks that hidden tests call: they pass on right values and fail, in Japanese,
on wrong ones."""
import re

import numpy as np
import pytest

from autograder import checks

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def fails_in_japanese(call):
    with pytest.raises(AssertionError) as raised:
        call()
    message = str(raised.value)
    assert JAPANESE.search(message), message
    return message


def test_check_close_accepts_within_tolerance_and_reports_both_values():
    checks.check_close([1.0, 2.0 + 1e-12], [1.0, 2.0], "値")
    message = fails_in_japanese(lambda: checks.check_close([1.0, 2.5], [1.0, 2.0], "f(x) の値"))
    assert "f(x) の値" in message and "2.5" in message and "期待値" in message


def test_check_close_rejects_wrong_shape_nan_and_non_numbers():
    assert "形状" in fails_in_japanese(lambda: checks.check_close([1.0, 2.0], [[1.0, 2.0]], "x"))
    fails_in_japanese(lambda: checks.check_close([np.nan], [1.0], "x"))
    fails_in_japanese(lambda: checks.check_close("abc", 1.0, "x"))
    checks.check_close(-np.inf, -np.inf, "x")


def test_check_scalar_and_finite():
    checks.check_scalar(np.float64(1.5), "x")
    checks.check_scalar(2.0, "x")
    fails_in_japanese(lambda: checks.check_scalar(np.array([1.0]), "x"))
    checks.check_finite([1.0, -2.0], "x")
    fails_in_japanese(lambda: checks.check_finite([1.0, -np.inf], "x"))


def test_check_raises_wants_the_error_and_the_argument_name():
    def reject(value):
        if value < 0:
            raise ValueError(f"sigma は正でなければなりません: {value}")
        if value == 0:
            raise ValueError("不正な値です")
        return value

    checks.check_raises(reject, -1.0, what="reject(-1)", mentions=["sigma"])
    assert "sigma" in fails_in_japanese(
        lambda: checks.check_raises(reject, 0.0, what="reject(0)", mentions=["sigma"]))
    assert "返りました" in fails_in_japanese(lambda: checks.check_raises(reject, 3.0, what="reject(3)"))
    assert "TypeError" in fails_in_japanese(lambda: checks.check_raises(reject, "a", what="reject('a')"))


def test_argument_name_must_stand_alone():
    def complain(_):
        raise ValueError("integer required")

    fails_in_japanese(lambda: checks.check_raises(complain, 1, what="complain", mentions=["n"]))

    def names_n(_):
        raise ValueError("nは1以上")

    checks.check_raises(names_n, 1, what="names_n", mentions=["n"])


def test_statistical_checks_hold_for_right_samples_and_catch_wrong_ones():
    samples = np.random.default_rng(5).standard_normal(50_000)
    checks.check_mean(samples, 0.0, 1.0, "z")
    checks.check_normal_std(samples, 1.0, "z")
    checks.check_fraction(int(np.sum(samples < 1.0)), samples.size, 0.8413447460685429, "z < 1")
    fails_in_japanese(lambda: checks.check_mean(samples + 0.1, 0.0, 1.0, "z"))
    fails_in_japanese(lambda: checks.check_normal_std(samples * 1.05, 1.0, "z"))
    fails_in_japanese(lambda: checks.check_fraction(500, 1000, 0.6, "p"))


def test_statistical_bounds_hold_across_many_seeds():
    """At 6 standard errors, 300 seeds of correct samples never fail."""
    for seed in range(300):
        samples = np.random.default_rng(seed).standard_normal(2_000)
        checks.check_mean(samples, 0.0, 1.0, "z")
        checks.check_normal_std(samples, 1.0, "z")


def test_call_quietly_silences_warnings_but_returns_the_result(capfd):
    def noisy():
        return np.log(np.array([0.0, 1.0]))

    result = checks.call_quietly(noisy)
    assert result[0] == -np.inf and result[1] == 0.0
    assert capfd.readouterr().err == ""


def test_identical_and_different():
    checks.check_identical([1, 2], [1, 2], "x")
    fails_in_japanese(lambda: checks.check_identical([1, 2], [1, 3], "x"))
    checks.check_different([1, 2], [1, 3], "x")
    fails_in_japanese(lambda: checks.check_different([1, 2], [1, 2], "x"))
