"""Which function a test cell belongs to: test_<function> or test_<function>_<part>."""


def owner_function(test_name, functions):
    """The function of ``functions`` that ``test_name`` tests (the longest matching name),
    or None. ``test_mixture_log_pdf_stability`` belongs to ``mixture_log_pdf``."""
    matches = [f for f in functions if test_name == f"test_{f}" or test_name.startswith(f"test_{f}_")]
    return max(matches, key=len, default=None)
