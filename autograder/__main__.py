"""Command line: ``./course COMMAND`` (or ``python -m autograder COMMAND``)."""
import argparse
import subprocess
import sys

from .build import build
from .course import REPO_ROOT


def cmd_build(args):
    release, solutions = build(REPO_ROOT)
    print(f"release:   {release}\nsolutions: {solutions}")


def cmd_test(args):
    return subprocess.call([sys.executable, "-m", "pytest", *args.pytest_args], cwd=REPO_ROOT)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="./course", description="latent_mixture course tools")
    commands = parser.add_subparsers(dest="command", required=True)

    commands.add_parser("build", help="generate release/ and solutions/ from source/").set_defaults(run=cmd_build)
    test = commands.add_parser("test", help="run the tests (arguments go to pytest)")
    test.add_argument("pytest_args", nargs=argparse.REMAINDER)
    test.set_defaults(run=cmd_test)

    args = parser.parse_args(argv)
    return args.run(args) or 0


if __name__ == "__main__":
    sys.exit(main())
