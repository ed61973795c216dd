"""The source notebooks follow the contract (../shared/curriculum.md) and the
assignment description (assignments/latent_mixture.toml)."""
import re

import pytest

from harness import ASSIGNMENT, FUNCTIONS, REPO_ROOT, function_of, grade_id, read_notebook

SOURCE = REPO_ROOT / "source" / ASSIGNMENT.id
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def nbgrader(cell):
    return cell.metadata.get("nbgrader", {})


def source_notebook(name):
    return read_notebook(SOURCE / f"{name}.ipynb")


def test_the_assignment_lists_the_contracts_notebooks():
    assert ASSIGNMENT.notebooks == list(FUNCTIONS)
    assert sorted(p.stem for p in SOURCE.glob("*.ipynb")) == list(FUNCTIONS)


def test_points_add_up_to_the_assignment_description():
    autograded = manual = 0.0
    for name in FUNCTIONS:
        for cell in source_notebook(name).cells:
            meta = nbgrader(cell)
            if meta.get("task") or (meta.get("grade") and meta.get("solution")):
                manual += meta["points"]
            elif meta.get("grade"):
                autograded += meta["points"]
    assert (autograded, manual) == (ASSIGNMENT.autograded_points, ASSIGNMENT.manual_points)
    assert autograded + manual == 100


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_every_function_has_a_solution_cell_and_its_own_tests(name):
    cells = source_notebook(name).cells
    solutions = [grade_id(c) for c in cells if nbgrader(c).get("solution") and c.cell_type == "code"]
    tests = [grade_id(c) for c in cells if nbgrader(c).get("grade") and not nbgrader(c).get("solution")]
    assert solutions == FUNCTIONS[name]
    for function in FUNCTIONS[name]:
        assert f"test_{function}" in tests, f"{function} has no test_{function} cell"
    for test in tests:
        assert function_of(test, name) is not None, f"{test} belongs to no function of {name}"


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_solution_cells_keep_signature_and_japanese_docstring_outside_the_solution(name):
    for cell in source_notebook(name).cells:
        if not (nbgrader(cell).get("solution") and cell.cell_type == "code"):
            continue
        before_solution = cell.source.split("### BEGIN SOLUTION")[0]
        assert f"def {grade_id(cell)}(" in before_solution
        docstring = re.search(r'"""(.*?)"""', before_solution, re.S)
        assert docstring and JAPANESE.search(docstring.group(1)), f"{grade_id(cell)}: Japanese docstring"
        assert "### END SOLUTION" in cell.source


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_test_cells_say_what_they_check_and_keep_visible_tests_self_contained(name):
    for cell in source_notebook(name).cells:
        meta = nbgrader(cell)
        if not meta.get("grade") or meta.get("solution") or cell.cell_type != "code":
            continue
        first_line = cell.source.splitlines()[0]
        assert first_line.startswith('"""') and JAPANESE.search(first_line), grade_id(cell)
        visible = cell.source.split("### BEGIN HIDDEN TESTS")[0]
        assert "autograder" not in visible, f"{grade_id(cell)}: students do not have autograder"
    hidden = [c for c in source_notebook(name).cells if "### BEGIN HIDDEN TESTS" in c.source]
    for function in FUNCTIONS[name]:
        assert any(function_of(grade_id(c), name) == function for c in hidden), f"{function}: no hidden tests"


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_one_written_answer_with_a_rubric_per_notebook(name):
    cells = source_notebook(name).cells
    tasks = [(i, c) for i, c in enumerate(cells) if nbgrader(c).get("task")]
    assert len(tasks) == 1
    index, task = tasks[0]
    assert "=== BEGIN MARK SCHEME ===" in task.source and "=== END MARK SCHEME ===" in task.source
    answer = cells[index + 1]
    assert answer.cell_type == "markdown" and not nbgrader(answer), "an open answer cell follows the task"


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_source_notebooks_are_stored_without_outputs(name):
    for cell in source_notebook(name).cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
