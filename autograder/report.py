"""The instructor's report: one HTML page (plus a PNG histogram) readable in any browser.

Per-function pass rates and mean points, the score histogram, the written answers that
still need hand grading, and the submissions that failed to grade and why.
"""
import datetime
import html
from collections import Counter
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from nbgrader.api import Gradebook, MissingEntry  # noqa: E402

from .course import gradebook_url, load_assignment  # noqa: E402
from .export import grade_rows  # noqa: E402
from .grade import REPORTS_DIR, load_run  # noqa: E402


def function_columns(rows, assignment):
    if not rows:
        return []
    return [c for c in rows[0] if "/" in c and not c.endswith("/written")]


def pending_manual_grades(course_root, assignment):
    """[(student, notebook, cell)] of hand-graded cells without a manual score yet."""
    pending = []
    with Gradebook(gradebook_url(course_root)) as gradebook:
        for student in sorted(gradebook.students, key=lambda s: s.id):
            try:
                submission = gradebook.find_submission(assignment.id, student.id)
            except MissingEntry:
                continue
            for notebook in submission.notebooks:
                for grade in notebook.grades:
                    if grade.needs_manual_grade and grade.manual_score is None:
                        pending.append((student.id, notebook.name, grade.name))
    return pending


def draw_histogram(totals, maximum, path):
    figure, axes = plt.subplots(figsize=(6, 3.2))
    axes.hist(totals, bins=range(0, int(maximum) + 6, 5), color="#4c72b0", edgecolor="white")
    axes.set_xlabel("total points")
    axes.set_ylabel("students")
    axes.set_title(f"Score distribution (n = {len(totals)})")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def _table(header, rows):
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def write_report(course_root):
    """Write reports/report.html and reports/scores.png; return the HTML path."""
    course_root = Path(course_root)
    assignment = load_assignment()
    rows = grade_rows(course_root)
    run = load_run(course_root)
    reports = course_root / REPORTS_DIR
    reports.mkdir(exist_ok=True)

    with Gradebook(gradebook_url(course_root)) as gradebook:
        maxima = {}
        for notebook_id in assignment.notebooks:
            notebook = gradebook.find_notebook(notebook_id, assignment.id)
            for cell in notebook.grade_cells:
                maxima[(notebook_id, cell.name)] = cell.max_score
    function_rows = []
    for column in function_columns(rows, assignment):
        notebook_id, function = column.split("/")
        maximum = sum(points for (nb, cell), points in maxima.items()
                      if nb == notebook_id and (cell == f"test_{function}" or cell.startswith(f"test_{function}_")))
        values = [row[column] for row in rows]
        passed = sum(1 for v in values if maximum and v >= maximum)
        mean = sum(values) / len(values) if values else 0.0
        function_rows.append((column, f"{maximum:g}", f"{passed}/{len(values)}",
                              f"{100 * passed / len(values):.0f}%" if values else "-", f"{mean:.2f}"))

    totals = [row["total"] for row in rows]
    maximum_total = rows[0]["max_total"] if rows else 100
    histogram = reports / "scores.png"
    draw_histogram(totals, maximum_total, histogram)
    pending = pending_manual_grades(course_root, assignment)
    counts = Counter((notebook_id, cell) for _, notebook_id, cell in pending)
    pending_counts = [(nb, cell, n) for (nb, cell), n in sorted(counts.items())]
    problems = [line for line in run.get("problems", []) if ": tampering? " not in line]
    tampering = [(student, line) for student, lines in sorted(run.get("tampering", {}).items()) for line in lines]
    isolation_note = "" if run.get("isolation", "bubblewrap") != "none" else (
        '<p class="warning">WARNING: the last autograde ran WITHOUT isolation (bubblewrap was not '
        "available): student code could read and write what the grading user can. Re-grade on a "
        "Linux machine with bubblewrap before trusting these scores.</p>")
    scores = [(row["student_id"], f"{row['total']:g}", row["seconds_late"], row["status"]) for row in rows]

    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Grading report: {html.escape(assignment.title)}</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 2em auto; line-height: 1.4; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }}
th {{ background: #f0f0f0; }}
.problems li {{ color: #a40000; }}
.warning {{ background: #a40000; color: white; padding: 0.6em; font-weight: bold; }}
</style></head><body>
<h1>Grading report: {html.escape(assignment.title)} ({html.escape(assignment.id)})</h1>
{isolation_note}
<p>Generated {datetime.datetime.now().isoformat(timespec="seconds")}.
{len(rows)} students in the gradebook; last autograde run took {run.get("seconds", "-")} s.</p>

<h2>Score distribution</h2>
<img src="{histogram.name}" alt="histogram of total scores">

<h2>Per function: pass rate and mean points</h2>
<p>A student passes a function when every one of its test cells earned full points.</p>
{_table(["function", "points", "passed", "pass rate", "mean points"], function_rows)}

<h2>Written answers still to grade by hand ({len(pending)})</h2>
{_table(["notebook", "cell", "students waiting"], pending_counts) if pending else "<p>None.</p>"}
{f"<details><summary>Every student and cell</summary>{_table(['student', 'notebook', 'cell'], pending)}</details>" if pending else ""}

<h2>Submissions with problems ({len(problems)})</h2>
<ul class="problems">{"".join(f"<li>{html.escape(line)}</li>" for line in problems) or "<li>None.</li>"}</ul>

<h2>Tampering flagged ({len(tampering)})</h2>
<p>Test cells that were changed are restored by nbgrader before grading; student code that
reaches outside the exercise was not run. Review these submissions.</p>
{_table(["student", "finding"], tampering) if tampering else "<p>None.</p>"}

<h2>Scores</h2>
{_table(["student", "total", "seconds late", "status"], scores)}
</body></html>
"""
    path = reports / "report.html"
    path.write_text(page, encoding="utf-8")
    return path
