"""The TA's side of the exchange: hand feedback back to the students who submitted."""
from pathlib import Path

from .course import run_nbgrader


def release_feedback(course_root, assignment_id):
    """Release generated feedback to the exchange, for every student who submitted through it.

    ``nbgrader release_feedback`` files each page under a hash of the student's
    ``submission_secret.txt`` (written by ``nbgrader collect``) and stops at the first
    student without one: a submission imported from an LMS or copied into submitted/ by
    hand. Those students are skipped here and returned, so the batch goes on.
    """
    feedback = Path(course_root) / "feedback"
    students = sorted(p.parent.name for p in feedback.glob(f"*/{assignment_id}")) if feedback.is_dir() else []
    not_on_exchange = [s for s in students
                       if not (feedback / s / assignment_id / "submission_secret.txt").is_file()]
    on_exchange = [s for s in students if s not in not_on_exchange]
    if on_exchange and not not_on_exchange:
        run_nbgrader(course_root, "release_feedback", assignment_id, capture=True)
    else:
        for student in on_exchange:
            run_nbgrader(course_root, "release_feedback", assignment_id, f"--student={student}", capture=True)
    return on_exchange, not_on_exchange


def print_release(on_exchange, not_on_exchange):
    print(f"feedback released to the exchange for {len(on_exchange)} student(s)")
    if not_on_exchange:
        print(f"{len(not_on_exchange)} student(s) did not submit through the exchange; hand their "
              f"feedback/<student>/ folders out another way (e.g. the LMS): {', '.join(not_on_exchange)}")
