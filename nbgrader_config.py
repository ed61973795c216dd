"""nbgrader configuration for the course directory (this folder, or a copy of it).

nbgrader reads this file from the folder it is started in; every path below is
relative to that folder.
"""
import os

c = get_config()  # noqa: F821  (provided by traitlets when nbgrader loads this file)

COURSE_ROOT = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.course_id = "dgm_latent_mixture"
c.CourseDirectory.root = COURSE_ROOT
c.CourseDirectory.solution_directory = "solutions"
# Only folders that hold a real submission become students (see notes: create_student).
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*"]

# The exchange lives inside the course folder so that nothing needs configuring.
c.Exchange.root = os.path.join(COURSE_ROOT, "exchange")
# Exchange.timezone stays UTC: with "Asia/Tokyo", `nbgrader submit` stamps "JST", which
# nbgrader reads back as UTC, and every submission would be recorded nine hours late.
# Due dates carry their own offset (assignments/latent_mixture.toml).

# What students see in place of the solutions.
c.ClearSolutions.code_stub = {
    "python": "# ここに実装を書いてください。\nraise NotImplementedError()",
}
c.ClearSolutions.text_stub = "ここに解答を書いてください。"

# Solutions for students after the deadline: no hidden tests, no rubric, no outputs.
c.GenerateSolution.preprocessors = [
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.LockCells",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbgrader.preprocessors.ClearHiddenTests",
]

# Autograding: a deleted or stripped test cell is put back rather than silently skipped.
c.OverwriteCells.add_missing_cells = True
c.Execute.timeout = 30
# Every kernel that nbgrader starts here to run a submission (autograde, including the
# Formgrader's button, and validate) runs in the sandbox: autograder/sandbox.py.
if os.name == "posix":
    c.Execute.kernel_manager_class = "autograder.kernel.SandboxedKernelManager"
# Tracebacks show only the exception and its message: a failing hidden test reports what
# was expected and what came back, never its own source lines (in feedback and Validate).
c.Execute.extra_arguments = ["--InteractiveShell.xmode=Minimal"]

# Feedback for students: no hidden test, no rubric, and a Japanese summary per function.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "autograder.feedback.FeedbackSummary",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# nbgrader's autograde steps, plus a byte limit on each cell's output (LimitOutput only
# counts lines): a 50 MB print cannot flood the autograded notebook or the feedback.
c.Autograde.autograde_preprocessors = [
    "nbgrader.preprocessors.Execute",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "autograder.output.LimitOutputBytes",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
