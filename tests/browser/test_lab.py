"""Students, instructors and TAs in a real browser: ``./course lab`` with nbgrader's
extensions, driven headless. Screenshots of every step go to tests/browser/artifacts/."""
import datetime
import re

import nbformat
from nbgrader.api import Gradebook
from nbgrader.utils import parse_utc
from playwright.sync_api import expect

import classroom
import lab_ui
from autograder.demo import fill_solutions, reference_solutions
from autograder.lab import student_home
from harness import ASSIGNMENT

NOTEBOOK = "02_decoder"
FUNCTION = "linear_decode"
STUDENT = "aoki"
COURSE_ID = "dgm_latent_mixture"  # nbgrader_config.py
MAX_POINTS = ASSIGNMENT.autograded_points + ASSIGNMENT.manual_points
# What the visible test says when linear_decode returns (1,) instead of a single number.
JAPANESE_FAILURE = "(d,) の z と (d,) の weights では 1 つの数が返るはずですが、形状 (1,) でした。"
WRITTEN_TASK = ("01_latent_sampling", "written_latent_design")
COMMENT = "次元数の影響はよく書けています。分散を小さくしたときの具体的な出力にも触れましょう。"


def test_student_fetches_validates_and_submits(start_lab, page, screenshots, fresh_course):
    lab_ui.open_lab(page, start_lab(fresh_course, student=STUDENT).url, "student")
    # A student's Nbgrader menu has the Assignments tab, and no grading tools.
    page.locator("#jp-MainMenu").get_by_text("Nbgrader", exact=True).click()
    for command in ("open-formgrader", "open-create-assignment", "open-course-list"):
        expect(page.locator(f'#jp-mainmenu-nbgrader li[data-command="nbgrader:{command}"]')).to_be_hidden()
    screenshots("nbgrader-menu")
    page.keyboard.press("Escape")

    # Assignments tab: fetch the released assignment.
    lab_ui.nbgrader_menu(page, "open-assignment-list")
    released = lab_ui.assignment_rows(page, "released", 1)
    expect(released.first.locator(".item_name")).to_have_text(ASSIGNMENT.id)
    screenshots("assignments-released")
    released.first.locator(".item_status button", has_text="Fetch").click()
    fetched = lab_ui.assignment_rows(page, "fetched", 1)
    folder = student_home(fresh_course, STUDENT) / ASSIGNMENT.id
    assert sorted(p.stem for p in folder.glob("*.ipynb")) == ASSIGNMENT.notebooks

    # Every other function already done (as if by the student earlier); linear_decode is
    # typed in the browser below.
    source = nbformat.read(str(fresh_course / "source" / ASSIGNMENT.id / f"{NOTEBOOK}.ipynb"), 4)
    reference = reference_solutions(source)
    path = folder / f"{NOTEBOOK}.ipynb"
    earlier = {name: code for name, code in reference.items() if name != FUNCTION}
    nbformat.write(fill_solutions(nbformat.read(str(path), 4), earlier, "ここに考察を書きました。"), str(path))

    fetched.first.locator("a.assignment-notebooks-link").click()
    notebooks = page.locator(f"#nbgrader-{COURSE_ID}-{ASSIGNMENT.id}")
    expect(notebooks).to_have_class(re.compile(r"\bin\b"))  # expanded
    screenshots("assignments-fetched")
    notebooks.locator(".item_name a", has_text=NOTEBOOK).click()
    lab_ui.wait_kernel_idle(page)

    lab_ui.replace_cell_source(page, f"def {FUNCTION}(", reference[FUNCTION])
    errors = lab_ui.run_all(page)
    assert not errors, f"Run All shows errors or warnings with the reference solution: {errors}"
    lab_ui.code_cell(page, f"def {FUNCTION}(").scroll_into_view_if_needed()
    screenshots("ran-all")
    passed = lab_ui.validate(page, screenshots, "validate-success")
    assert "Success! Your notebook passes all the tests." in passed, passed

    # A typical mistake: Validate names what is wrong, in Japanese.
    lab_ui.replace_cell_source(page, f"def {FUNCTION}(", classroom.mutant(classroom.MISTAKE))
    failed = lab_ui.validate(page, screenshots, "validate-failure")
    assert "The following cell failed" in failed and JAPANESE_FAILURE in failed, failed

    # Fixed again, saved, then submitted from the Assignments tab.
    lab_ui.replace_cell_source(page, f"def {FUNCTION}(", reference[FUNCTION])
    lab_ui.save(page)
    page.locator(".lm-TabBar-tab", has_text="Assignments").click()
    lab_ui.assignment_rows(page, "fetched", 1).first.locator(".item_status button", has_text="Submit").click()
    submitted = lab_ui.assignment_rows(page, "submitted", 1)
    expect(submitted.first.locator(".item_name").first).to_have_text(ASSIGNMENT.id)
    screenshots("submitted")

    # Filed in the exchange under the student's id, at the right time, with the fix.
    inbound = list((fresh_course / "exchange" / COURSE_ID / "inbound").iterdir())
    assert [p.name.split("+")[:2] for p in inbound] == [[STUDENT, ASSIGNMENT.id]]
    stamped = parse_utc((inbound[0] / "timestamp.txt").read_text())
    now = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)
    assert abs((now - stamped).total_seconds()) < 600, (stamped, now)
    handed_in = nbformat.read(str(inbound[0] / f"{NOTEBOOK}.ipynb"), 4)
    assert any(cell.source == reference[FUNCTION] for cell in handed_in.cells)


def scores(course):
    """{student: "score / max"} as the Formgrader prints a submission's total."""
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        return {student: "{:g} / {:g}".format(sub.score, sub.max_score)
                for student in classroom.CLASS
                for sub in [gradebook.find_submission(ASSIGNMENT.id, student)]}


def test_instructor_grades_and_ta_releases_feedback(start_lab, page, screenshots, graded_class):
    course = graded_class
    instructor, baba = start_lab(course), start_lab(course, student="baba")  # side by side
    lab_ui.open_lab(page, instructor.url, "instructor")
    formgrader = lab_ui.formgrader(page)
    screenshots("formgrader")

    # Instructor: the class's autograded scores, as in the gradebook.
    before = scores(course)
    assert before["baba"] == f"{ASSIGNMENT.autograded_points:g} / {MAX_POINTS:g}", before
    lab_ui.follow(formgrader, str(len(classroom.CLASS)), "Manage Submissions", within="td.num-submissions")
    rows = lab_ui.table_rows(formgrader, "student-id")
    assert {student: row["Score"] for student, row in rows.items()} == before
    assert rows["baba"]["Student Name"] == "{}, {}".format(*classroom.CLASS["baba"][:2])
    screenshots("submissions")

    # Instructor: grade baba's written answer in 01 with points and a comment.
    notebook, task = WRITTEN_TASK
    lab_ui.follow(formgrader, "Manual Grading", "Manual Grading")
    lab_ui.follow(formgrader, ASSIGNMENT.id, "Manual Grading", within="table")
    lab_ui.follow(formgrader, notebook, "Manual Grading", within="table")
    formgrader.locator("td.name").first.wait_for()
    formgrader.locator("#toggle_names").click()
    last, first, _ = classroom.CLASS["baba"]
    formgrader.locator("td.name a.name-shown", has_text=f"{last}, {first}").click()
    score = formgrader.locator(f"input.score#{task}")
    score.scroll_into_view_if_needed()
    score.fill("3")
    comment = formgrader.locator(f"textarea#{task}-comment")
    comment.fill(COMMENT)
    comment.press("Tab")  # the Formgrader saves a field when it loses focus
    cell = formgrader.locator(".nbgrader_cell", has=formgrader.locator(f"input.score#{task}"))
    expect(cell.locator(".score-saved")).to_be_visible()
    expect(cell.locator(".comment-saved")).to_be_visible()
    screenshots("written-answer-graded")

    # The total follows: 3 more points for baba, everyone else unchanged.
    lab_ui.follow(formgrader, "Manual Grading", "Manual Grading", within=".breadcrumb")
    lab_ui.follow(formgrader, "Manage Assignments", "Manage Assignments")
    lab_ui.follow(formgrader, str(len(classroom.CLASS)), "Manage Submissions", within="td.num-submissions")
    rows = lab_ui.table_rows(formgrader, "student-id")
    expected = dict(before, baba=f"{ASSIGNMENT.autograded_points + 3:g} / {MAX_POINTS:g}")
    assert {student: row["Score"] for student, row in rows.items()} == expected
    screenshots("submissions-after-grading")

    # TA: generate and release feedback for the assignment from Manage Assignments.
    lab_ui.follow(formgrader, "Manage Assignments", "Manage Assignments")
    for action in ("generate-feedback", "release-feedback"):
        formgrader.locator(f"td.{action} a").click()
        dialog = formgrader.locator("#success-modal, #error-modal")
        expect(dialog).to_be_visible(timeout=120_000)
        expect(dialog).to_have_css("opacity", "1")  # faded in, for the screenshot
        screenshots(action)
        assert dialog.get_attribute("id") == "success-modal", dialog.inner_text()
        dialog.locator(".modal-footer button", has_text="OK").click()
        expect(dialog).to_have_count(0)

    # baba, in their own lab, fetches the feedback and finds the comment.
    lab_ui.open_lab(page, baba.url, "baba")
    lab_ui.nbgrader_menu(page, "open-assignment-list")
    submitted = lab_ui.assignment_rows(page, "submitted", 1)
    expect(submitted.first).to_contain_text("(feedback available to fetch)")
    submitted.first.locator(".item_status button", has_text="Fetch Feedback").click()
    page.locator("#submitted_assignments_list a", has_text="(view feedback)").click()
    expect(page.locator(".jp-DirListing-item", has_text=f"{notebook}.html")).to_be_visible()
    screenshots("student-fetched-feedback")
    pages = list((student_home(course, "baba") / ASSIGNMENT.id / "feedback").rglob(f"{notebook}.html"))
    assert len(pages) == 1, pages
    assert COMMENT in pages[0].read_text(encoding="utf-8")
    page.goto(pages[0].as_uri())
    page.get_by_text(COMMENT).scroll_into_view_if_needed()
    screenshots("student-feedback")
