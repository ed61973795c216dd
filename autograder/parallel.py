"""Autograde a whole class on every core: workers grade, one writer records.

nbgrader's SQLite gradebook is not made for concurrent writers, so no two processes
ever write the same database:

- each worker process has a scratch course (``.grading/worker-<pid>/``) with its own
  copy of the gradebook, and runs nbgrader's ``Autograde`` converter in-process (no
  start-up cost per student) on the students it is handed, reading the staged copy of
  their submission (``.grading/inbox/``) and writing the executed notebooks to
  ``.grading/graded/``;
- the main process is the only writer of the course's gradebook: as each student
  comes back it runs nbgrader's ``Autograde`` again on the executed notebooks with
  only ``SaveAutoGrades`` and ``AssignLatePenalties`` (no kernel), which records the
  scores and copies the notebooks to ``autograded/`` exactly as bare nbgrader would.
"""
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.api import Gradebook
from nbgrader.converters import Autograde
from nbgrader.coursedir import CourseDirectory
from nbgrader.utils import capture_log

from .course import gradebook_url, load_course_config, run_nbgrader

GRADING_DIR = ".grading"


@dataclass
class StudentResult:
    student: str
    graded: bool = False
    seconds: float = 0.0
    failed_notebooks: dict = field(default_factory=dict)   # notebook -> reason
    error: str = ""


def _last_error_line(result):
    text = result.get("error") or result.get("log") or "unknown error"
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "unknown error"


def run_autograde(config, assignment_id, student_id, notebook_id="*"):
    """nbgrader's Autograde converter for one student (optionally one notebook), in-process.
    Returns nbgrader's result dict: success, log, error."""
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment_id
    coursedir.student_id = student_id
    coursedir.notebook_id = notebook_id
    converter = Autograde(coursedir=coursedir, config=config)
    converter.force = True
    converter.create_student = True
    return capture_log(converter)


# ---------------------------------------------------------------- worker process side

_WORKER = {}


def template_gradebook(course_root, grading_root, assignment_id):
    """A SQLite gradebook holding the assignment's source cells, for workers to copy.

    With the default SQLite gradebook that is a copy of it; with another database
    (PostgreSQL) nbgrader builds one from source/ in a scratch folder."""
    course_root, grading_root = Path(course_root), Path(grading_root)
    template = grading_root / "template.db"
    db_url = gradebook_url(course_root)
    if db_url.startswith("sqlite:///"):
        shutil.copy2(db_url.removeprefix("sqlite:///"), template)
        return template
    scratch = grading_root / "template"
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    shutil.copy2(course_root / "nbgrader_config.py", scratch / "nbgrader_config.py")
    (scratch / "source").symlink_to(course_root / "source")
    run_nbgrader(scratch, "generate_assignment", assignment_id, "--force",
                 f"--CourseDirectory.db_url=sqlite:///{template}", capture=True)
    return template


def _start_worker(course_root, grading_root, worker_overrides):
    """Pool initializer: a scratch course for this process with its own gradebook copy."""
    scratch = Path(grading_root) / f"worker-{os.getpid()}"
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    shutil.copy2(Path(course_root) / "nbgrader_config.py", scratch / "nbgrader_config.py")
    (scratch / "source").symlink_to(Path(course_root) / "source")
    shutil.copy2(Path(grading_root) / "template.db", scratch / "gradebook.db")
    os.chdir(scratch)
    _WORKER["config"] = load_course_config(
        scratch,
        **{
            "CourseDirectory.root": str(scratch),
            "CourseDirectory.submitted_directory": str(Path(grading_root) / "inbox"),
            "CourseDirectory.autograded_directory": str(Path(grading_root) / "graded"),
            "CourseDirectory.db_url": f"sqlite:///{scratch / 'gradebook.db'}",
            **worker_overrides,
        },
    )


def _grade_in_worker(assignment_id, student, notebooks):
    """Execute one student's notebooks. If nbgrader fails the whole student, grade each
    notebook alone so that one broken notebook costs only its own points."""
    started = time.perf_counter()
    config = _WORKER["config"]
    result = StudentResult(student)
    outcome = run_autograde(config, assignment_id, student)
    if outcome["success"]:
        result.graded = True
    else:
        for notebook in notebooks:
            single = run_autograde(config, assignment_id, student, notebook)
            if single["success"]:
                result.graded = True
            else:
                result.failed_notebooks[notebook] = _last_error_line(single)
    result.seconds = time.perf_counter() - started
    return result


# ---------------------------------------------------------------- writer (main process)

def record(course_root, assignment_id, student, grading_root):
    """Record one student's executed notebooks into the course gradebook (single writer)."""
    config = load_course_config(
        course_root,
        **{
            "CourseDirectory.root": str(course_root),
            "CourseDirectory.submitted_directory": str(Path(grading_root) / "graded"),
            "Autograde.sanitize_preprocessors": [],
            "Autograde.autograde_preprocessors": [
                "nbgrader.preprocessors.SaveAutoGrades",
                "nbgrader.preprocessors.AssignLatePenalties",
            ],
        },
    )
    return run_autograde(config, assignment_id, student)


def record_ungradable(course_root, assignment_id, student, timestamp_file=None):
    """A student with no gradable notebook still gets a submission, scored 0 everywhere,
    as nbgrader itself scores a missing notebook (instead of leaving no score at all)."""
    coursedir = CourseDirectory(config=load_course_config(course_root, **{"CourseDirectory.root": str(course_root)}))
    timestamp = coursedir.get_existing_timestamp(str(Path(timestamp_file).parent)) if timestamp_file else None
    with Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
        gradebook.update_or_create_student(student)
        if timestamp:
            submission = gradebook.update_or_create_submission(assignment_id, student, timestamp=timestamp)
        else:
            submission = gradebook.update_or_create_submission(assignment_id, student)
        for notebook in submission.notebooks:
            for grade in notebook.grades:
                grade.auto_score = 0
                grade.needs_manual_grade = False
        gradebook.db.commit()


def grade_class(course_root, assignment_id, submissions, *, workers=None, progress=None,
                worker_overrides=None):
    """Grade ``submissions`` (already staged in .grading/inbox) on ``workers`` processes.

    ``progress``: called with each StudentResult as it is recorded (e.g. a progress bar).
    Returns {student: StudentResult}.
    """
    course_root = Path(course_root).resolve()
    grading_root = course_root / GRADING_DIR
    for leftover in grading_root.glob("worker-*"):  # from a run that was killed
        shutil.rmtree(leftover, ignore_errors=True)
    graded_dir = grading_root / "graded"
    if graded_dir.exists():
        shutil.rmtree(graded_dir)
    graded_dir.mkdir(parents=True)
    workers = workers or os.cpu_count() or 1
    template_gradebook(course_root, grading_root, assignment_id)
    overrides = {"Execute.shutdown_kernel": "immediate", **(worker_overrides or {})}
    # Also in the repository's nbgrader_config.py; set here as well so that this command
    # sandboxes whatever the course's own config says. The launcher applies the limits
    # even without bubblewrap; Windows has neither rlimits nor Unix sockets.
    if os.name == "posix":
        overrides["Execute.kernel_manager_class"] = "autograder.kernel.SandboxedKernelManager"
    results = {}
    with ProcessPoolExecutor(
        max_workers=workers,
        initializer=_start_worker,
        initargs=(str(course_root), str(grading_root), overrides),
    ) as pool:
        futures = {
            pool.submit(_grade_in_worker, assignment_id, s.student, sorted(s.notebooks)): s.student
            for s in submissions
        }
        for future in as_completed(futures):
            student = futures[future]
            try:
                result = future.result()
            except Exception as error:  # a worker process died: the batch goes on
                result = StudentResult(student, error=f"worker failed: {type(error).__name__}: {error}")
            if result.graded:
                recorded = record(course_root, assignment_id, student, grading_root)
                if not recorded["success"]:
                    result.graded = False
                    result.error = f"recording failed: {_last_error_line(recorded)}"
            if not result.graded:
                timestamp = grading_root / "inbox" / student / assignment_id / "timestamp.txt"
                record_ungradable(course_root, assignment_id, student, timestamp if timestamp.exists() else None)
                result.error = result.error or "no notebook could be graded; scored 0"
            results[student] = result
            if progress:
                progress(result)
    for scratch in grading_root.glob("worker-*"):
        shutil.rmtree(scratch, ignore_errors=True)
    return results
