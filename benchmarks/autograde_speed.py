"""Benchmark: bare `nbgrader autograde` against `./course autograde` on the same class.

Builds the demo class scaled to N submissions (default 100), grades one copy with bare
nbgrader (one process, one student after another) and another copy with this package,
in the same run, and prints seconds per submission, the ratio, and where the time of
one submission goes (kernel start, execution, kernel shutdown, database, conversion).

    .venv/bin/python benchmarks/autograde_speed.py [--students 100] [--workdir bench]

Prints figures; asserts nothing about speed.
"""
import argparse
import functools
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from autograder.course import load_assignment, nbgrader_env, run_nbgrader  # noqa: E402
from autograder.demo import prepare_demo_course  # noqa: E402

ASSIGNMENT = load_assignment()
# Left out of the timed class: bare nbgrader grades them differently by design
# (an unusable id, a corrupt notebook that fails the whole student).
NOT_COMPARABLE = {"bad id!", "corrupt"}


def scaled_class(root, students):
    """The demo course with its submissions copied round-robin up to ``students``."""
    prepare_demo_course(root)
    submitted = root / "submitted"
    for name in NOT_COMPARABLE:
        shutil.rmtree(submitted / name, ignore_errors=True)
    originals = sorted(p.name for p in submitted.iterdir())
    for index in range(students - len(originals)):
        original = originals[index % len(originals)]
        shutil.copytree(submitted / original, submitted / f"{original}-copy{index}")
    return len(list(submitted.iterdir()))


def timed(command, cwd):
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=nbgrader_env(), capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout[-2000:], result.stderr[-2000:])
    return time.perf_counter() - started


def profile_one_submission(root, student):
    """Seconds spent in each phase while nbgrader's Autograde grades one student in-process."""
    import nbclient.client
    import sqlalchemy.orm

    from autograder.course import load_course_config
    from autograder.parallel import run_autograde

    spent = defaultdict(float)

    def wrap_sync(owner, name, phase):
        original = getattr(owner, name)

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[phase] += time.perf_counter() - started
        setattr(owner, name, wrapper)
        return original

    # nbconvert's ExecutePreprocessor calls nbclient's synchronous wrappers, which hold
    # the original coroutines: patch the wrappers themselves.
    client = nbclient.client.NotebookClient
    originals = [
        (client, "start_new_kernel", wrap_sync(client, "start_new_kernel", "kernel start")),
        (client, "start_new_kernel_client", wrap_sync(client, "start_new_kernel_client", "kernel start")),
        (client, "execute_cell", wrap_sync(client, "execute_cell", "execution")),
        (client, "_cleanup_kernel", wrap_sync(client, "_cleanup_kernel", "kernel shutdown")),
        (sqlalchemy.orm.Session, "execute", wrap_sync(sqlalchemy.orm.Session, "execute", "database")),
        (sqlalchemy.orm.Session, "commit", wrap_sync(sqlalchemy.orm.Session, "commit", "database")),
    ]
    config = load_course_config(root, **{"CourseDirectory.root": str(root)})
    started = time.perf_counter()
    result = run_autograde(config, ASSIGNMENT.id, student)
    total = time.perf_counter() - started
    for owner, name, original in originals:
        setattr(owner, name, original)
    assert result["success"], result.get("error")
    spent["conversion and the rest"] = total - sum(spent.values())
    return total, dict(spent)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=100)
    parser.add_argument("--workdir", type=Path, default=REPO_ROOT / "bench")
    args = parser.parse_args()
    work = args.workdir.resolve()
    shutil.rmtree(work, ignore_errors=True)

    ours_root = work / "ours"
    count = scaled_class(ours_root, args.students)
    bare_root = work / "bare"
    shutil.copytree(ours_root, bare_root, symlinks=True)
    profile_root = work / "profile"
    shutil.copytree(ours_root, profile_root, symlinks=True)
    print(f"{count} submissions x {len(ASSIGNMENT.notebooks)} notebooks")

    bare = timed([str(Path(sys.executable).parent / "nbgrader"), "autograde", ASSIGNMENT.id, "--force"], bare_root)
    print(f"bare nbgrader autograde: {bare:7.1f} s  {bare / count:.2f} s/submission")
    ours = timed([sys.executable, "-m", "autograder", "--course", str(ours_root), "autograde", "--quiet"], REPO_ROOT)
    print(f"./course autograde:      {ours:7.1f} s  {ours / count:.2f} s/submission")
    print(f"speed-up: {bare / ours:.2f}x on {os.cpu_count()} cores")

    run_nbgrader(profile_root, "autograde", ASSIGNMENT.id, "--force", "--student=perfect", capture=True)
    total, phases = profile_one_submission(profile_root, "perfect")
    print(f"\nwhere one submission's {total:.2f} s go (in-process, {len(ASSIGNMENT.notebooks)} notebooks):")
    for phase, seconds in sorted(phases.items(), key=lambda item: -item[1]):
        print(f"  {phase:24} {seconds:6.2f} s  {100 * seconds / total:5.1f}%")
    print("  (bare nbgrader also pays its own process start-up once per run: about 1.7 s)")


if __name__ == "__main__":
    main()
