"""Small helpers of the tenth blind round (b10_*): the ninth round's article building, site
skeleton and expected records, plus a few more date forms (BE years in ISO-looking order,
UTC 'Z' stamps, weekday + "พ.ศ." lines in Thai digits)."""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, be, thai_digits
from .b9_common import UTC, B9Site, build, hm, neighbours, on_page, record, thai_num

__all__ = [
    "B9Site",
    "build",
    "hm",
    "neighbours",
    "on_page",
    "record",
    "thai_num",
    "UTC",
    "utc_z",
    "be_iso",
    "weekday_pss_th",
    "ce_full",
    "be_full",
    "be_abbr2",
    "local_iso",
]


def utc_z(d: dt.datetime) -> str:
    """'2024-02-15T03:30:00Z' (UTC, as SQLAlchemy + isoformat()+'Z' prints it)."""
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_iso(d: dt.datetime) -> str:
    return d.isoformat()


def be_iso(d: dt.datetime, with_time: bool = True) -> str:
    """'2567-02-15 10:30' (ISO order, Buddhist year: a Java SimpleDateFormat with th_TH_TH)."""
    s = f"{be(d)}-{d.month:02d}-{d.day:02d}"
    return s + f" {d.hour:02d}:{d.minute:02d}" if with_time else s


def weekday_pss_th(d: dt.datetime) -> str:
    """'วันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ พ.ศ. ๒๕๖๗' (Thai digits)."""
    return thai_digits(f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}")


def ce_full(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def be_full(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


def be_abbr2(d: dt.datetime) -> str:
    """'15 ก.พ. 67' (abbreviated month, two-digit BE year, Arabic digits)."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}"
