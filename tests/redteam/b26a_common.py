"""Helper shared by the twenty-sixth round's part-A sites (b26_wp_zakra, b26_eleventy_njk)."""

from __future__ import annotations

import re

from ._common import Article

# corpus sign-offs that would compete with the site's own source line or date
_TAIL = re.compile(r"(:\s*(รายงาน|เรียบเรียง|สรุป|ถ่ายภาพ|ภาพ|ข่าว)\s*$)|(^\*{5,})")


def drop_corpus_signoffs(arts: list[Article]) -> None:
    """Drop a trailing '…: รายงาน' / '…: เรียบเรียง' / '…: สรุป' / '…: ถ่ายภาพ' credit or a '*****… date' rule line from
    the corpus text, so that each page prints exactly one source (the site's own) and no
    second date in the body."""
    for a in arts:
        while len(a.paras) > 3 and _TAIL.search(a.paras[-1]):
            a.paras.pop()
