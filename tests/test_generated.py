"""release/ and solutions/ are what nbgrader generates from source/ today, and they hold
no secret: no solution code in the release, no hidden test and no rubric in either."""
import json
import re

import pytest

from harness import ASSIGNMENT, FUNCTIONS, REPO_ROOT, read_notebook, secret_lines


def notebook_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("folder", ["release", "solutions"])
def test_committed_folder_matches_a_fresh_build(built_course, folder):
    committed = REPO_ROOT / folder / ASSIGNMENT.id
    fresh = built_course.root / folder / ASSIGNMENT.id
    assert sorted(p.name for p in committed.iterdir()) == sorted(p.name for p in fresh.iterdir())
    for path in sorted(fresh.iterdir()):
        assert notebook_json(committed / path.name) == notebook_json(path), (
            f"{folder}/{ASSIGNMENT.id}/{path.name} is stale: run `./course build` and commit")


def generated_lines(folder, name):
    cells = read_notebook(REPO_ROOT / folder / ASSIGNMENT.id / f"{name}.ipynb").cells
    return {line.strip() for cell in cells for line in cell.source.splitlines()}


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_release_holds_no_solution_no_hidden_test_no_rubric(name):
    secrets = secret_lines(name)
    shown = generated_lines("release", name)
    for kind in ("solution", "hidden", "rubric"):
        assert secrets[kind], f"{name} has no {kind} region to check"
        leaked = secrets[kind] & shown
        assert not leaked, f"{kind} lines in release/{name}: {sorted(leaked)[:3]}"
    text = (REPO_ROOT / "release" / ASSIGNMENT.id / f"{name}.ipynb").read_text(encoding="utf-8")
    assert "autograder" not in text, "the release must run without the autograder package"


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_solutions_hold_the_code_but_no_hidden_test_and_no_rubric(name):
    secrets = secret_lines(name)
    shown = generated_lines("solutions", name)
    assert secrets["solution"] <= shown, "solutions/ shows the reference code"
    for kind in ("hidden", "rubric"):
        leaked = secrets[kind] & shown
        assert not leaked, f"{kind} lines in solutions/{name}: {sorted(leaked)[:3]}"


@pytest.mark.parametrize("name", list(FUNCTIONS))
def test_release_stubs_keep_signature_and_raise_not_implemented(name):
    cells = read_notebook(REPO_ROOT / "release" / ASSIGNMENT.id / f"{name}.ipynb").cells
    stubs = [c for c in cells if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"]
    assert len(stubs) == len(FUNCTIONS[name])
    for cell in stubs:
        assert re.search(r"def \w+\(", cell.source)
        assert "raise NotImplementedError()" in cell.source
        assert "ここに実装を書いてください" in cell.source
