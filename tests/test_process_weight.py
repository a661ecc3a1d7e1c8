"""What a crawl process loads: no numpy or pandas through sqlite-utils, no Scrapy remote control."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Any attribute sqlite-utils asks of the stand-in (np.int8, pd.Timestamp) is a new class.
STAND_IN = "def __getattr__(name):\n    return type(name, (), {})\n"

PROBE = """
import sys
{imports}
print(",".join(sorted(name for name in ("numpy", "pandas") if name in sys.modules)))
"""


def _loaded(tmp_path: Path, imports: str) -> str:
    """Run *imports* in a fresh Python where importable stand-ins for numpy and pandas exist."""
    for name in ("numpy", "pandas"):
        (tmp_path / f"{name}.py").write_text(STAND_IN, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_sqlite_utils_alone_loads_numpy_and_pandas_when_installed(tmp_path: Path) -> None:
    # the control: the stand-ins are found, and plain sqlite-utils imports them
    assert _loaded(tmp_path, "import sqlite_utils") == "numpy,pandas"


def test_the_store_and_schema_load_neither(tmp_path: Path) -> None:
    assert _loaded(tmp_path, "import pipelines.store, pipelines.schema") == ""


def test_a_process_that_loaded_numpy_keeps_it_for_sqlite_utils(tmp_path: Path) -> None:
    out = _loaded(
        tmp_path,
        "import numpy\nimport pipelines.store, sqlite_utils.db\nassert sqlite_utils.db.np is numpy",
    )
    assert out == "numpy"


def test_crawl_settings_switch_scrapy_remote_control_off() -> None:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False
    extensions = settings.getwithbase("EXTENSIONS")
    assert extensions["scrapy.extensions.remote_control.RemoteControl"] is None
