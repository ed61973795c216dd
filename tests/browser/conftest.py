"""Browser tests: real JupyterLab servers started with ``./course lab`` (the same code as
``python -m autograder lab``) on free ports, driven by Playwright in Debian's Chromium.

Nothing is skipped: without /usr/bin/chromium every test here fails and says how to
install it (.ci/run installs it on CI)."""
import functools
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from autograder.course import REPO_ROOT, nbgrader_env
from autograder.lab import free_port

import classroom
from lab_ui import Screenshots

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"
SERVER_START_SECONDS = 60

expect.set_options(timeout=20_000)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser tests drive Debian's Chromium. "
                    "Install it with `apt-get install -y chromium` (.ci/run does this on CI).", pytrace=False)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    # Wide enough for the Formgrader's tables next to JupyterLab's file browser.
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="ja-JP")
    context.set_default_timeout(20_000)
    yield context.new_page()
    context.close()


@pytest.fixture
def screenshots(page, request):
    """``screenshots("name")`` saves tests/browser/artifacts/<test>/NN-name.png."""
    return Screenshots(page, ARTIFACTS / request.node.name)


def _wait_until_serving(process, log, port):
    """The URL ``./course lab`` printed, once the server answers with its token."""
    deadline = time.monotonic() + SERVER_START_SECONDS
    url = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"./course lab exited with {process.returncode}:\n{log.read_text()[-3000:]}", pytrace=False)
        if url is None:
            first = log.read_text().partition("\n")[0]
            url = first.split(": ", 1)[1] if f":{port}/lab?token=" in first else None
        if url is not None:
            base, token = url.split("/lab?token=")
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as response:
                    if response.status == 200:
                        return url
            except OSError:
                pass
        time.sleep(0.2)
    pytest.fail(f"./course lab did not answer within {SERVER_START_SECONDS} s:\n{log.read_text()[-3000:]}",
                pytrace=False)


def _stop(process):
    """SIGTERM lets Jupyter shut its kernels down; then whatever is left of its group goes."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class Lab:
    """A ``./course lab`` process; ``url`` waits until it serves (so several labs can
    start side by side)."""

    def __init__(self, process, log, port):
        self.process, self.log, self.port = process, log, port

    @functools.cached_property
    def url(self):
        return _wait_until_serving(self.process, self.log, self.port)


@pytest.fixture
def start_lab(request):
    """``start_lab(course, student=None)`` runs ``./course --course COURSE lab [--student ID]``
    on a free port and returns a Lab; every lab stops after the test. Server logs go next
    to the test's screenshots."""
    processes = []
    folder = ARTIFACTS / request.node.name
    folder.mkdir(parents=True, exist_ok=True)

    def start(course, student=None):
        port = free_port()
        log = folder / f"lab-{f'student-{student}' if student else 'instructor'}.log"
        command = [sys.executable, "-m", "autograder", "--course", str(course), "lab", "--port", str(port)]
        command += ["--student", student] if student else []
        with open(log, "w") as output:
            process = subprocess.Popen(command, cwd=REPO_ROOT, env=nbgrader_env(), stdout=output,
                                       stderr=subprocess.STDOUT, start_new_session=True)
        processes.append(process)
        return Lab(process, log, port)

    yield start
    for process in processes:
        _stop(process)


@pytest.fixture(scope="session")
def released_course(built_course, tmp_path_factory):
    """The session's built course, copied and released to its own exchange; tests use
    copies of this one."""
    return classroom.release(built_course.root, tmp_path_factory.mktemp("lab-released") / "course")


@pytest.fixture
def fresh_course(released_course, tmp_path):
    return classroom.clone(released_course, tmp_path / "course")


@pytest.fixture
def graded_class(released_course, tmp_path):
    """A copy of the course where classroom.CLASS submitted through the exchange, and the
    instructor collected and autograded (a new one for each test: grading changes it)."""
    course = classroom.clone(released_course, tmp_path / "course")
    classroom.graded_class(course)
    return course


def pytest_terminal_summary(terminalreporter):
    shots = sorted(ARTIFACTS.glob("*/*.png")) if ARTIFACTS.exists() else []
    if shots:
        terminalreporter.write_line(f"browser tests: {len(shots)} screenshots and the labs' logs in {ARTIFACTS}")

