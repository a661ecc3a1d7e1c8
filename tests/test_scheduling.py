"""docs/scheduling.md stays runnable: its crontab lines and systemd units are checked."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import click
import pytest
from conftest import ROOT

from crawler.cli import cli

DOC = ROOT / "docs" / "scheduling.md"
# A fenced block: ```lang\n...\n```
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.S)
UNIT_FILE = re.compile(r"`(/etc/systemd/system/[\w.-]+)`:\s*\n\s*```ini\n(.*?)```", re.S)
CRON_FIELDS = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 7)]


def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def crontab_lines() -> list[str]:
    return [
        line
        for lang, body in FENCE.findall(doc_text())
        if lang == "crontab"
        for line in body.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def unit_files() -> dict[str, str]:
    return {Path(path).name: body for path, body in UNIT_FILE.findall(doc_text())}


def cron_field_ok(field: str, low: int, high: int) -> bool:
    """Accept *, N, N-M, lists and /step forms within [low, high]."""
    for part in field.split(","):
        base, _, step = part.partition("/")
        if step and not step.isdigit():
            return False
        if base == "*":
            continue
        bounds = base.split("-")
        if len(bounds) > 2 or not all(b.isdigit() and low <= int(b) <= high for b in bounds):
            return False
    return True


def check_khaosan_command(args: list[str]) -> None:
    """Parse a khaosan command line with the real CLI (raises click errors when invalid)."""
    name, *rest = args
    assert name in cli.commands, f"unknown command {name!r}"
    command = cli.commands[name]
    with command.make_context(name, rest) as ctx:
        assert isinstance(ctx, click.Context)


def khaosan_args(command: str) -> list[str]:
    """Return the arguments after the khaosan executable, stopping at shell redirections."""
    words = shlex.split(command)
    start = next(i for i, w in enumerate(words) if w.endswith("bin/khaosan") or w == "khaosan")
    args = []
    for word in words[start + 1 :]:
        if word in (">", ">>", "2>&1", "&&", "||", "|", ";") or word.startswith((">", "2>")):
            break
        args.append(word)
    return args


def test_doc_has_crontab_lines_and_two_units() -> None:
    assert crontab_lines()
    assert set(unit_files()) == {"khaosan.service", "khaosan.timer"}


@pytest.mark.parametrize("line", crontab_lines())
def test_crontab_line_has_five_valid_time_fields_and_a_valid_command(line: str) -> None:
    fields = line.split(None, 5)
    assert len(fields) == 6, line
    for field, (low, high) in zip(fields[:5], CRON_FIELDS, strict=True):
        assert cron_field_ok(field, low, high), f"bad cron field {field!r} in {line!r}"
    command = fields[5]
    assert command.startswith("cd /") and "&&" in command
    check_khaosan_command(khaosan_args(command))


def test_service_runs_a_valid_khaosan_command() -> None:
    service = unit_files()["khaosan.service"]
    (exec_start,) = re.findall(r"^ExecStart=(.+)$", service, re.M)
    assert exec_start.startswith("/")
    check_khaosan_command(khaosan_args(exec_start))


def test_timer_starts_the_service() -> None:
    timer = unit_files()["khaosan.timer"]
    assert re.search(r"^OnCalendar=\S", timer, re.M) and "WantedBy=timers.target" in timer


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not found")
def test_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    stub = tmp_path / "khaosan"  # verify needs ExecStart's program to exist and be executable
    stub.write_text("#!/bin/sh\nexit 0\n")
    stub.chmod(0o755)
    paths = []
    for name, body in unit_files().items():
        body = re.sub(r"^(ExecStart=)\S+", lambda m: m.group(1) + str(stub), body, flags=re.M)
        path = tmp_path / name
        path.write_text(body)
        paths.append(str(path))
    result = subprocess.run(
        ["systemd-analyze", "verify", *paths], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Unknown" not in result.stderr and "ignoring" not in result.stderr, result.stderr
