"""Every docstring example in the crawler and pipelines packages runs and holds."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import crawler
import pipelines

# Modules run as programs or needing a live reactor are imported like the rest: importing
# any module of the two packages must work on its own.
PACKAGES = (crawler, pipelines)


def modules() -> list[str]:
    """Return the dotted names of every module of the two packages."""
    names = []
    for package in PACKAGES:
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", modules())
def test_docstring_examples(name: str) -> None:
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_the_examples_are_found() -> None:
    attempted = sum(
        doctest.testmod(importlib.import_module(name)).attempted
        for name in ("pipelines.encoding", "pipelines.thai_dates", "pipelines.normalize")
    )
    assert attempted >= 10
