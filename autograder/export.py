"""Grades from the gradebook as rows and as CSV: one column per function's tests, per
notebook, per written answer, and the total."""
import csv
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry

from .cells import function_names, owner_function
from .course import gradebook_url, load_assignment
from .grade import load_run



def _functions_in_order(course_root, assignment, notebook_id):
    """The notebook's functions (code solution cells) in the order students meet them."""
    path = Path(course_root) / "source" / assignment.id / f"{notebook_id}.ipynb"
    return function_names(nbformat.read(str(path), as_version=4).cells)


def _column_plan(gradebook, assignment, course_root):
    """[(column, notebook, [grade cell names])] in notebook order."""
    plan = []
    for notebook_id in assignment.notebooks:
        notebook = gradebook.find_notebook(notebook_id, assignment.id)
        functions = _functions_in_order(course_root, assignment, notebook_id)
        tests = [cell.name for cell in notebook.grade_cells if cell.name.startswith("test_")]
        for function in functions:
            mine = [t for t in tests if owner_function(t, functions) == function]
            plan.append((f"{notebook_id}/{function}", notebook_id, mine))
        written = [cell.name for cell in notebook.task_cells] + [
            cell.name for cell in notebook.grade_cells if cell.name.startswith("written_")]
        plan.append((f"{notebook_id}/written", notebook_id, written))
    return plan


def grade_rows(course_root):
    """[dict] one row per student with a submission, columns in a stable order."""
    assignment = load_assignment()
    run = load_run(course_root)
    rows = []
    with Gradebook(gradebook_url(course_root)) as gradebook:
        plan = _column_plan(gradebook, assignment, course_root)
        for student in sorted(gradebook.students, key=lambda s: s.id):
            try:
                submission = gradebook.find_submission(assignment.id, student.id)
            except MissingEntry:
                continue
            scores = {(nb.name, grade.name): grade.score or 0.0
                      for nb in submission.notebooks for grade in nb.grades}
            row = {"student_id": student.id}
            per_notebook = {}
            for column, notebook_id, cells in plan:
                value = sum(scores.get((notebook_id, cell), 0.0) for cell in cells)
                row[column] = value
                per_notebook[notebook_id] = per_notebook.get(notebook_id, 0.0) + value
            for notebook_id in assignment.notebooks:
                row[notebook_id] = per_notebook.get(notebook_id, 0.0)
            penalty = submission.late_submission_penalty or 0.0
            row["seconds_late"] = round(submission.total_seconds_late or 0.0)
            row["late_penalty"] = penalty
            row["needs_manual_grade"] = bool(submission.needs_manual_grade)
            row["total"] = max(sum(per_notebook.values()) - penalty, 0.0)
            row["max_total"] = submission.max_score
            outcome = run["students"].get(student.id)
            failed = outcome["failed_notebooks"] if outcome else {}
            row["status"] = ("failed: " + (outcome["error"] or ", ".join(failed))) if outcome and (
                not outcome["graded"] or failed) else "graded"
            rows.append(row)
    return rows


def write_csv(rows, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        if not rows:
            handle.write("student_id\n")
            return path
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path
