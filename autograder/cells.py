"""The notebooks' functions: which cells hold them, and which test cells test them
(test_<function> or test_<function>_<part>)."""


def is_function_cell(cell):
    """A code solution cell: the student writes one function of the contract there."""
    return cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution", False)


def function_names(cells):
    """The functions of a notebook (grade ids of its code solution cells), in order."""
    return [cell.metadata["nbgrader"]["grade_id"] for cell in cells if is_function_cell(cell)]


def owner_function(test_name, functions):
    """The function of ``functions`` that ``test_name`` tests (the longest matching name),
    or None. ``test_mixture_log_pdf_stability`` belongs to ``mixture_log_pdf``."""
    matches = [f for f in functions if test_name == f"test_{f}" or test_name.startswith(f"test_{f}_")]
    return max(matches, key=len, default=None)
