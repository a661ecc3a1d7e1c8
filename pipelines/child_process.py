"""Start helper processes that run this checkout's own modules (`python -m pipelines....`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

CHECKOUT = str(Path(__file__).resolve().parents[1])


def checkout_env() -> dict[str, str]:
    """Return this process's environment with the checkout first on PYTHONPATH.

    A helper started with `python -m` then imports the same code as its parent, installed or
    not, whatever the current directory.

    >>> checkout_env()["PYTHONPATH"].split(os.pathsep)[0] == CHECKOUT
    True
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [CHECKOUT, env.get("PYTHONPATH")]))
    return env


def start_module(module: str, *args: str, **popen: Any) -> subprocess.Popen[bytes]:
    """Start `python -m MODULE ARGS...` of this checkout; OSError when it cannot start."""
    command = [sys.executable, "-m", module, *args]
    return subprocess.Popen(command, env=checkout_env(), **popen)
