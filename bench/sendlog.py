"""Run a Scrapy crawl noting when each HTTP request left for the network, per host.

    python bench/sendlog.py LOG -m crawler crawl --all ...     # a module, as `python -m`
    python bench/sendlog.py LOG -c CODE ARG ...                # a program, as `python -c`

Each line of LOG is "<peer host> <time.monotonic()>" for a write that starts an HTTP request
(GET / HEAD / POST), taken in Twisted's TCP transport as the bytes go to the socket. The
servers' own request times include how late a loaded server process got to a request; these
are the crawler's side, so a bench can tell the two apart (bench/scale.py reads both).
"""

from __future__ import annotations

import os
import runpy
import sys
import time
from typing import Any, TextIO

REQUEST_STARTS = (b"GET ", b"HEAD", b"POST")


def patch_transport(log: TextIO) -> None:
    """Make Twisted's TCP connections write a line to *log* for every request they send."""
    import twisted.internet.tcp as tcp

    write_some = tcp.Connection.writeSomeData

    def noted(self: Any, data: Any) -> Any:
        if bytes(data[:4]) in REQUEST_STARTS:
            log.write(f"{self.getPeer().host} {time.monotonic():.6f}\n")
            log.flush()
        return write_some(self, data)

    tcp.Connection.writeSomeData = noted


def read_log(path: str) -> dict[str, list[float]]:
    """Return the send times per host from a log written by this module."""
    times: dict[str, list[float]] = {}
    with open(path, encoding="ascii") as lines:
        for line in lines:
            host, moment = line.split()
            times.setdefault(host, []).append(float(moment))
    return times


def main() -> None:
    log_path, mode, target, *rest = sys.argv[1:]
    log = open(log_path, "w", encoding="ascii")  # noqa: SIM115 (open for the whole run)
    patch_transport(log)
    sys.path[0] = os.getcwd()  # as `python -m` / `python -c` would have it, not bench/
    if mode == "-m":
        sys.argv = [target, *rest]
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    elif mode == "-c":
        sys.argv = ["-c", *rest]
        exec(compile(target, "<bench>", "exec"), {"__name__": "__main__"})  # noqa: S102
    else:
        raise SystemExit("usage: sendlog.py LOG (-m MODULE | -c CODE) [ARG ...]")


if __name__ == "__main__":
    main()
