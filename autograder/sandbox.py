"""Run each grading kernel in a sandbox: bubblewrap namespaces plus resource limits.

The kernel that executes a student's notebook sees only what it needs to run: the
system's /usr, the Python installation, the virtual environment, the ``autograder``
package and a small private /tmp. It cannot see source/, solutions/, the gradebook, other
students' submissions or anybody's home; it has no network (its own empty network
namespace; it talks to nbgrader over Unix sockets in a folder made for it); memory,
CPU time, wall time, file size and the number of processes are bounded; and when the
kernel ends, its PID namespace ends and every process it started is gone.

Two pieces:

- ``autograder.kernel.SandboxedKernelManager`` (set as nbgrader's
  ``Execute.kernel_manager_class`` by the grading workers) prefixes the kernel's command
  with this module's launcher and uses Unix-socket (ipc) transport;
- this module, the launcher, ``python -m autograder.sandbox [limits] -- KERNEL COMMAND``: sets the
  resource limits, starts bubblewrap, forwards interrupts to the kernel, and kills the
  whole sandbox when it runs too long or starts too many processes.

Without bubblewrap (macOS, Windows, a kernel without user namespaces) the launcher still
applies the resource limits, and grading warns loudly that it is not isolated.
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Limits:
    memory_bytes: int = 2 * 1024**3      # address space of each process
    cpu_seconds: int = 120               # CPU time of each process
    wall_seconds: float = 300.0          # one notebook's kernel, start to end
    max_processes: int = 32              # processes alive in the sandbox at once
    file_bytes: int = 64 * 1024**2       # largest file the kernel may write
    tmp_bytes: int = 256 * 1024**2       # size of the private /tmp


@lru_cache(maxsize=1)
def isolation_available():
    """True when bubblewrap can create the namespaces we use on this machine."""
    if not sys.platform.startswith("linux") or not shutil.which("bwrap"):
        return False
    probe = ["bwrap", "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "true"]
    try:
        return subprocess.run(probe, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _readonly_roots():
    """What the kernel must read: the system, the Python installation, the venv, the package."""
    roots = ["/usr", "/etc/alternatives", "/etc/ld.so.cache", "/etc/localtime",
             sys.base_prefix, sys.prefix, str(PACKAGE_DIR)]
    seen, result = set(), []
    for root in roots:
        path = os.path.realpath(root)
        if os.path.exists(path) and path not in seen:
            seen.add(path)
            result.append(path)
    return result


def bwrap_command(command, limits, shared_dir, info_fd):
    """bubblewrap arguments that run ``command`` isolated, with ``shared_dir`` (the Unix
    sockets and the connection file) as the only host folder it may write."""
    args = ["bwrap", "--unshare-all", "--die-with-parent", "--as-pid-1", "--uid", "65534", "--gid", "65534",
            "--proc", "/proc", "--dev", "/dev",
            "--size", str(limits.tmp_bytes), "--tmpfs", "/tmp",
            "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib"]
    if os.path.exists("/usr/lib64"):
        args += ["--symlink", "usr/lib64", "/lib64"]
    for root in _readonly_roots():
        args += ["--ro-bind", root, root]
    args += ["--bind", shared_dir, shared_dir,
             "--chdir", "/tmp", "--clearenv",
             "--setenv", "HOME", "/tmp", "--setenv", "PATH", f"{sys.prefix}/bin:/usr/bin:/bin",
             "--setenv", "LANG", "C.UTF-8", "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
             "--setenv", "MPLBACKEND", "Agg", "--setenv", "OPENBLAS_NUM_THREADS", "1"]
    for name in ("NBGRADER_EXECUTION", "NBGRADER_VALIDATING", "JPY_PARENT_PID", "JPY_INTERRUPT_EVENT"):
        if name in os.environ:
            args += ["--setenv", name, os.environ[name]]
    return args + ["--info-fd", str(info_fd), "--", *command]


# ---------------------------------------------------------------- launcher side

def _die_with_parent():
    """Linux: get SIGKILL when the process that started us dies (a killed grading run)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _set_limits(limits):
    import resource

    for name, value in (("RLIMIT_AS", limits.memory_bytes), ("RLIMIT_CPU", limits.cpu_seconds),
                        ("RLIMIT_FSIZE", limits.file_bytes), ("RLIMIT_CORE", 0)):
        if hasattr(resource, name):
            resource.setrlimit(getattr(resource, name), (value, value))


def _processes_in_namespace(namespace):
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.readlink(f"/proc/{entry}/ns/pid") == namespace:
                    count += 1
            except OSError:
                pass
    return count


def _read_child_pid(read_fd):
    with os.fdopen(read_fd, "rb") as info:
        data = info.read()
    try:
        return json.loads(data.decode() or "{}").get("child-pid")
    except ValueError:
        return None


def launch(command, limits, shared_dir):
    """Run ``command`` (the kernel) in the sandbox; return its exit status."""
    _die_with_parent()
    if not isolation_available():
        _set_limits(limits)
        os.execvp(command[0], command)
    read_fd, write_fd = os.pipe()
    # Its own session: jupyter_client interrupts by signalling our process group, and
    # bubblewrap would die of that SIGINT; we forward it to the kernel instead.
    child = subprocess.Popen(bwrap_command(command, limits, shared_dir, write_fd), pass_fds=(write_fd,),
                             start_new_session=True, preexec_fn=lambda: _set_limits(limits))
    os.close(write_fd)
    kernel_pid = _read_child_pid(read_fd)
    namespace = None
    if kernel_pid:
        try:
            namespace = os.readlink(f"/proc/{kernel_pid}/ns/pid")
        except OSError:
            namespace = None

    def forward(signum, _frame):
        if kernel_pid:
            try:
                os.kill(kernel_pid, signum)
            except ProcessLookupError:
                pass

    def stop(_signum, _frame):
        child.kill()

    signal.signal(signal.SIGINT, forward)
    signal.signal(signal.SIGTERM, stop)
    started = time.monotonic()
    while child.poll() is None:
        too_long = time.monotonic() - started > limits.wall_seconds
        too_many = namespace and _processes_in_namespace(namespace) > limits.max_processes
        if too_long or too_many:
            reason = "wall time" if too_long else "process count"
            print(f"sandbox: killing the kernel ({reason} limit)", file=sys.stderr, flush=True)
            child.kill()
            break
        time.sleep(0.05)
    return child.wait()


def main(argv=None):
    parser = argparse.ArgumentParser(description="Run a grading kernel in the sandbox.")
    parser.add_argument("--shared-dir", required=True)
    parser.add_argument("--memory-bytes", type=int, default=Limits.memory_bytes)
    parser.add_argument("--cpu-seconds", type=int, default=Limits.cpu_seconds)
    parser.add_argument("--wall-seconds", type=float, default=Limits.wall_seconds)
    parser.add_argument("--max-processes", type=int, default=Limits.max_processes)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    limits = Limits(memory_bytes=args.memory_bytes, cpu_seconds=args.cpu_seconds,
                    wall_seconds=args.wall_seconds, max_processes=args.max_processes)
    return launch(command, limits, args.shared_dir)


if __name__ == "__main__":
    sys.exit(main())
