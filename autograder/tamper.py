"""Inspect a submitted notebook for tampering, in the trusted grading process.

Two kinds of findings:

- structural (test cells deleted, edited, duplicated, reordered, points or metadata
  changed): flagged only, because nbgrader's autograde puts the instructor's test cells
  back from the gradebook (OverwriteCells, add_missing_cells, DeduplicateIds);
- code that reaches outside the exercise (monkeypatching NumPy, math or builtins,
  IPython hooks, exits, imports of sys/os/..., dunder tricks): the cell is neutralised in
  the staged copy that is graded, so it cannot earn points, and the finding is flagged.
  A neutralised solution cell raises an error that names the reason, so the student's
  feedback says why that function earned nothing.

The scan is static on purpose: deciding before any student code runs leaves nothing in
the kernel for student code to switch off. No exercise in this assignment needs any of
the constructs it rejects.
"""
import ast
import builtins
from dataclasses import dataclass, field

from IPython.core.inputtransformer2 import TransformerManager

FORBIDDEN_MODULES = {
    "builtins", "sys", "os", "posix", "subprocess", "importlib", "ctypes", "gc", "inspect",
    "IPython", "ipykernel", "autograder", "signal", "socket", "shutil", "threading",
    "multiprocessing", "types", "code", "codeop", "atexit", "resource", "pty", "marshal",
    "pickle", "nbgrader", "unittest",
}
FORBIDDEN_CALLS = {
    "setattr", "delattr", "globals", "vars", "locals", "exec", "eval", "compile", "__import__",
    "get_ipython", "breakpoint", "input", "exit", "quit",
}
FORBIDDEN_EXCEPTIONS = {"SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseException"}
ALLOWED_DUNDER_METHODS = {"__init__", "__repr__", "__str__"}
BUILTIN_NAMES = set(dir(builtins))
SETUP_MODULE_NAMES = {"np", "numpy", "math", "os", "random"}


@dataclass
class Finding:
    cell: str          # grade_id, or "cell N" for a cell the student added
    message: str       # English, for the instructor's summary and report
    neutralised: bool = False


@dataclass
class Inspection:
    findings: list = field(default_factory=list)
    neutralised_sources: dict = field(default_factory=dict)   # cell index -> replacement source


def _python_source(source):
    """Cell source as Python (IPython magics and shell escapes become get_ipython calls)."""
    return TransformerManager().transform_cell(source)


def _root_name(node):
    while isinstance(node, (ast.Attribute, ast.Subscript, ast.Call)):
        node = node.value if not isinstance(node, ast.Call) else node.func
    return node.id if isinstance(node, ast.Name) else None


def code_problems(source):
    """Reasons (English) why this student code must not run; [] when it may."""
    try:
        tree = ast.parse(_python_source(source))
    except SyntaxError:
        return []  # a syntax error only hurts its own cell; nbgrader reports it
    problems = []
    module_level = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for name in names:
                if name.split(".")[0] in FORBIDDEN_MODULES:
                    problems.append(f"imports {name}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
            problems.append(f"calls {node.func.id}()")
        elif isinstance(node, ast.Attribute) and node.attr.startswith("__") and node.attr.endswith("__"):
            if node.attr not in ALLOWED_DUNDER_METHODS:
                problems.append(f"uses the attribute {node.attr}")
        elif isinstance(node, ast.Name) and node.id.startswith("__") and node.id.endswith("__"):
            problems.append(f"uses the name {node.id}")
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_MODULES:
            problems.append(f"uses {node.id}")
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            for target in targets:
                for element in (target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]):
                    if isinstance(element, ast.Attribute) and _root_name(element) != "self":
                        problems.append(f"assigns to the attribute {ast.unparse(element)}")
                    elif isinstance(element, ast.Name) and id(node) in module_level and (
                            element.id in BUILTIN_NAMES or element.id in SETUP_MODULE_NAMES):
                        problems.append(f"rebinds {element.id}")
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                if name in BUILTIN_NAMES or name in SETUP_MODULE_NAMES:
                    problems.append(f"declares global {name}")
        elif isinstance(node, ast.Raise) and node.exc is not None:
            name = _root_name(node.exc)
            if name in FORBIDDEN_EXCEPTIONS:
                problems.append(f"raises {name}")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if id(node) in module_level and node.name in BUILTIN_NAMES | SETUP_MODULE_NAMES:
                problems.append(f"defines {node.name}, shadowing a built-in")
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name.startswith("__")
                            and item.name.endswith("__") and item.name not in ALLOWED_DUNDER_METHODS):
                        problems.append(f"defines the special method {item.name}")
    return sorted(set(problems))


def _meta(cell):
    return cell.get("metadata", {}).get("nbgrader", {})


def _graded_ids(notebook):
    return [_meta(c)["grade_id"] for c in notebook.cells
            if _meta(c).get("grade_id") and (_meta(c).get("grade") or _meta(c).get("solution") or _meta(c).get("task"))]


def inspect(submitted, release):
    """Findings for ``submitted`` (a notebook node) against its ``release`` version, and
    the replacement sources for the cells that must not run."""
    inspection = Inspection()
    released = {_meta(c)["grade_id"]: c for c in release.cells if _meta(c).get("grade_id")}
    instructor_code = {c.get("source") for c in release.cells if c.get("cell_type") == "code"}
    submitted_ids = _graded_ids(submitted)
    release_ids = _graded_ids(release)

    for grade_id in release_ids:
        count = submitted_ids.count(grade_id)
        if count == 0:
            inspection.findings.append(Finding(grade_id, "cell deleted or its metadata stripped (restored for grading)"))
        elif count > 1:
            inspection.findings.append(Finding(grade_id, f"cell duplicated {count} times (one kept for grading)"))
    present = [g for g in dict.fromkeys(submitted_ids) if g in release_ids]
    if present != [g for g in release_ids if g in present]:
        inspection.findings.append(Finding("notebook", "graded cells reordered"))

    for index, cell in enumerate(submitted.cells):
        meta = _meta(cell)
        grade_id = meta.get("grade_id")
        original = released.get(grade_id)
        label = grade_id or f"cell {index + 1}"
        if original is not None:
            original_meta = _meta(original)
            for key in ("points", "grade", "solution", "locked", "task"):
                if meta.get(key) != original_meta.get(key):
                    inspection.findings.append(Finding(label, f"metadata {key} changed from "
                                                              f"{original_meta.get(key)!r} to {meta.get(key)!r} (restored)"))
            if original_meta.get("locked") and cell.get("source") != original.get("source"):
                inspection.findings.append(Finding(label, "locked cell edited (restored for grading)"))
            if original_meta.get("locked"):
                continue  # nbgrader puts the instructor's version back; it is not student code
        if cell.get("cell_type") != "code" or cell.get("source") in instructor_code:
            continue  # unchanged instructor code (setup, plots) is not the student's
        problems = code_problems(cell.get("source", ""))
        if problems:
            reason = "; ".join(problems)
            inspection.findings.append(Finding(label, f"code not allowed: {reason} (cell not run)", True))
            inspection.neutralised_sources[index] = _replacement(reason, is_solution=bool(meta.get("solution")))
    return inspection


def _replacement(reason, is_solution):
    message = f"採点前の検査で、このセルに許可されていない操作が見つかったため実行しませんでした（{reason}）。"
    if is_solution:
        return f"raise RuntimeError({message!r})"
    return "# " + message
