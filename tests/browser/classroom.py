"""Courses for the browser tests, set up with nbgrader's own commands.

Students act from the HOME that ``./course lab --student ID`` gives them, so the command
line and the lab's Assignments tab go through the same configuration and exchange."""
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat

from autograder.course import run_nbgrader
from autograder.demo import DemoClass, corpus
from autograder.grade import autograde
from autograder.lab import home_environment, student_home
from harness import ASSIGNMENT

# Who is in the graded class: (last name, first name, what they handed in).
CLASS = {
    "baba": ("馬場", "花子", "everything right"),
    "chiba": ("千葉", "健", "only notebooks 01 and 02 done"),
    "daichi": ("大地", "翼", "one typical mistake in linear_decode"),
}
MISTAKE = "linear_decode__always_2d"


def as_student(course, student, *args):
    """Run ``nbgrader ARGS`` as ``student``: in their lab's HOME, with their config."""
    home = student_home(course, student)
    command = [str(Path(sys.executable).parent / "nbgrader"), *map(str, args)]
    return subprocess.run(command, cwd=home, env=home_environment(home), check=True, text=True,
                          capture_output=True)


def clone(source, destination):
    """A copy of a course as it is (gradebook, exchange and all)."""
    shutil.copytree(source, destination, symlinks=True)
    return Path(destination)


def release(built, destination):
    """A copy of a built course (only what building made: other tests' students stay
    behind) with the assignment released to its own exchange."""
    course = Path(shutil.copytree(built, destination, ignore=shutil.ignore_patterns(
        "submitted", "autograded", "feedback", "exchange", ".lab")))
    exchange = course / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)  # nbgrader's exchange must be writable by everyone
    run_nbgrader(course, "release_assignment", ASSIGNMENT.id, "--force", capture=True)
    return course


def mutant(name):
    """One corpus mutant (e.g. ``linear_decode__always_2d``) as a student would have
    written it: without the corpus's "# MISTAKE:" explanation."""
    function, _, slug = name.partition("__")
    notebook = next(nb for nb in ASSIGNMENT.notebooks if any(f == function for f, _, _ in corpus("mutants", nb)))
    source = next(source for f, s, source in corpus("mutants", notebook) if (f, s) == (function, slug))
    return "\n".join(line for line in source.splitlines() if not line.startswith("# MISTAKE"))


def handed_in(demo, student):
    """{notebook name: notebook} as ``student`` of CLASS hands them in."""
    notebooks = {}
    for index, name in enumerate(ASSIGNMENT.notebooks):
        if student == "chiba" and index >= 2:
            notebooks[name] = demo.notebook(name, blank=True, written=None)
        elif student == "daichi" and name == "02_decoder":
            notebooks[name] = demo.notebook(name, {"linear_decode": mutant(MISTAKE)})
        else:
            notebooks[name] = demo.notebook(name)
    return notebooks


def submit_through_exchange(course, student, notebooks):
    as_student(course, student, "fetch_assignment", ASSIGNMENT.id)
    folder = student_home(course, student) / ASSIGNMENT.id
    for name, notebook in notebooks.items():
        nbformat.write(notebook, str(folder / f"{name}.ipynb"))
    as_student(course, student, "submit", ASSIGNMENT.id)


def graded_class(course):
    """CLASS submits through the exchange (side by side); the instructor imports the
    roster, collects and autogrades. Returns the autograde summary."""
    roster = Path(course) / "roster.csv"
    roster.write_text("id,last_name,first_name\n" + "".join(
        f"{student},{last},{first}\n" for student, (last, first, _) in CLASS.items()), encoding="utf-8")
    run_nbgrader(course, "db", "student", "import", roster, capture=True)
    demo = DemoClass(course)
    with ThreadPoolExecutor(len(CLASS)) as pool:
        list(pool.map(lambda s: submit_through_exchange(course, s, handed_in(demo, s)), CLASS))
    run_nbgrader(course, "collect", ASSIGNMENT.id, capture=True)
    summary = autograde(course, show_progress=False)
    return summary
