"""The whole exchange round trip, with several student identities on one machine:
release -> fetch -> submit (one late) -> collect -> autograde -> generate feedback ->
release feedback -> fetch feedback. Every step is nbgrader's own command."""
import datetime
import subprocess
import sys
import time
from pathlib import Path

import nbformat

from autograder.course import nbgrader_env, run_nbgrader
from autograder.demo import DemoClass, new_course
from autograder.grade import autograde
from harness import ASSIGNMENT, gradebook_snapshot

STUDENTS = ["aoki", "baba", "chiba"]


def as_student(student, homes, *args):
    """Run nbgrader as ``student``: their own HOME (so their own nbgrader cache) and
    working folder, and the course's exchange from their ~/.jupyter/nbgrader_config.py."""
    env = nbgrader_env()
    env["HOME"] = str(homes / student)
    command = [str(Path(sys.executable).parent / "nbgrader"), *args, f"--student={student}"]
    return subprocess.run(command, cwd=homes / student, env=env, check=True, text=True, capture_output=True)


def test_exchange_round_trip_with_several_students(tmp_path):
    course = new_course(tmp_path / "course")

    homes = tmp_path / "homes"
    demo = DemoClass(course)
    for student in STUDENTS:
        config = homes / student / ".jupyter" / "nbgrader_config.py"
        config.parent.mkdir(parents=True)
        config.write_text(f"c = get_config()\nc.Exchange.root = {str(course / 'exchange')!r}\n"
                          f"c.CourseDirectory.course_id = 'dgm_latent_mixture'\n")
        as_student(student, homes, "fetch_assignment", ASSIGNMENT.id)
        fetched = homes / student / ASSIGNMENT.id
        assert sorted(p.stem for p in fetched.glob("*.ipynb")) == ASSIGNMENT.notebooks
        # aoki finishes everything, baba only the first notebook, chiba everything but late.
        for name in ASSIGNMENT.notebooks:
            blank = student == "baba" and name != ASSIGNMENT.notebooks[0]
            nbformat.write(demo.notebook(name, blank=blank), str(fetched / f"{name}.ipynb"))

    as_student("aoki", homes, "submit", ASSIGNMENT.id)
    as_student("baba", homes, "submit", ASSIGNMENT.id)
    deadline = datetime.datetime.now(datetime.timezone.utc)
    time.sleep(1.5)
    as_student("chiba", homes, "submit", ASSIGNMENT.id)
    run_nbgrader(course, "db", "assignment", "add", ASSIGNMENT.id, f"--duedate={deadline.isoformat()}", capture=True)

    run_nbgrader(course, "collect", ASSIGNMENT.id, capture=True)
    assert sorted(p.name for p in (course / "submitted").iterdir()) == STUDENTS
    summary = autograde(course, show_progress=False)
    assert all(summary["students"][s]["graded"] for s in STUDENTS), summary
    snapshot = gradebook_snapshot(course)
    points = {s: sum(a or 0 for (nb, cell), (a, _, _) in snapshot[s]["grades"].items() if cell.startswith("test_"))
              for s in STUDENTS}
    assert points == {"aoki": 80, "baba": 16, "chiba": 80}
    assert snapshot["chiba"]["seconds_late"] > 0 and snapshot["aoki"]["seconds_late"] == 0

    run_nbgrader(course, "generate_feedback", ASSIGNMENT.id, "--force", capture=True)
    run_nbgrader(course, "release_feedback", ASSIGNMENT.id, capture=True)
    for student in STUDENTS:
        as_student(student, homes, "fetch_feedback", ASSIGNMENT.id)
        pages = sorted((homes / student / ASSIGNMENT.id / "feedback").rglob("*.html"))
        assert sorted(p.stem for p in pages) == ASSIGNMENT.notebooks, student
        assert "採点結果の概要" in pages[0].read_text(encoding="utf-8")
    # Each student fetched only their own feedback (separate HOMEs, separate caches).
    baba_first = (sorted((homes / "baba" / ASSIGNMENT.id / "feedback").rglob("*.html"))[1]).read_text(encoding="utf-8")
    assert "NotImplementedError" in baba_first
