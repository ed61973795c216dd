"""JupyterLab for the course with nbgrader's extensions: the instructor's lab on the course
directory (Formgrader, Create Assignment, Validate), or one student's lab in that student's
own working folder (Assignments tab and Validate, through the course's exchange).

Every lab listens on 127.0.0.1 only, with a fresh random token, and has its own HOME and
Jupyter folders under ``<course>/.lab/`` so nothing is written to the user's real home.
"""
import json
import os
import secrets
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from .course import load_course_config, nbgrader_env
from .submissions import STUDENT_ID

LAB_DIR = ".lab"  # hidden: the file browser and nbgrader's course folders skip it

# What a student must not have: grading tools, and the instructor's course list.
STUDENT_DISABLED_LAB_PLUGINS = [
    "@jupyter/nbgrader:formgrader",
    "@jupyter/nbgrader:create-assignment",
    "@jupyter/nbgrader:course-list",
]
STUDENT_DISABLED_SERVER_EXTENSIONS = [
    "nbgrader.server_extensions.formgrader",
    "nbgrader.server_extensions.course_list",
]


@dataclass(frozen=True)
class Lab:
    root: Path      # the folder the lab's file browser opens on
    home: Path      # HOME for the server and its kernels
    port: int
    token: str

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/lab?token={self.token}"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _write_json(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def _prepare_home(home):
    """A HOME with no Jupyter news prompt (a question students should not have to answer)."""
    settings = (home / ".jupyter" / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
                / "notification.jupyterlab-settings")
    if not settings.exists():  # keep whatever the person chose later in Settings
        _write_json(settings, {"fetchNews": "false", "checkForUpdates": False})


def _exchange(course):
    """The course's exchange folder, created writable by everyone (nbgrader requires it)."""
    exchange = Path(load_course_config(course).Exchange.root)
    exchange.mkdir(parents=True, exist_ok=True)
    exchange.chmod(0o777)
    return exchange


def instructor_lab(course, port=None):
    course = Path(course).resolve()
    _exchange(course)
    home = course / LAB_DIR / "instructor"
    _prepare_home(home)
    return Lab(root=course, home=home, port=port or free_port(), token=secrets.token_urlsafe(32))


def student_home(course, student):
    """The student's own working folder, also their HOME as on a real account (so their
    own nbgrader cache), whose ~/.jupyter/nbgrader_config.py points at the course's
    exchange under ``student``'s id: nbgrader would otherwise file every submission under
    the Unix user name. Students get no Formgrader and no Create Assignment.

    The exchange's timezone stays nbgrader's default (UTC) on purpose: with "Asia/Tokyo"
    submissions are stamped "JST", which nbgrader cannot parse back and reads as UTC, so
    every submission would be recorded nine hours late."""
    if not STUDENT_ID.match(student):
        raise ValueError(f"not a usable student id: {student!r} (letters, digits and . _ @ - only)")
    course = Path(course).resolve()
    config = load_course_config(course)
    exchange = _exchange(course)
    home = course / LAB_DIR / "students" / student
    _prepare_home(home)
    jupyter = home / ".jupyter"
    (jupyter / "nbgrader_config.py").write_text(
        "# Written by ./course lab --student: this student's view of the course.\n"
        "c = get_config()  # noqa: F821\n"
        f"c.Exchange.root = {str(exchange)!r}\n"
        f"c.CourseDirectory.course_id = {config.CourseDirectory.course_id!r}\n"
        "# Submissions are filed under this id, not under the Unix user name.\n"
        f"c.CourseDirectory.student_id = {student!r}\n"
        # With the course's minimal tracebacks, Validate's dialog starts with a failing
        # test's Japanese message instead of burying it under the test's source lines.
        "# Validate shows each failing test's message as the feedback does (no long traceback).\n"
        f"c.Execute.extra_arguments = {list(config.Execute.get('extra_arguments', []))!r}\n",
        encoding="utf-8")
    _write_json(jupyter / "labconfig" / "page_config.json",
                {"disabledExtensions": {name: True for name in STUDENT_DISABLED_LAB_PLUGINS}})
    _write_json(jupyter / "jupyter_server_config.json",
                {"ServerApp": {"jpserver_extensions": {name: False for name in STUDENT_DISABLED_SERVER_EXTENSIONS}}})
    return home


def student_lab(course, student, port=None):
    home = student_home(course, student)
    return Lab(root=home, home=home, port=port or free_port(), token=secrets.token_urlsafe(32))


def home_environment(home):
    """The environment of anything that runs as the person whose HOME is ``home``: the lab
    server, its kernels, and nbgrader commands run on their behalf."""
    env = nbgrader_env()  # the venv's bin on PATH: nbgrader runs alembic, Formgrader runs nbgrader
    env.update({
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
        "JUPYTER_DATA_DIR": str(home / ".local" / "share" / "jupyter"),
        "JUPYTER_RUNTIME_DIR": str(home / ".local" / "share" / "jupyter" / "runtime"),
        "IPYTHONDIR": str(home / ".ipython"),
    })
    for leftover in ("JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR", "JUPYTER_TOKEN"):
        env.pop(leftover, None)  # they would point back into the user's own folders
    return env


def server_command(lab):
    """(argv, env) that start ``lab``'s server in the foreground."""
    env = home_environment(lab.home)
    env["JUPYTER_TOKEN"] = lab.token  # from the environment: on the command line `ps` would show it
    argv = [
        str(Path(sys.executable).parent / "jupyter"), "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={lab.port}",
        "--ServerApp.port_retries=0",  # never move silently to a port other than the printed one
        f"--ServerApp.root_dir={lab.root}",
    ]
    if os.geteuid() == 0:
        argv.append("--allow-root")  # containers and CI machines often run as root
    return argv, env


def run(lab, who, hint=None):
    """Print where the lab is, then become its server (Ctrl+C twice stops it)."""
    argv, env = server_command(lab)
    print(f"{who}: {lab.url}", flush=True)
    print(f"  files: {lab.root}\n  (127.0.0.1 only; the token changes at every start)", flush=True)
    if hint:
        print(f"  {hint}", flush=True)
    os.chdir(lab.root)
    os.execve(argv[0], argv, env)
