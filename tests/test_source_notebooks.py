"""The instructor's notebooks run top to bottom without error, hidden tests included."""
import pytest
from nbclient import NotebookClient

from harness import ASSIGNMENT, FUNCTIONS, REPO_ROOT, read_notebook


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_source_notebook_runs_without_error(name, monkeypatch):
    # As during autograding: plots are skipped (see the notebooks' plot cells).
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    notebook = read_notebook(REPO_ROOT / "source" / ASSIGNMENT.id / f"{name}.ipynb")
    NotebookClient(notebook, timeout=60, kernel_name="python3").execute()


def test_plot_cells_run_for_students(monkeypatch):
    """Outside autograding the plot cells draw, from the reference functions, without error."""
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.setenv("MPLBACKEND", "Agg")
    for name in FUNCTIONS:
        notebook = read_notebook(REPO_ROOT / "source" / ASSIGNMENT.id / f"{name}.ipynb")
        NotebookClient(notebook, timeout=60, kernel_name="python3").execute()


def test_no_hidden_test_line_repeats_a_solution_line():
    """Feedback shows each student's code, which often reuses lines of the reference; a
    hidden-test line equal to a solution line would make the leak tests cry wolf."""
    from harness import secret_lines

    for name in FUNCTIONS:
        secrets = secret_lines(name)
        assert not secrets["hidden"] & secrets["solution"], name
