"""Look at submitted/ before grading: which students and notebooks can be graded, and a
clear line for everything that cannot (stray files, corrupt or renamed notebooks,
unusable student ids). Nothing under submitted/ is ever written."""
import difflib
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

# Letters (any script), digits and . _ @ - ; no leading dot, no path separators or spaces;
# no "+" either: nbgrader's exchange uses it as a separator in file names.
STUDENT_ID = re.compile(r"^[^\W_][\w.@-]*$")
# Files that nbgrader itself may leave beside the notebooks.
EXPECTED_EXTRA_FILES = {"timestamp.txt", "submission_secret.txt"}


@dataclass
class Submission:
    student: str
    folder: Path
    notebooks: dict = field(default_factory=dict)   # name -> path of a readable notebook
    problems: list = field(default_factory=list)    # lines for the run's summary
    timestamp: Path = None


def _read_problem(path):
    """None if ``path`` is a notebook nbformat can read and validate, else why not."""
    try:
        notebook = nbformat.read(str(path), as_version=4)
        nbformat.validate(notebook)
    except Exception as error:  # any reading problem makes the notebook ungradable
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        return f"{type(error).__name__}: {first_line[:160]}"
    return None


def inspect_submissions(course_root, assignment_id, notebook_names, roster=None):
    """Return ([Submission], [problem lines about folders that are not students])."""
    submitted = Path(course_root) / "submitted"
    submissions, global_problems = [], []
    if not submitted.is_dir():
        return submissions, [f"no submitted/ folder in {course_root}"]
    for folder in sorted(submitted.iterdir()):
        student = folder.name
        if not folder.is_dir():
            global_problems.append(f"submitted/{student}: stray file, not a student folder (ignored)")
            continue
        if not STUDENT_ID.match(student):
            global_problems.append(f"submitted/{student!r}: unusable student id (letters, digits, . _ @ - only); not graded")
            continue
        assignment_folder = folder / assignment_id
        if not assignment_folder.is_dir():
            global_problems.append(f"{student}: no {assignment_id}/ folder in the submission; not graded")
            continue
        submission = Submission(student, assignment_folder)
        if roster is not None and student not in roster:
            submission.problems.append(f"{student}: not on the roster (graded anyway)")
        for path in sorted(assignment_folder.rglob("*")):
            relative = path.relative_to(assignment_folder)
            if path.is_dir() or any(part.startswith(".") for part in relative.parts):
                continue
            if path.name == "timestamp.txt" and path.parent == assignment_folder:
                submission.timestamp = path
            elif path.name in EXPECTED_EXTRA_FILES and path.parent == assignment_folder:
                continue
            elif path.suffix == ".ipynb" and path.parent == assignment_folder and path.stem in notebook_names:
                problem = _read_problem(path)
                if problem:
                    submission.problems.append(f"{student}: {path.name} is not a readable notebook ({problem}); scored 0")
                else:
                    submission.notebooks[path.stem] = path
            elif path.suffix == ".ipynb":
                guess = difflib.get_close_matches(path.stem, notebook_names, n=1)
                hint = f" (did they mean {guess[0]}.ipynb?)" if guess else ""
                submission.problems.append(f"{student}: unknown notebook {relative}{hint}; not graded")
            else:
                submission.problems.append(f"{student}: stray file {relative} (ignored)")
        for name in notebook_names:
            if name not in submission.notebooks and not any(name + ".ipynb" in p for p in submission.problems):
                submission.problems.append(f"{student}: {name}.ipynb missing; scored 0")
        submissions.append(submission)
    return submissions, global_problems


def stage(submission, inbox, assignment_id):
    """Copy the gradable part of a submission (readable notebooks, timestamp, secret)
    into ``inbox/<student>/<assignment>/``: grading reads only this copy."""
    target = Path(inbox) / submission.student / assignment_id
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name, path in submission.notebooks.items():
        shutil.copyfile(path, target / f"{name}.ipynb")
    if submission.timestamp:
        shutil.copyfile(submission.timestamp, target / "timestamp.txt")
    # Written by `nbgrader collect`; release_feedback needs it to file the feedback where
    # only this student can fetch it.
    secret = submission.folder / "submission_secret.txt"
    if secret.is_file():
        shutil.copyfile(secret, target / "submission_secret.txt")
    return target
