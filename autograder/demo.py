"""A demo class generated from the reference solutions and the tests' corpora, and the
main job that grades it end to end on the embedded defaults."""
import csv
import shutil
from pathlib import Path

import nbformat

from .build import build
from .cells import is_function_cell
from .course import REPO_ROOT, copy_course, load_assignment, run_nbgrader

CORPUS = REPO_ROOT / "tests" / "corpus"
ON_TIME = "2026-12-14 21:30:00.000000 Asia/Tokyo"
LATE = "2026-12-17 09:10:00.000000 Asia/Tokyo"
WRITTEN_ANSWER = (
    "潜在変数の分布が広いほど、デコーダに渡る点がばらつき、生成物も多様になります。"
    "分散を小さくすると平均付近の似た出力ばかりになります。"
)


def _grade_id(cell):
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def reference_solutions(source_notebook):
    """{function: reference solution cell source without the solution markers}."""
    solutions = {}
    for cell in source_notebook.cells:
        if is_function_cell(cell):
            lines = [line for line in cell.source.splitlines()
                     if "### BEGIN SOLUTION" not in line and "### END SOLUTION" not in line]
            solutions[_grade_id(cell)] = "\n".join(lines)
    return solutions


def fill_solutions(release_notebook, sources, written_answer=None):
    """A copy of a release notebook with the solution cells in ``sources`` filled in, and
    the open answer cell after the written task filled with ``written_answer``."""
    notebook = nbformat.from_dict(release_notebook)
    cells = notebook.cells
    for index, cell in enumerate(cells):
        if is_function_cell(cell) and _grade_id(cell) in sources:
            cell.source = sources[_grade_id(cell)]
        if written_answer and cell.metadata.get("nbgrader", {}).get("task") and index + 1 < len(cells):
            cells[index + 1].source = written_answer
    return notebook


def corpus(kind, notebook):
    """[(function, slug, source)] from tests/corpus/<kind>/<notebook>/<function>__<slug>.py."""
    return [(path.stem.partition("__")[0], path.stem.partition("__")[2], path.read_text(encoding="utf-8"))
            for path in sorted((CORPUS / kind / notebook).glob("*.py"))]


class DemoClass:
    """Writes each demo student's submission into ``course_root/submitted``, as nbgrader
    collect would leave it."""

    def __init__(self, course_root):
        self.root = Path(course_root)
        self.assignment = load_assignment()
        self.release = {name: nbformat.read(str(self.root / "release" / self.assignment.id / f"{name}.ipynb"), 4)
                        for name in self.assignment.notebooks}
        self.reference = {name: reference_solutions(
            nbformat.read(str(self.root / "source" / self.assignment.id / f"{name}.ipynb"), 4))
            for name in self.assignment.notebooks}

    def notebook(self, name, replacements=None, blank=False, written=WRITTEN_ANSWER):
        if blank:
            return self.release[name]
        return fill_solutions(self.release[name], {**self.reference[name], **(replacements or {})}, written)

    def submit(self, student, notebooks, timestamp=ON_TIME, extra_files=None):
        folder = self.root / "submitted" / student / self.assignment.id
        folder.mkdir(parents=True, exist_ok=True)
        for filename, content in notebooks.items():
            path = folder / filename
            if isinstance(content, str):
                path.write_text(content, encoding="utf-8")
            else:
                nbformat.write(content, str(path))
        for filename, text in (extra_files or {}).items():
            (folder / filename).write_text(text, encoding="utf-8")
        (folder / "timestamp.txt").write_text(timestamp)

    def all_notebooks(self, **options):
        return {f"{name}.ipynb": self.notebook(name, **options) for name in self.assignment.notebooks}

    def write(self):
        """The demo class: who each student is, and why they are in it."""
        names = self.assignment.notebooks
        roster = {}

        def add(student, description, notebooks, **options):
            roster[student] = description
            self.submit(student, notebooks, **options)

        add("perfect", "reference solution everywhere", self.all_notebooks())
        add("blank", "submitted the release unchanged", self.all_notebooks(blank=True, written=None))
        partial = self.all_notebooks()
        for name in names[2:]:
            partial[f"{name}.ipynb"] = self.notebook(name, blank=True, written=None)
        add("partial", "finished notebooks 01 and 02 only", partial)
        for k in range(5):
            notebooks = {}
            for name in names:
                mutants = corpus("mutants", name)
                function, _, source = mutants[(7 * k + 3) % len(mutants)] if mutants else (None, None, None)
                notebooks[f"{name}.ipynb"] = self.notebook(name, {function: source} if function else None)
            add(f"mistakes{k + 1}", "one typical mistake per notebook (from tests/corpus/mutants)", notebooks)
        variants = {}
        for name in names:
            replacements = {function: source for function, _, source in corpus("variants", name)}
            variants[f"{name}.ipynb"] = self.notebook(name, replacements)
        add("variants", "correct alternative implementations (tests/corpus/variants)", variants)
        add("late", "reference solution, submitted after the due date", self.all_notebooks(), timestamp=LATE)
        missing = self.all_notebooks()
        del missing[f"{names[3]}.ipynb"]
        add("missing", f"did not submit {names[3]}.ipynb", missing)
        corrupt = self.all_notebooks()
        corrupt[f"{names[2]}.ipynb"] = '{"cells": [ this is not JSON'
        add("corrupt", f"{names[2]}.ipynb is not valid JSON", corrupt)
        renamed = self.all_notebooks()
        renamed[f"{names[1]} (1).ipynb"] = renamed.pop(f"{names[1]}.ipynb")
        add("renamed", f"renamed {names[1]}.ipynb and left a stray file", renamed,
            extra_files={"memo.txt": "提出前のメモ"})
        add("unlisted", "a student id missing from the roster", self.all_notebooks())
        add("sato.hanako-2@lab", "a student id with unusual but allowed characters", self.all_notebooks())
        # Not a usable student id: reported, never graded.
        self.submit("bad id!", self.all_notebooks())
        return roster


def write_roster(course_root, students):
    path = Path(course_root) / "roster.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "first_name", "last_name"])
        for student in students:  # Formgrader lists students as "last, first"
            writer.writerow([student, student, "デモ"])
    return path


def new_course(course_root):
    """A fresh course in ``course_root``: built from source with nbgrader (gradebook
    included) and the assignment released to the course's local exchange."""
    course_root = Path(course_root)
    if course_root.exists():
        shutil.rmtree(course_root)
    copy_course(course_root, with_generated=False)
    build(course_root)
    exchange = course_root / "exchange"
    exchange.mkdir(exist_ok=True)
    exchange.chmod(0o777)  # nbgrader's exchange must be writable by everyone
    run_nbgrader(course_root, "release_assignment", load_assignment().id, "--force", capture=True)
    return course_root


def prepare_demo_course(course_root):
    """A new course with the demo class in submitted/ and a roster that lists all of it
    but one student. Returns {student: why they are in the demo}."""
    course_root = new_course(course_root)
    roster = DemoClass(course_root).write()
    listed = [student for student in roster if student != "unlisted"]
    run_nbgrader(course_root, "db", "student", "import", write_roster(course_root, listed), capture=True)
    return roster
