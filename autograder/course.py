"""The course directory and how to run nbgrader in it."""
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

REPO_ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENT_FILE = REPO_ROOT / "assignments" / "latent_mixture.toml"


@dataclass(frozen=True)
class Assignment:
    id: str
    title: str
    due: str
    notebooks: list
    autograded_points: float
    manual_points: float


def load_assignment(path=ASSIGNMENT_FILE):
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    return Assignment(**data)


def load_course_config(course_root, **overrides):
    """The course's nbgrader_config.py, with ``overrides`` ({"Class.trait": value}) on top."""
    config = PyFileConfigLoader("nbgrader_config.py", path=str(course_root)).load_config()
    extra = Config()
    for dotted, value in overrides.items():
        section, trait = dotted.split(".")
        extra[section][trait] = value
    config.merge(extra)
    return config


def gradebook_url(course_root):
    """The gradebook's database URL as nbgrader sees it for ``course_root``."""
    config = load_course_config(course_root, **{"CourseDirectory.root": str(Path(course_root).resolve())})
    return CourseDirectory(config=config).db_url


def nbgrader_env():
    """The environment for nbgrader: this interpreter's bin first on PATH (alembic)."""
    env = dict(os.environ)
    bin_dir = str(Path(sys.executable).parent)
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    return env


def run_nbgrader(course_root, *args, check=True, capture=False):
    """Run ``nbgrader ARGS`` in ``course_root`` (nbgrader reads nbgrader_config.py from there)."""
    command = [str(Path(sys.executable).parent / "nbgrader"), *map(str, args)]
    process = subprocess.run(command, cwd=course_root, env=nbgrader_env(), text=True, capture_output=capture)
    if check and process.returncode != 0:
        if capture:  # otherwise nbgrader's own messages are lost with the output
            sys.stderr.write(process.stdout[-5000:] + process.stderr[-5000:])
        raise subprocess.CalledProcessError(process.returncode, command, process.stdout, process.stderr)
    return process


def copy_course(destination, *, with_generated=True):
    """Copy what a course directory needs (config, source, assignments, and optionally
    release/solutions) to ``destination``; used for scratch courses and the demo."""
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO_ROOT / "nbgrader_config.py", destination / "nbgrader_config.py")
    folders = ["source", "assignments"] + (["release", "solutions"] if with_generated else [])
    for folder in folders:
        if (REPO_ROOT / folder).exists():
            shutil.copytree(REPO_ROOT / folder, destination / folder, dirs_exist_ok=True)
    return destination
