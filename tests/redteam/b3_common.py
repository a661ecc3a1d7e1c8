"""Small helpers shared by the third-round blind red-team sites (b3_*)."""

from __future__ import annotations

import datetime as dt
import re

from ._common import MONTHS_ABBR, be, thai_digits
from .ho_common import ensure_source, has_signoff

UTC = dt.UTC

__all__ = ["ensure_source", "has_signoff", "utc_z", "utc_plus0", "slug_th", "abbr_2y"]


def utc_z(d: dt.datetime, millis: bool = True) -> str:
    """'2024-01-15T03:30:00.000Z' (JavaScript toISOString) or without millis."""
    u = d.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if millis else "Z")


def utc_plus0(d: dt.datetime) -> str:
    """'2024-01-15T03:30:00+00:00' (what Yoast prints in its schema graph)."""
    return d.astimezone(UTC).isoformat()


def slug_th(title: str, n: int = 48) -> str:
    """A Thai slug as DNN/EasyDNN-like CMSs make one: punctuation dropped, spaces -> '-'."""
    s = re.sub(r"[^\w\u0e00-\u0e7f\s-]", "", title)
    s = re.sub(r"\s+", "-", s.strip())[:n].strip("-")
    return s


def abbr_2y(d: dt.datetime, digits_thai: bool = False) -> str:
    """'15 ม.ค. 67' (two-digit BE year)."""
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}"
    return thai_digits(s) if digits_thai else s
