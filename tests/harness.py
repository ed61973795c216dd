"""Grade notebooks through real nbgrader in a scratch copy of the course.

Used by the tests, and by hand while writing a notebook:

    python tests/harness.py 02_decoder     # reference, blank, mutants and variants of one notebook
"""
import argparse
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from autograder import demo  # noqa: E402
from autograder.build import build  # noqa: E402
from autograder.cells import owner_function  # noqa: E402
from autograder.course import copy_course, load_assignment, run_nbgrader  # noqa: E402

ASSIGNMENT = load_assignment()

# The contract (../shared/curriculum.md): which functions each notebook defines.
FUNCTIONS = {
    "01_latent_sampling": ["sample_latent", "latent_summary", "reparameterize"],
    "02_decoder": ["linear_decode", "mlp_decode", "interpolate_latent",
                   "gaussian_log_likelihood", "marginal_log_likelihood"],
    "03_diffusion": ["add_noise", "remove_noise", "linear_beta_schedule", "alpha_bar",
                     "q_sample", "predict_x0", "noise_score"],
    "04_mixture": ["sample_mixture", "mixture_log_pdf", "responsibilities", "em_step", "mixture_score"],
    "05_metrics": ["summarize_errors", "reconstruction_errors", "mode_coverage",
                   "mean_nearest_mode_distance"],
}


REGIONS = {
    "solution": ("### BEGIN SOLUTION", "### END SOLUTION"),
    "hidden": ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"),
    "rubric": ("=== BEGIN MARK SCHEME ===", "=== END MARK SCHEME ==="),
}


def secret_lines(name):
    """{region kind: lines inside that kind of region in the source}, minus lines that
    also stand outside every region (those are not secret)."""
    cells = read_notebook(REPO_ROOT / "source" / ASSIGNMENT.id / f"{name}.ipynb").cells
    inside = {kind: set() for kind in REGIONS}
    outside = set()
    for cell in cells:
        current = None
        for line in cell.source.splitlines():
            stripped = line.strip()
            for kind, (begin, end) in REGIONS.items():
                if begin in line:
                    current = kind
                    break
                if end in line:
                    current = None
                    break
            else:
                if len(stripped) >= 12:
                    (inside[current] if current else outside).add(stripped)
    return {kind: lines - outside for kind, lines in inside.items()}


def grade_id(cell):
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def read_notebook(path):
    return nbformat.read(str(path), as_version=4)


def reference_solutions(notebook):
    """{function name: source of the reference solution cell, markers removed}."""
    return demo.reference_solutions(read_notebook(REPO_ROOT / "source" / ASSIGNMENT.id / f"{notebook}.ipynb"))


def function_of(cell_grade_id, notebook):
    """The function that a test cell's grade_id belongs to (test_<function>[_<part>])."""
    return owner_function(cell_grade_id, FUNCTIONS[notebook])


def student_notebook(release_root, notebook, replacements=None, blank=False):
    """The release notebook as a student would submit it: every solution cell filled with
    the reference, except the functions in ``replacements`` ({function: source}), or left
    as released when ``blank``."""
    nb = read_notebook(Path(release_root) / ASSIGNMENT.id / f"{notebook}.ipynb")
    if blank:
        return nb
    return demo.fill_solutions(nb, {**reference_solutions(notebook), **(replacements or {})})


load_corpus = demo.corpus


class ScratchCourse:
    """A copy of the course in ``root``, built with real nbgrader (gradebook included)."""

    def __init__(self, root):
        self.root = Path(root)
        copy_course(self.root, with_generated=False)
        build(self.root)
        self.release = self.root / "release"

    def clone(self, root):
        """A copy of this course (gradebook included) in ``root``: a second worker's scratch."""
        shutil.copytree(self.root, root, symlinks=True)
        clone = object.__new__(ScratchCourse)
        clone.root, clone.release = Path(root), Path(root) / "release"
        return clone

    def submission_dir(self, student):
        return self.root / "submitted" / student / ASSIGNMENT.id

    def submit(self, student, notebooks, timestamp="2026-12-01 12:00:00.000000 Asia/Tokyo"):
        """``notebooks``: {notebook name: NotebookNode, or str/bytes written as the file}."""
        folder = self.submission_dir(student)
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in notebooks.items():
            path = folder / f"{name}.ipynb"
            if isinstance(content, bytes):
                path.write_bytes(content)
            elif isinstance(content, str):
                path.write_text(content, encoding="utf-8")
            else:
                nbformat.write(content, str(path))
        if timestamp:
            (folder / "timestamp.txt").write_text(timestamp)
        return folder

    def nbgrader(self, *args, check=True):
        return run_nbgrader(self.root, *args, check=check, capture=True)

    def autograde(self, *args):
        return self.nbgrader("autograde", ASSIGNMENT.id, "--force", *args, check=False)

    def scores(self):
        """{student: {notebook: {grade_id: (auto_score, max_score)}}} from the gradebook."""
        result = {}
        with Gradebook(f"sqlite:///{self.root / 'gradebook.db'}") as gradebook:
            for student in gradebook.students:
                try:
                    submission = gradebook.find_submission(ASSIGNMENT.id, student.id)
                except Exception:
                    continue
                result[student.id] = {
                    notebook.name: {grade.name: (grade.auto_score, grade.max_score)
                                    for grade in notebook.grades}
                    for notebook in submission.notebooks
                }
        return result


def snapshot_tree(folder):
    """{relative path: (bytes, mode)} of every file below ``folder``: to prove nothing changed."""
    folder = Path(folder)
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mode)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def gradebook_snapshot(course_root, assignment_id=None):
    """Everything autograding records, per student: scores, flags, comments, timestamp,
    lateness. Two gradebooks with equal snapshots hold the same grades."""
    assignment_id = assignment_id or ASSIGNMENT.id
    snapshot = {}
    with Gradebook(f"sqlite:///{Path(course_root) / 'gradebook.db'}") as gradebook:
        for student in gradebook.students:
            try:
                submission = gradebook.find_submission(assignment_id, student.id)
            except Exception:
                continue
            snapshot[student.id] = {
                "timestamp": submission.timestamp,
                "seconds_late": submission.total_seconds_late,
                "late_penalty": submission.late_submission_penalty,
                "grades": {(nb.name, g.name): (g.auto_score, g.manual_score, g.needs_manual_grade)
                           for nb in submission.notebooks for g in nb.grades},
                "comments": {(nb.name, c.name): (c.auto_comment, c.manual_comment)
                             for nb in submission.notebooks for c in nb.comments},
            }
    return snapshot


def autograded_points(cells):
    """Points earned in autograded test cells (cells whose grade_id starts with test_)."""
    return sum(score or 0.0 for name, (score, _) in cells.items() if name.startswith("test_"))


def corpus_students(notebook):
    """{student id: (kind, function, slug, notebook node factory args)} for one notebook."""
    students = {f"{notebook}--reference": ("reference", None, None, {}),
                f"{notebook}--blank": ("blank", None, None, {"blank": True})}
    for kind in ("mutants", "variants"):
        for function, slug, source in load_corpus(kind, notebook):
            students[f"{notebook}--{kind}--{function}--{slug}"] = (
                kind, function, slug, {"replacements": {function: source}})
    return students


def grade_corpus(course, notebooks, workers=2):
    """Submit the reference, blank, mutants and variants of ``notebooks``, autograde, and
    return ({student: (kind, function, slug, notebook, cell scores)}, [processes]).

    The students are split over ``workers`` clones of the course, each graded by its own
    ``nbgrader autograde`` process with its own gradebook, side by side."""
    courses = [course] + [course.clone(f"{course.root}-worker{i}") for i in range(1, workers)]
    plan = {}
    for notebook in notebooks:
        for student, (kind, function, slug, options) in corpus_students(notebook).items():
            target = courses[len(plan) % len(courses)]
            target.submit(student, {notebook: student_notebook(course.release, notebook, **options)})
            plan[student] = (kind, function, slug, notebook)
    with ThreadPoolExecutor(len(courses)) as pool:
        processes = list(pool.map(lambda c: c.autograde(), courses))
    scores = {}
    for each in courses:
        scores.update(each.scores())
    results = {}
    for student, (kind, function, slug, notebook) in plan.items():
        cells = scores.get(student, {}).get(notebook, {})
        results[student] = (kind, function, slug, notebook, cells)
    return results, processes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", choices=sorted(FUNCTIONS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="harness-") as scratch:
        course = ScratchCourse(Path(scratch) / "course")
        results, processes = grade_corpus(course, args.notebooks)
        for process in processes:
            if process.returncode != 0:
                print(process.stdout[-3000:], process.stderr[-3000:])
        failures = 0
        for student, (kind, function, slug, notebook, cells) in results.items():
            total = autograded_points(cells)
            maximum = sum(m for name, (_, m) in cells.items() if name.startswith("test_"))
            own = {name: score for name, (score, _) in cells.items()
                   if function and function_of(name, notebook) == function}
            lost = [name for name, (score, m) in cells.items() if name.startswith("test_") and (score or 0) < m]
            if kind in ("reference", "variants"):
                ok = maximum > 0 and total == maximum
            elif kind == "blank":
                ok = total == 0
            else:
                ok = any((cells[name][0] or 0) < cells[name][1] for name in own)
            failures += not ok
            print(f"{'ok ' if ok else 'BAD'} {kind:9} {str(function):28} {str(slug):28} "
                  f"{total:5.1f}/{maximum:4.1f}  lost: {', '.join(lost) or '-'}")
        print(f"{failures} problem(s)")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
