"""Small helpers shared by the held-out (ho_) red-team sites."""

from __future__ import annotations

import re

from ._common import Article

_SIGNOFF_LINE = re.compile(r"(:\s*(รายงาน|เรียบเรียง)\s*$)|^ข่าวสำนักงาน")


def has_signoff(a: Article) -> bool:
    """True when the corpus body itself ends with a reporter/source line: such an article
    always gets a printed source, so that the expected source is never ambiguous."""
    return any(_SIGNOFF_LINE.search(p) for p in a.paras)


def ensure_source(a: Article, fallback: str) -> None:
    if a.source is None and has_signoff(a):
        a.source = fallback
