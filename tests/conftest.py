"""Shared fixtures: scratch copies of the course, built and graded with real nbgrader."""
import pytest

from harness import FUNCTIONS, ScratchCourse, grade_corpus


@pytest.fixture(scope="session")
def built_course(tmp_path_factory):
    """The course copied to a scratch folder and built (release, solutions, gradebook)."""
    return ScratchCourse(tmp_path_factory.mktemp("built") / "course")


@pytest.fixture(scope="session")
def graded_corpus(tmp_path_factory):
    """Reference, blank release, every mutant and every variant of every notebook, each
    submitted as its own student and autograded in one batch."""
    course = ScratchCourse(tmp_path_factory.mktemp("corpus") / "course")
    results, processes = grade_corpus(course, list(FUNCTIONS))
    return results, processes


@pytest.fixture(scope="session")
def demo_course(tmp_path_factory):
    """The demo class, prepared (built, released, roster imported, submitted/ written) but
    not graded yet; tests that grade it work on clones."""
    from autograder.demo import prepare_demo_course

    root = tmp_path_factory.mktemp("demo") / "course"
    roster = prepare_demo_course(root)
    return root, roster


@pytest.fixture(scope="session")
def graded_demo(demo_course, tmp_path_factory):
    """The demo class graded by this package end to end: autograde, feedback, grades, report."""
    import shutil

    from autograder.course import run_nbgrader
    from autograder.export import grade_rows, write_csv
    from autograder.grade import autograde
    from autograder.report import write_report
    from harness import snapshot_tree

    source_root, roster = demo_course
    root = tmp_path_factory.mktemp("graded") / "course"
    shutil.copytree(source_root, root, symlinks=True)
    submitted_before = snapshot_tree(root / "submitted")
    summary = autograde(root, show_progress=False)
    run_nbgrader(root, "generate_feedback", "latent_mixture", "--force", capture=True)
    rows = grade_rows(root)
    write_csv(rows, root / "reports" / "grades.csv")
    write_report(root)
    return {"root": root, "roster": roster, "summary": summary, "rows": {r["student_id"]: r for r in rows},
            "submitted_before": submitted_before}
