"""Small helpers of the twenty-second blind round, part C (b22_drupal7_omega,
b22_contao4_newsreader): the twenty-first round's part-C article building with every trailing
credit paragraph of a corpus text ("…: เรียบเรียง", "…: ถ่ายภาพ", "…: สรุป", "…: รายงาน") dropped,
so that no unprinted photographer or writer line hides at the end of a body."""

from __future__ import annotations

import datetime as dt
import re

from .b21c_common import B9Site, neighbours, record
from .b21c_common import build as _build

__all__ = ["B9Site", "build", "neighbours", "record"]

_CREDIT = re.compile(r":\s*(เรียบเรียง|รายงาน|ถ่ายภาพ|สรุป|ข่าว|ภาพ)\s*$")


def build(key: str, n: int, offset: int, start: dt.datetime, *, first_id: int, step: int):
    arts = _build(key, n, offset, start, first_id=first_id, step=step)
    for a in arts:
        while len(a.paras) > 3 and _CREDIT.search(a.paras[-1]) and len(a.paras[-1]) < 90:
            a.paras = a.paras[:-1]
    return arts
