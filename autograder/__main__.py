"""Command line: ``./course COMMAND`` (or ``python -m autograder COMMAND``).

Each command is named after the person's task and is a thin wrapper over nbgrader's own
apps, run in the course directory (``--course``, default: this repository).
"""
import argparse
import subprocess
import sys
from pathlib import Path

from . import demo, lab
from .build import build
from .course import REPO_ROOT, load_assignment, run_nbgrader
from .exchange import print_release, release_feedback
from .export import grade_rows, write_csv
from .grade import REPORTS_DIR, autograde, print_summary
from .report import write_report

ASSIGNMENT = load_assignment()
DEMO_COURSE = REPO_ROOT / "demo" / "course"


def cmd_build(args):
    release, solutions = build(args.course)
    print(f"release:   {release}\nsolutions: {solutions}")


def cmd_release(args):
    (args.course / "exchange").mkdir(exist_ok=True)
    (args.course / "exchange").chmod(0o777)  # every student writes their submission there
    run_nbgrader(args.course, "release_assignment", ASSIGNMENT.id, "--force")


def cmd_collect(args):
    run_nbgrader(args.course, "collect", ASSIGNMENT.id, "--update")


def cmd_zip_collect(args):
    """An LMS download: put its files in downloaded/<assignment>/archive/ first."""
    run_nbgrader(args.course, "zip_collect", ASSIGNMENT.id, "--force",
                 f"--FileNameCollectorPlugin.named_regexp={args.regexp}")


def cmd_autograde(args):
    summary = autograde(args.course, students=args.student, workers=args.workers,
                        show_progress=not args.quiet)
    print_summary(summary)


def cmd_feedback(args):
    run_nbgrader(args.course, "generate_feedback", ASSIGNMENT.id, "--force")
    if args.release:
        print_release(*release_feedback(args.course, ASSIGNMENT.id))


def cmd_export(args):
    path = write_csv(grade_rows(args.course), args.course / REPORTS_DIR / "grades.csv")
    print(f"grades: {path}")


def cmd_report(args):
    print(f"report: {write_report(args.course)}")


def print_score_table(rows):
    columns = ["student_id", *ASSIGNMENT.notebooks, "total", "late", "status"]

    def cell(row, column):
        if column == "late":  # hours after the due date, blank when on time
            return f"{row['seconds_late'] / 3600:.1f} h" if row["seconds_late"] else ""
        value = row[column]
        return f"{value:g}" if isinstance(value, float) else str(value)

    widths = {c: max(len(c[:14]), *(len(cell(row, c)) for row in rows)) for c in columns} if rows else {}
    print("  ".join(c[:14].ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(cell(row, c).ljust(widths[c]) for c in columns))


def cmd_demo(args):
    course = args.course if args.course != REPO_ROOT else DEMO_COURSE
    print(f"demo course: {course}")
    roster = demo.prepare_demo_course(course)
    print(f"{len(roster)} demo students written to submitted/ (and one unusable id)")
    summary = autograde(course, workers=args.workers, show_progress=not args.quiet)
    print_summary(summary)
    run_nbgrader(course, "generate_feedback", ASSIGNMENT.id, "--force", capture=True)
    # The demo class was written into submitted/ rather than submitted through the
    # exchange, so its feedback stays in feedback/ (see `feedback --release`).
    rows = grade_rows(course)
    grades = write_csv(rows, course / REPORTS_DIR / "grades.csv")
    report = write_report(course)
    print()
    print_score_table(rows)
    print(f"\ngrades:   {grades}\nfeedback: {course / 'feedback'}\nreport:   {report}")


def cmd_lab(args):
    if args.student:
        try:
            student = lab.student_lab(args.course, args.student, args.port)
        except ValueError as error:
            sys.exit(f"./course lab: {error}")
        lab.run(student, f"student {args.student}",
                hint="課題の受け取りと提出: Nbgrader メニュー → Assignment List")
    else:
        lab.run(lab.instructor_lab(args.course, args.port), "instructor")


def cmd_test(args):
    return subprocess.call([sys.executable, "-m", "pytest", *args.pytest_args], cwd=REPO_ROOT)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="./course", description=__doc__.splitlines()[0])
    parser.add_argument("--course", type=Path, default=REPO_ROOT,
                        help="the course directory (default: this repository)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name, run, help):
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(run=run)
        return sub

    command("build", cmd_build, "instructor: generate release/ and solutions/ from source/")
    command("release", cmd_release, "instructor: release the assignment to the exchange")
    command("collect", cmd_collect, "instructor: collect submissions from the exchange into submitted/")
    zip_collect = command("zip-collect", cmd_zip_collect,
                          "instructor: import an LMS download from downloaded/<assignment>/archive/")
    zip_collect.add_argument("--regexp", default=r".*/(?P<student_id>[^/_]+)_(?P<file_id>[^/]+\.ipynb)$",
                             help="nbgrader FileNameCollectorPlugin.named_regexp for the file names")
    grade = command("autograde", cmd_autograde, "instructor: autograde all students (or --student) on all cores")
    grade.add_argument("--student", action="append", help="only this student (repeatable)")
    grade.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    grade.add_argument("--quiet", action="store_true", help="no progress bar")
    feedback = command("feedback", cmd_feedback, "TA: generate feedback HTML (and --release it to students)")
    feedback.add_argument("--release", action="store_true")
    command("export", cmd_export, "instructor: write reports/grades.csv")
    command("report", cmd_report, "instructor: write reports/report.html")
    run_lab = command("lab", cmd_lab, "instructor (or --student ID): JupyterLab with nbgrader's extensions")
    run_lab.add_argument("--student", metavar="ID",
                         help="open this student's view instead: their own folder, Assignments tab and Validate")
    run_lab.add_argument("--port", type=int, help="port on 127.0.0.1 (default: any free port)")
    run_demo = command("demo", cmd_demo, "grade the demo class end to end (in demo/course)")
    run_demo.add_argument("--workers", type=int)
    run_demo.add_argument("--quiet", action="store_true")
    test = command("test", cmd_test, "run the tests (arguments go to pytest)")
    test.add_argument("pytest_args", nargs=argparse.REMAINDER)

    # `./course test -q -k decoder`: options that are pytest's, not ours, go to pytest.
    args, unknown = parser.parse_known_args(argv)
    if unknown and args.command != "test":
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if args.command == "test":
        args.pytest_args = [*unknown, *args.pytest_args]
    args.course = args.course.resolve()
    return args.run(args) or 0


if __name__ == "__main__":
    sys.exit(main())
