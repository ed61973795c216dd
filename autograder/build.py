"""Build the student release and the reference solutions from source/ with nbgrader."""
from pathlib import Path

from .course import load_assignment, run_nbgrader


def build(course_root):
    """Register the assignment with its due date, then run generate_assignment and
    generate_solution. Writes release/<id>/ and solutions/<id>/ under ``course_root``."""
    course_root = Path(course_root)
    assignment = load_assignment()
    run_nbgrader(course_root, "db", "assignment", "add", assignment.id, f"--duedate={assignment.due}")
    run_nbgrader(course_root, "generate_assignment", assignment.id, "--force")
    run_nbgrader(course_root, "generate_solution", assignment.id, "--force")
    return course_root / "release" / assignment.id, course_root / "solutions" / assignment.id
