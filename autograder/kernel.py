"""The kernel manager of the grading workers: every kernel runs in the sandbox."""
import os
import shutil
import sys
import tempfile

from jupyter_client.manager import AsyncKernelManager
from traitlets import Float, Integer

from .sandbox import Limits


class SandboxedKernelManager(AsyncKernelManager):
    """Starts every kernel through the sandbox launcher, over Unix sockets.

    Asynchronous like nbclient's default: with the blocking manager, nbclient waits on
    the iopub channel with a blocking poll and hangs forever when the kernel dies.
    """

    memory_bytes = Integer(Limits.memory_bytes).tag(config=True)
    cpu_seconds = Integer(Limits.cpu_seconds).tag(config=True)
    wall_seconds = Float(Limits.wall_seconds).tag(config=True)
    max_processes = Integer(Limits.max_processes).tag(config=True)

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        # Unix sockets work across the sandbox's separate network namespace; TCP does not.
        self._shared_dir = tempfile.mkdtemp(prefix="kernel-")
        self.transport = "ipc"
        self.ip = os.path.join(self._shared_dir, "socket")
        self.connection_file = os.path.join(self._shared_dir, "connection.json")

    def format_kernel_cmd(self, extra_arguments=None):
        command = super().format_kernel_cmd(extra_arguments)
        launcher = [sys.executable, "-m", "autograder.sandbox",
                    "--shared-dir", self._shared_dir,
                    "--memory-bytes", str(self.memory_bytes), "--cpu-seconds", str(self.cpu_seconds),
                    "--wall-seconds", str(self.wall_seconds), "--max-processes", str(self.max_processes)]
        return [*launcher, "--", *command]

    async def _async_cleanup_resources(self, restart=False):
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(self._shared_dir, ignore_errors=True)

    cleanup_resources = _async_cleanup_resources
