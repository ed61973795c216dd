"""Students' Validate (``nbgrader validate``) passes on a finished notebook and reports
the failures on the unchanged release."""
import pytest

from harness import ASSIGNMENT, FUNCTIONS, student_notebook
import nbformat


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_validate_passes_on_reference_and_fails_on_release(built_course, name, tmp_path):
    finished = tmp_path / f"{name}.ipynb"
    nbformat.write(student_notebook(built_course.release, name), str(finished))
    passed = built_course.nbgrader("validate", str(finished))
    assert "Success! Your notebook passes all the tests." in passed.stdout, passed.stdout[-2000:]

    released = built_course.release / ASSIGNMENT.id / f"{name}.ipynb"
    failed = built_course.nbgrader("validate", str(released), check=False)
    assert "VALIDATION FAILED" in failed.stdout and "NotImplementedError" in failed.stdout, failed.stdout[-2000:]
