"""Hostile submissions, autograded in one batch with honest ones: nobody earns a point
they do not deserve, the batch completes, honest students' grades are unchanged,
tampering is flagged, and nothing secret leaks.

Run with ``-s`` to see the table of every case.
"""
import inspect
import shutil
import socket
import sqlite3
import subprocess
import threading

import nbformat
import pytest
from nbgrader.api import Gradebook

from autograder.course import run_nbgrader
from autograder.grade import autograde
from harness import ScratchCourse, gradebook_snapshot, secret_lines, snapshot_tree, student_notebook
from hostile_cases import CASES, NOTEBOOK, SECRET_MARKER

HONEST = {"honest-perfect": False, "honest-blank": True}
FLAGGED = {
    "edited_test_cells", "deleted_test_cells", "stripped_test_metadata", "reordered_test_cells",
    "duplicated_tests_more_points", "allclose_patched", "math_and_builtins_patched", "traceback_hidden",
    "sys_exit", "os_exit", "raises_system_exit", "raises_keyboard_interrupt", "background_process",
    "connects_to_localhost",
}


class Listener:
    """A TCP listener on 127.0.0.1 that records whether anybody connected."""

    def __init__(self):
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.running:
            try:
                connection, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self):
        self.running = False
        self.thread.join()
        self.server.close()


def plant_secret(course):
    """Put SECRET_MARKER into the source notebook's rubric (so into the gradebook too)."""
    path = course.root / "source" / "latent_mixture" / f"{NOTEBOOK}.ipynb"
    notebook = nbformat.read(str(path), as_version=4)
    task = next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("task"))
    task.source = task.source.replace("=== END MARK SCHEME ===", f"{SECRET_MARKER}\n=== END MARK SCHEME ===")
    nbformat.write(notebook, str(path))
    run_nbgrader(course.root, "generate_assignment", "latent_mixture", "--force", capture=True)


def points(snapshot, student):
    grades = snapshot.get(student, {}).get("grades", {})
    return sum(auto or 0 for (nb, cell), (auto, _, _) in grades.items() if nb == NOTEBOOK and cell.startswith("test_"))


@pytest.fixture(scope="module")
def hostile_batch(tmp_path_factory):
    course = ScratchCourse(tmp_path_factory.mktemp("hostile") / "course")
    plant_secret(course)
    # Shorter cell time limit than the course's 30 s, so the infinite loop costs less here.
    with open(course.root / "nbgrader_config.py", "a") as config:
        config.write("\nc.Execute.timeout = 5\n")
    listener = Listener()
    context = {"port": listener.port, "gradebook_path": str(course.root / "gradebook.db"),
               "source_path": str(course.root / "source" / "latent_mixture" / f"{NOTEBOOK}.ipynb")}
    for student, blank in HONEST.items():
        course.submit(student, {NOTEBOOK: student_notebook(course.release, NOTEBOOK, blank=blank)})
    honest_alone = course.clone(course.root.parent / "honest-alone")
    shutil.copy2(course.root / "gradebook.db", course.root.parent / "ungraded.db")
    for case, (transform, from_reference) in CASES.items():
        notebook = student_notebook(course.release, NOTEBOOK, blank=not from_reference)
        wanted = inspect.signature(transform).parameters
        course.submit(case, {NOTEBOOK: transform(notebook, **{k: v for k, v in context.items() if k in wanted})})
    submitted_before = snapshot_tree(course.root / "submitted")

    summary = autograde(course.root, show_progress=False)
    run_nbgrader(course.root, "generate_feedback", "latent_mixture", "--force", capture=True)
    listener.close()
    autograde(honest_alone.root, show_progress=False)
    batch = {
        "course": course, "summary": summary, "snapshot": gradebook_snapshot(course.root),
        "honest_alone": gradebook_snapshot(honest_alone.root), "listener": listener,
        "submitted_before": submitted_before,
    }
    print_table(batch)
    return batch


def print_table(batch):
    print(f"\n{'case':32} {'points':>7} {'flagged':>8}  summary")
    for student in [*HONEST, *CASES]:
        flagged = bool(batch["summary"]["tampering"].get(student))
        outcome = batch["summary"]["students"].get(student, {})
        note = outcome.get("error") or ", ".join(outcome.get("failed_notebooks", {})) or "graded"
        print(f"{student:32} {points(batch['snapshot'], student):5.0f}/16 {str(flagged):>8}  {note}")
    print(f"isolation: {batch['summary']['isolation']}; listener connections: {batch['listener'].connections}")


def test_the_batch_completes_and_grades_everyone(hostile_batch):
    students = hostile_batch["summary"]["students"]
    assert set(students) == set(HONEST) | set(CASES)


@pytest.mark.parametrize("case", list(CASES))
def test_no_undeserved_points(hostile_batch, case):
    _, from_reference = CASES[case]
    expected = 16 if from_reference else 0
    assert points(hostile_batch["snapshot"], case) == expected


def test_max_points_cannot_be_raised(hostile_batch):
    grades = hostile_batch["snapshot"]["duplicated_tests_more_points"]["grades"]
    course = hostile_batch["course"]
    with Gradebook(f"sqlite:///{course.root / 'gradebook.db'}") as gradebook:
        cells = gradebook.find_notebook(NOTEBOOK, "latent_mixture").grade_cells
        maximum = sum(cell.max_score for cell in cells if cell.name.startswith("test_"))
    assert maximum == 16 and len([g for g in grades if g[0] == NOTEBOOK and g[1].startswith("test_")]) == 6


def test_honest_students_are_graded_as_if_alone(hostile_batch):
    for student in HONEST:
        assert hostile_batch["snapshot"][student] == hostile_batch["honest_alone"][student]
    assert points(hostile_batch["snapshot"], "honest-perfect") == 16


@pytest.mark.parametrize("case", sorted(FLAGGED))
def test_tampering_is_flagged(hostile_batch, case):
    assert hostile_batch["summary"]["tampering"].get(case), case


def test_honest_students_are_not_flagged(hostile_batch):
    for student in HONEST:
        assert student not in hostile_batch["summary"]["tampering"]


def test_nothing_escaped_the_sandbox(hostile_batch):
    course = hostile_batch["course"]
    assert hostile_batch["summary"]["isolation"] == "bubblewrap"
    assert hostile_batch["listener"].connections == 0
    with sqlite3.connect(course.root / "gradebook.db") as db:
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert not subprocess.run(["pgrep", "-f", "sleep 600"], capture_output=True).stdout
    assert snapshot_tree(course.root / "submitted") == hostile_batch["submitted_before"]


def test_nothing_secret_reaches_outputs_or_feedback(hostile_batch):
    course = hostile_batch["course"]
    hidden = secret_lines(NOTEBOOK)["hidden"]
    for student in [*HONEST, *CASES]:
        autograded = course.root / "autograded" / student / "latent_mixture" / f"{NOTEBOOK}.ipynb"
        if autograded.exists():
            notebook = nbformat.read(str(autograded), as_version=4)
            outputs = nbformat.writes(nbformat.v4.new_notebook(cells=[
                nbformat.v4.new_code_cell(outputs=c.get("outputs", [])) for c in notebook.cells if c.cell_type == "code"]))
            assert SECRET_MARKER not in outputs, student
        feedback = course.root / "feedback" / student / "latent_mixture" / f"{NOTEBOOK}.html"
        if feedback.exists():
            page = feedback.read_text(encoding="utf-8")
            assert SECRET_MARKER not in page, student
            assert not [line for line in hidden if line in page], student


def test_a_huge_print_is_truncated(hostile_batch):
    course = hostile_batch["course"]
    autograded = course.root / "autograded" / "huge_print" / "latent_mixture" / f"{NOTEBOOK}.ipynb"
    assert autograded.stat().st_size < 1_000_000
    assert "切り詰めました" in autograded.read_text(encoding="utf-8")
    feedback = course.root / "feedback" / "huge_print" / "latent_mixture" / f"{NOTEBOOK}.html"
    assert feedback.stat().st_size < 2_000_000


def test_grading_twice_after_a_kill_gives_the_same_gradebook(hostile_batch, tmp_path):
    """SIGKILL the grading run part way, run it again: same final gradebook, intact."""
    import os
    import signal
    import sys
    import time

    course = hostile_batch["course"]
    for kill_after in (3.0, 9.0):
        clone = tmp_path / f"killed-{kill_after}"
        shutil.copytree(course.root, clone, symlinks=True)
        for folder in ("autograded", "feedback", ".grading"):
            shutil.rmtree(clone / folder, ignore_errors=True)
        (clone / "gradebook.db").unlink()
        shutil.copy2(course.root.parent / "ungraded.db", clone / "gradebook.db")
        run = subprocess.Popen([sys.executable, "-m", "autograder", "--course", str(clone), "autograde", "--quiet"],
                               start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(kill_after)
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
        autograde(clone, show_progress=False)
        with sqlite3.connect(clone / "gradebook.db") as db:
            assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
        again = gradebook_snapshot(clone)
        for student in [*HONEST, *CASES]:
            assert again[student]["grades"] == hostile_batch["snapshot"][student]["grades"], student
