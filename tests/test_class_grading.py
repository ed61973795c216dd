"""The main job on the demo class: parallel autograde equal to bare nbgrader, bad input
reported and contained, feedback without secrets, grades CSV and report."""
import html
import json
import re
import shutil


from autograder.course import run_nbgrader
from harness import ASSIGNMENT, FUNCTIONS, gradebook_snapshot, secret_lines, snapshot_tree

NOTEBOOKS = list(FUNCTIONS)
FULL = {name: 16.0 for name in NOTEBOOKS}


def notebook_points(row):
    return {name: row[name] for name in NOTEBOOKS}


def test_demo_class_covers_the_cases(graded_demo):
    roster = graded_demo["roster"]
    assert len(roster) >= 12
    for student in ["perfect", "blank", "partial", "late", "missing", "corrupt", "renamed", "variants"]:
        assert student in roster
    assert sum(1 for s in roster if s.startswith("mistakes")) >= 3


def test_scores_are_what_each_demo_student_deserves(graded_demo):
    rows = graded_demo["rows"]
    assert notebook_points(rows["perfect"]) == FULL
    assert notebook_points(rows["variants"]) == FULL
    assert notebook_points(rows["sato.hanako-2@lab"]) == FULL
    assert notebook_points(rows["unlisted"]) == FULL
    assert all(v == 0 for v in notebook_points(rows["blank"]).values())
    assert notebook_points(rows["partial"]) == {**{n: 0.0 for n in NOTEBOOKS}, **{n: 16.0 for n in NOTEBOOKS[:2]}}
    for student in [s for s in rows if s.startswith("mistakes")]:
        assert all(v < 16 for v in notebook_points(rows[student]).values()), student
    assert notebook_points(rows["late"]) == FULL and rows["late"]["seconds_late"] > 0
    assert rows["perfect"]["seconds_late"] == 0
    assert notebook_points(rows["missing"]) == {**FULL, NOTEBOOKS[3]: 0.0}
    assert notebook_points(rows["corrupt"]) == {**FULL, NOTEBOOKS[2]: 0.0}
    assert notebook_points(rows["renamed"]) == {**FULL, NOTEBOOKS[1]: 0.0}
    assert "bad id!" not in rows
    # Written answers wait for a grader: nothing is given for them automatically.
    assert rows["perfect"]["needs_manual_grade"] and rows["perfect"]["total"] == 80


def test_the_summary_says_what_was_wrong_with_each_bad_submission(graded_demo):
    problems = "\n".join(graded_demo["summary"]["problems"])
    assert f"corrupt: {NOTEBOOKS[2]}.ipynb is not a readable notebook" in problems
    assert f"renamed: unknown notebook {NOTEBOOKS[1]} (1).ipynb (did they mean {NOTEBOOKS[1]}.ipynb?)" in problems
    assert "renamed: stray file memo.txt (ignored)" in problems
    assert f"missing: {NOTEBOOKS[3]}.ipynb missing; scored 0" in problems
    assert "unlisted: not on the roster (graded anyway)" in problems
    assert "'bad id!': unusable student id" in problems
    clean = ["perfect", "variants", "late", "partial", "blank"]
    assert not [line for line in graded_demo["summary"]["problems"] if line.split(":")[0] in clean]


def test_nothing_in_submitted_is_modified(graded_demo):
    assert snapshot_tree(graded_demo["root"] / "submitted") == graded_demo["submitted_before"]


def test_parallel_gradebook_equals_bare_sequential_nbgrader(demo_course, graded_demo, tmp_path):
    bare = tmp_path / "bare"
    shutil.copytree(demo_course[0], bare, symlinks=True)
    run_nbgrader(bare, "autograde", ASSIGNMENT.id, "--force", check=False, capture=True)
    ours, theirs = gradebook_snapshot(graded_demo["root"]), gradebook_snapshot(bare)
    # By design only these differ: bare nbgrader grades an unusable id, and stops grading a
    # student at a corrupt notebook; this package skips the first and grades the rest.
    different = {"bad id!", "corrupt"}
    assert set(ours) == set(theirs) - {"bad id!"}
    for student in set(ours) - different:
        assert ours[student] == theirs[student], student
    corrupt_ours = ours["corrupt"]["grades"]
    assert all(score == 0 for (nb, _), (score, _, _) in corrupt_ours.items() if nb == NOTEBOOKS[2])
    # Bare nbgrader stops at the corrupt notebook: the readable ones after it earn nothing.
    ours_points = sum(score or 0 for (nb, _), (score, _, _) in corrupt_ours.items() if nb != NOTEBOOKS[2])
    theirs_points = sum(score or 0 for score, _, _ in theirs["corrupt"]["grades"].values())
    assert ours_points > theirs_points


JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def visible_text(path):
    """What a browser shows of an HTML file: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def leaks(text, notebook, own_code=""):
    """Secret lines (hidden tests, rubric) found in ``text``, except lines the student
    wrote themselves (``own_code``: their submitted notebook)."""
    secrets = secret_lines(notebook)
    found = [line for kind in ("hidden", "rubric") for line in secrets[kind]
             if line in text and line not in own_code]
    found += [marker for marker in ("BEGIN HIDDEN TESTS", "MARK SCHEME", "autograder.checks") if marker in text]
    return found


def test_feedback_has_no_hidden_test_and_no_rubric(graded_demo):
    feedback = sorted((graded_demo["root"] / "feedback").rglob("*.html"))
    assert len(feedback) >= 10 * len(NOTEBOOKS)
    for path in feedback:
        student = path.relative_to(graded_demo["root"] / "feedback").parts[0]
        submitted = graded_demo["root"] / "submitted" / student / ASSIGNMENT.id / f"{path.stem}.ipynb"
        try:
            cells = json.loads(submitted.read_text(encoding="utf-8"))["cells"]
        except (OSError, ValueError, KeyError):  # missing or corrupt: no feedback of theirs to check
            cells = []
        own_code = "\n".join("".join(c.get("source", "")) for c in cells)
        assert not leaks(visible_text(path), path.stem, own_code), path


def test_the_leak_detector_finds_secrets_where_they_are(graded_demo, tmp_path):
    """Positive control: bare nbgrader's feedback of the same notebook shows hidden tests."""
    root = graded_demo["root"]
    config = (root / "nbgrader_config.py").read_text()
    bare = tmp_path / "bare"
    shutil.copytree(root, bare, symlinks=True)
    (bare / "nbgrader_config.py").write_text(config.split("# Feedback for students")[0])
    run_nbgrader(bare, "generate_feedback", ASSIGNMENT.id, "--force", "--student=perfect", capture=True)
    page = bare / "feedback" / "perfect" / ASSIGNMENT.id / f"{NOTEBOOKS[0]}.html"
    assert leaks(visible_text(page), NOTEBOOKS[0])


def test_feedback_shows_code_points_and_the_failing_message_in_japanese(graded_demo):
    root = graded_demo["root"] / "feedback"
    perfect = visible_text(root / "perfect" / ASSIGNMENT.id / f"{NOTEBOOKS[0]}.html")
    assert "採点結果の概要" in perfect and "def sample_latent(" in perfect and "rng.standard_normal" in perfect
    # Not graded by hand yet: the written answer is shown as waiting, not as 0 points.
    assert re.search(r"記述問題\s*採点待ち", perfect)
    mistaken = [visible_text(p) for p in sorted(root.glob(f"mistakes*/{ASSIGNMENT.id}/*.html"))]
    assert mistaken and all("採点結果の概要" in page for page in mistaken)
    # Each mistaken notebook names at least one failing check with its Japanese message.
    for page in mistaken:
        failures = re.findall(r"test_\w+: [^\n]*Error: [^\n]*", page)
        assert any(JAPANESE.search(line) for line in failures), page[:500]


def test_grades_csv_has_a_column_per_function_notebook_and_written_answer(graded_demo):
    header = (graded_demo["root"] / "reports" / "grades.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    for notebook, functions in FUNCTIONS.items():
        assert notebook in header and f"{notebook}/written" in header
        for function in functions:
            assert f"{notebook}/{function}" in header
    assert "total" in header and "status" in header
    # Function columns in the contract's order, as students meet them.
    in_order = [f"{nb}/{fn}" for nb, fns in FUNCTIONS.items() for fn in fns]
    assert [c for c in header if c in in_order] == in_order
    assert graded_demo["rows"]["corrupt"]["status"] == "graded"  # graded, with the broken notebook at 0


def test_report_lists_pass_rates_pending_hand_grading_and_problems(graded_demo):
    reports = graded_demo["root"] / "reports"
    page = visible_text(reports / "report.html")
    for notebook, functions in FUNCTIONS.items():
        for function in functions:
            assert f"{notebook}/{function}" in page
    assert "written_" in page and "corrupt" in page and "not a readable notebook" in page
    assert (reports / "scores.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_score_table_shows_totals_and_lateness(graded_demo, capsys):
    from autograder.__main__ import print_score_table

    print_score_table(sorted(graded_demo["rows"].values(), key=lambda row: row["student_id"]))
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:]}
    assert lines["perfect"][-2:] == ["80", "graded"]
    assert lines["late"][-3:-1] == [f"{graded_demo['rows']['late']['seconds_late'] / 3600:.1f}", "h"]
