"""Graded through real nbgrader: the reference earns every autograded point, the
unchanged release none, each wrong implementation loses points on its own function's
tests, and each correct alternative earns full marks."""
import pytest

from harness import FUNCTIONS, autograded_points, corpus_students, function_of, load_corpus

STUDENTS = {notebook: corpus_students(notebook) for notebook in FUNCTIONS}


def cases(kind):
    return [student for notebook in FUNCTIONS for student, entry in STUDENTS[notebook].items()
            if entry[0] == kind]


def maximum(cells):
    return sum(m for name, (_, m) in cells.items() if name.startswith("test_"))


def test_the_batch_finishes_cleanly(graded_corpus):
    _, processes = graded_corpus
    for process in processes:
        assert process.returncode == 0, process.stderr[-2000:]


def test_reference_earns_every_autograded_point(graded_corpus):
    results, _ = graded_corpus
    total = 0.0
    for notebook in FUNCTIONS:
        kind, _, _, _, cells = results[f"{notebook}--reference"]
        assert cells, f"{notebook}: reference not graded"
        lost = {name: score for name, (score, m) in cells.items() if name.startswith("test_") and score != m}
        assert not lost, f"{notebook}: reference lost points in {lost}"
        total += autograded_points(cells)
    assert total == 80


def test_unchanged_release_earns_nothing(graded_corpus):
    results, _ = graded_corpus
    for notebook in FUNCTIONS:
        *_, cells = results[f"{notebook}--blank"]
        assert cells and maximum(cells) == 16
        assert autograded_points(cells) == 0


@pytest.mark.parametrize("notebook", list(FUNCTIONS))
def test_corpus_has_two_mistakes_and_one_alternative_per_function(notebook):
    for function in FUNCTIONS[notebook]:
        mutants = [slug for f, slug, _ in load_corpus("mutants", notebook) if f == function]
        variants = [slug for f, slug, _ in load_corpus("variants", notebook) if f == function]
        assert len(mutants) >= 2, f"{function}: {mutants}"
        assert len(variants) >= 1, f"{function}: {variants}"


@pytest.mark.parametrize("student", cases("mutants"))
def test_wrong_implementation_loses_points_on_its_own_tests(graded_corpus, student):
    results, _ = graded_corpus
    _, function, slug, notebook, cells = results[student]
    own = {name: value for name, value in cells.items() if function_of(name, notebook) == function}
    assert own, f"no test cells found for {function}"
    assert any((score or 0) < m for score, m in own.values()), f"{function}/{slug} earned {own}"


@pytest.mark.parametrize("student", cases("variants"))
def test_correct_alternative_earns_full_marks(graded_corpus, student):
    results, _ = graded_corpus
    _, function, slug, notebook, cells = results[student]
    assert cells and autograded_points(cells) == maximum(cells) == 16, (
        f"{function}/{slug}: {[n for n, (s, m) in cells.items() if s != m]}")
