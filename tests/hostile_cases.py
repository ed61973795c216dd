"""Hostile submissions of notebook 01: each case returns the notebook a hostile student
would submit. Most start from the unchanged release (no real implementation), so every
point they earned would be undeserved.

SECRET_MARKER is planted in the scratch course's source/ notebook and gradebook by the
test; no feedback or autograded output may ever contain it.
"""
import copy

from nbformat.v4 import new_code_cell

NOTEBOOK = "01_latent_sampling"
SECRET_MARKER = "SECRET-7f3a9c-SOURCE-ONLY"

# Hard-codes the answers of the visible tests and nothing else.
HARD_CODED_SUMMARY = '''def latent_summary(z):
    """レッスンの値だけを返す。"""
    if len(z) == 0:
        raise ValueError("z が空です")
    return {"mean": np.array([-0.2432]), "std": np.array([0.457411587])}'''
HARD_CODED_REPARAMETERIZE = '''def reparameterize(mu, log_var, eps):
    """例の答えだけを返す。"""
    eps = np.asarray(eps, dtype=float)
    if eps.ndim == 0:
        return 2.0
    return eps if np.ndim(mu) == 0 else np.ones((4, 3))'''


def _cells(nb, predicate):
    return [c for c in nb.cells if predicate(c.metadata.get("nbgrader", {}))]


def _is_test(meta):
    return meta.get("grade") and not meta.get("solution") and not meta.get("task")


def _solution(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def edited_test_cells(nb):
    for cell in _cells(nb, _is_test):
        cell.source = "pass  # テストを消しました"
    return nb


def deleted_test_cells(nb):
    nb.cells = [c for c in nb.cells if not _is_test(c.metadata.get("nbgrader", {}))]
    return nb


def stripped_test_metadata(nb):
    for cell in _cells(nb, _is_test):
        del cell.metadata["nbgrader"]
        cell.source = "pass"
    return nb


def reordered_test_cells(nb):
    tests = _cells(nb, _is_test)
    others = [c for c in nb.cells if c not in tests]
    nb.cells = tests[::-1] + others
    return nb


def duplicated_tests_more_points(nb):
    for cell in _cells(nb, _is_test):
        cell.metadata["nbgrader"]["points"] = 100
        cell.source = "pass"
    nb.cells += [copy.deepcopy(c) for c in _cells(nb, _is_test)]
    return nb


def allclose_patched(nb):
    _solution(nb, "sample_latent").source = (
        "np.allclose = lambda *a, **k: True\nnp.array_equal = lambda *a, **k: True\n"
        "def sample_latent(n, dim=1, seed=None):\n    return np.zeros((n, dim))")
    return nb


def math_and_builtins_patched(nb):
    _solution(nb, "latent_summary").source = (
        "import builtins\nbuiltins.abs = lambda x: 0\nmath.isclose = lambda *a, **k: True\n"
        "__builtins__.isinstance = lambda *a: True\n"
        "def latent_summary(z):\n    return {'mean': np.zeros(1), 'std': np.zeros(1)}")
    return nb


def traceback_hidden(nb):
    """Hides every error so that failing test cells look clean."""
    nb.cells.insert(2, new_code_cell("get_ipython().showtraceback = lambda *a, **k: None\n"
                                     "get_ipython().showsyntaxerror = lambda *a, **k: None"))
    return nb


def sys_exit(nb):
    _solution(nb, "sample_latent").source = "import sys\nsys.exit(0)"
    return nb


def os_exit(nb):
    _solution(nb, "sample_latent").source = "os._exit(0)"
    return nb


def raises_system_exit(nb):
    _solution(nb, "latent_summary").source = "def latent_summary(z):\n    raise SystemExit()"
    return nb


def raises_keyboard_interrupt(nb):
    _solution(nb, "reparameterize").source = "def reparameterize(mu, log_var, eps):\n    raise KeyboardInterrupt"
    return nb


def redefined_after_test(nb):
    """A wrong function for the tests, the right one defined after them."""
    index = nb.cells.index(_cells(nb, lambda m: m.get("grade_id") == "test_reparameterize_errors")[0])
    nb.cells.insert(index + 1, new_code_cell(
        "def reparameterize(mu, log_var, eps):\n    return np.asarray(mu) + np.exp(0.5 * np.asarray(log_var)) * np.asarray(eps)"))
    return nb


def hard_coded_answers(nb):
    _solution(nb, "latent_summary").source = HARD_CODED_SUMMARY
    _solution(nb, "reparameterize").source = HARD_CODED_REPARAMETERIZE
    return nb


def infinite_loop(nb):
    _solution(nb, "sample_latent").source = "def sample_latent(n, dim=1, seed=None):\n    while True:\n        pass"
    return nb


def memory_bomb(nb):
    _solution(nb, "latent_summary").source = (
        "hoard = []\nfor _ in range(64):\n    hoard.append(bytearray(512 * 1024 * 1024))")
    return nb


def huge_print(nb):
    nb.cells.insert(2, new_code_cell("print('x' * 50_000_000)"))
    return nb


def background_process(nb):
    nb.cells.insert(2, new_code_cell("import subprocess\nsubprocess.Popen(['sleep', '600'])"))
    return nb


def connects_to_localhost(nb, port):
    nb.cells.insert(2, new_code_cell(
        f"import socket\ns = socket.create_connection(('127.0.0.1', {port}), timeout=2)\ns.sendall(b'leak')"))
    return nb


def writes_gradebook(nb, gradebook_path):
    nb.cells.insert(2, new_code_cell(f"open({gradebook_path!r}, 'wb').write(b'destroyed')"))
    return nb


def reads_source(nb, source_path):
    nb.cells.insert(2, new_code_cell(f"print(open({source_path!r}, encoding='utf-8').read())"))
    return nb


# name -> (transformation, start from the reference solution instead of the blank release)
CASES = {
    "edited_test_cells": (edited_test_cells, False),
    "deleted_test_cells": (deleted_test_cells, False),
    "stripped_test_metadata": (stripped_test_metadata, False),
    "reordered_test_cells": (reordered_test_cells, False),
    "duplicated_tests_more_points": (duplicated_tests_more_points, False),
    "allclose_patched": (allclose_patched, False),
    "math_and_builtins_patched": (math_and_builtins_patched, False),
    "traceback_hidden": (traceback_hidden, False),
    "sys_exit": (sys_exit, False),
    "os_exit": (os_exit, False),
    "raises_system_exit": (raises_system_exit, False),
    "raises_keyboard_interrupt": (raises_keyboard_interrupt, False),
    "redefined_after_test": (redefined_after_test, False),
    "hard_coded_answers": (hard_coded_answers, False),
    "infinite_loop": (infinite_loop, False),
    "memory_bomb": (memory_bomb, False),
    "huge_print": (huge_print, True),
    "background_process": (background_process, True),
    "connects_to_localhost": (connects_to_localhost, True),
    "writes_gradebook": (writes_gradebook, True),
    "reads_source": (reads_source, True),
}
