"""The instructor's autograde command: inspect submitted/, grade in parallel, summarise.

The run's summary (every problem line and each student's outcome) is printed and kept
in reports/grading-run.json for the report and the grades export.
"""
import json
import shutil
import sys
import time
import warnings
from dataclasses import asdict
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from sqlalchemy.exc import SAWarning
from tqdm import tqdm

from .course import gradebook_url, load_assignment
from .parallel import GRADING_DIR, grade_class
from .sandbox import isolation_available
from .submissions import inspect_submissions, stage
from .tamper import inspect

REPORTS_DIR = "reports"
RUN_FILE = "grading-run.json"


def roster(course_root):
    """Student ids registered in the gradebook before grading (a roster import), or None."""
    with Gradebook(gradebook_url(course_root)) as gradebook:
        ids = {student.id for student in gradebook.students}
    return ids or None


def autograde(course_root, *, students=None, workers=None, show_progress=True):
    """Grade every student in submitted/ (or only ``students``). Returns the run summary."""
    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader + SQLAlchemy 2 noise
    course_root = Path(course_root).resolve()
    assignment = load_assignment()
    started = time.perf_counter()
    submissions, problems = inspect_submissions(
        course_root, assignment.id, assignment.notebooks, roster(course_root))
    if students:
        wanted = set(students)
        missing = wanted - {s.student for s in submissions}
        problems += [f"{student}: no gradable submission found" for student in sorted(missing)]
        submissions = [s for s in submissions if s.student in wanted]
    problems += [line for s in submissions for line in s.problems]

    inbox = course_root / GRADING_DIR / "inbox"
    if inbox.exists():
        shutil.rmtree(inbox)
    tampering = {}
    release = {path.name: nbformat.read(str(path), as_version=4)
               for path in (course_root / "release" / assignment.id).glob("*.ipynb")}
    for submission in submissions:
        staged = stage(submission, inbox, assignment.id)
        findings = screen(staged, release)
        if findings:
            tampering[submission.student] = findings
            problems += [f"{submission.student}: tampering? {line}" for line in findings]

    isolated = isolation_available()
    if not isolated:
        print("WARNING: bubblewrap is not available here: student code runs WITHOUT isolation "
              "(resource limits only). Install bubblewrap (apt-get install bubblewrap) on Linux.",
              file=sys.stderr)

    with tqdm(total=len(submissions), unit="student", desc="autograde",
              disable=not show_progress) as bar:
        def advance(result):
            bar.update(1)
            if not result.graded or result.failed_notebooks:
                bar.write(f"  {result.student}: {result.error or result.failed_notebooks}")
        results = grade_class(course_root, assignment.id, submissions, workers=workers, progress=advance)

    for result in results.values():
        for notebook, reason in result.failed_notebooks.items():
            problems.append(f"{result.student}: {notebook}.ipynb failed to grade ({reason}); scored 0")
        if result.error:
            problems.append(f"{result.student}: {result.error}")

    summary = {
        "assignment": assignment.id,
        "seconds": round(time.perf_counter() - started, 2),
        "students": {student: asdict(result) for student, result in sorted(results.items())},
        "problems": problems,
        "tampering": tampering,
        "isolation": "bubblewrap" if isolated else "none",
    }
    reports = course_root / REPORTS_DIR
    reports.mkdir(exist_ok=True)
    (reports / RUN_FILE).write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    return summary


def screen(staged_folder, release):
    """Inspect each staged notebook for tampering against ``release`` ({file name: release
    notebook}, read once per run); neutralise what must not run (in the staged copy only).
    Returns finding lines for the summary."""
    lines = []
    for path in sorted(Path(staged_folder).glob("*.ipynb")):
        submitted = nbformat.read(str(path), as_version=4)
        inspection = inspect(submitted, release[path.name])
        for index, source in inspection.neutralised_sources.items():
            submitted.cells[index].source = source
        if inspection.neutralised_sources:
            nbformat.write(submitted, str(path))
        lines += [f"{path.stem}: {finding.cell}: {finding.message}" for finding in inspection.findings]
    return lines


def load_run(course_root):
    path = Path(course_root) / REPORTS_DIR / RUN_FILE
    if not path.exists():
        return {"students": {}, "problems": []}
    return json.loads(path.read_text(encoding="utf-8"))


def print_summary(summary):
    graded = sum(1 for r in summary["students"].values() if r["graded"])
    print(f"autograded {graded}/{len(summary['students'])} students in {summary['seconds']} s")
    if summary["problems"]:
        print(f"{len(summary['problems'])} problem(s):")
        for line in summary["problems"]:
            print(f"  - {line}")
