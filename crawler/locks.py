"""One run per site and database: an advisory file lock that dies with its process."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType


class RunLocked(RuntimeError):
    """Another live process is running the same site on the same database."""


class RunLock:
    """Hold `<db>.<site>.lock` with flock; the kernel releases it when the process dies."""

    def __init__(self, db: str | os.PathLike[str], site: str) -> None:
        # Keyed by the database's real path: a symlink or a relative path is the same database.
        db_path = Path(db).resolve()
        self.path = db_path.with_name(f".{db_path.name}.{site}.lock")
        self.site = site
        self._fd: int | None = None

    def acquire(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise RunLocked(
                f"a run of {self.site} on this database is already in progress (pid {holder}); "
                f"lock file {self.path}"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        return self.acquire()

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self.release()
