"""How long each source notebook's cells take (reference solution, visible and hidden
tests), as during autograding: plots skipped. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/notebook_times.py [--repeat 3]
"""
import argparse
import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from autograder.course import load_assignment  # noqa: E402

ASSIGNMENT = load_assignment()


def time_notebook(path):
    """(seconds for the cells, seconds with kernel start and shutdown) of one run."""
    notebook = nbformat.read(str(path), as_version=4)
    client = NotebookClient(notebook, timeout=60, kernel_name="python3")
    started = time.perf_counter()
    with client.setup_kernel():
        cells_started = time.perf_counter()
        for index, cell in enumerate(notebook.cells):
            client.execute_cell(cell, index)
        cells = time.perf_counter() - cells_started
    return cells, time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ["NBGRADER_EXECUTION"] = "autograde"
    print(f"{'notebook':22} {'cells (best)':>13} {'with kernel (best)':>19}")
    for name in ASSIGNMENT.notebooks:
        runs = [time_notebook(REPO_ROOT / "source" / ASSIGNMENT.id / f"{name}.ipynb") for _ in range(args.repeat)]
        print(f"{name:22} {min(r[0] for r in runs):12.2f}s {min(r[1] for r in runs):18.2f}s")


if __name__ == "__main__":
    main()
