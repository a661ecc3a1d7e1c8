"""Normalise the dates Thai government pages print into ISO 8601 values in Asia/Bangkok (+07:00).

One compiled regular expression (branches: ISO, Thai month names, English day-month-year,
English month-day-year, numeric day-month-year, compact digits as in file names; plus a separate
one for `มีนาคม 5, 2021`) runs over text normalised 1:1 where possible (Thai digits to Arabic,
odd spaces and `&nbsp;` to plain spaces), then month tables, explicit era rules and ``datetime``
validate the parts. Strings the Thai grammar does not cover (other languages' month names,
relative dates against a given fetch time) fall back to dateparser.
Nothing is ever filled in from today's date, and there is no plausibility window: a date in
1453 is a date (only a two-digit year, ambiguous between the eras, takes its web-era
reading). Whoever picks a *publication* date applies its own window
(pipelines.normalize.plausible_publication).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

__all__ = [
    "BANGKOK",
    "DateMatch",
    "ParsedDate",
    "find_thai_dates",
    "parse_iso_or_be",
    "parse_thai_date",
    "parse_thai_date_detailed",
    "to_iso",
]

BANGKOK = timezone(timedelta(hours=7))
BE_OFFSET = 543  # Buddhist era = CE + 543
RS_OFFSET = 1781  # Rattanakosin era (ร.ศ.) = CE - 1781; ร.ศ. 1 = 1782
BE_FROM = 2100  # a 4-digit year above this, with no CE marker, is Buddhist era

# Thai digits ๐-๙ to 0-9 and every odd space to " " (same length, so spans survive).
_SPACES = "\u00a0\u1680\u202f\u205f\u3000\t\x0b\x0c" + "".join(map(chr, range(0x2000, 0x200B)))
_ONE_TO_ONE = {ord(c): "0123456789"[i] for i, c in enumerate("๐๑๒๓๔๕๖๗๘๙")}
_ONE_TO_ONE.update({ord(c): " " for c in _SPACES})
_FOLD_LINES = dict(_ONE_TO_ONE)
_FOLD_LINES.update({ord("\n"): " ", ord("\r"): " ", 0x2028: " ", 0x2029: " ", 0x85: " "})
_NEEDS_MAP = re.compile(
    "[๐-๙\t\n\r\x0b\x0c\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_ASCII_ODD_SPACE = re.compile("[\t\n\r\x0b\x0c]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # zero-width chars, soft hyphen

# Thai month spellings -> month number; dots and spaces are removed before lookup.
_THAI_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("มกราคม", "มกรา", "ม.ค."),
    2: ("กุมภาพันธ์", "กุมภาพันธ", "กุมภา", "ก.พ."),
    3: ("มีนาคม", "มีนา", "มี.ค."),
    4: ("เมษายน", "เมษา", "เม.ย."),
    5: ("พฤษภาคม", "พฤษภา", "พ.ค."),
    6: ("มิถุนายน", "มิถุนา", "มิ.ย."),
    7: ("กรกฎาคม", "กรกฏาคม", "กรกฎา", "กรกฏา", "ก.ค."),  # กรกฏาคม: common misspelling
    8: ("สิงหาคม", "สิงหา", "ส.ค."),
    9: ("กันยายน", "กันยา", "ก.ย."),
    10: ("ตุลาคม", "ตุลา", "ต.ค."),
    11: ("พฤศจิกายน", "พฤศจิกา", "พ.ย."),
    12: ("ธันวาคม", "ธันวา", "ธ.ค."),
}
# Letters typed for one another in month names (ศ/ษ/ส, ฎ/ฏ) and a karan put on sara u.
_LOOKALIKES = (("ศ", "ษ"), ("ษ", "ศ"), ("ศ", "ส"), ("ษ", "ส"), ("ฎ", "ฏ"), ("ธ์", "ธุ์"))
# The rows of the Thai Kedmanee keyboard, unshifted: a slip of the finger types a key's
# neighbour on its row (กุมภสพันธ์: ส beside า).
_KEY_ROWS = ("ๅ/-ภถุึคตจขช", "ๆไำพะัีรนยบลฃ", "ฟหกดเ้่าสวง", "ผปแอิืทมใฝ")
_KEY_NEIGHBOURS = {
    key: row[max(0, i - 1) : i] + row[i + 1 : i + 2]
    for row in _KEY_ROWS
    for i, key in enumerate(row)
}


def _misspellings(name: str) -> set[str]:
    """Return the misspellings of a month's full *name* that pages print: one letter or mark
    left out after the first two (มิถุนาย, กันยาย), a look-alike typed (พฤษจิกายน) or, after
    the first two, a key's neighbour on the keyboard (กุมภสพันธ์).

    >>> sorted(m for m in _misspellings("กุมภาพันธ์") if "ธุ" in m or "ภส" in m)
    ['กุมภสพันธ์', 'กุมภาพันธุ์']
    """
    out = {name[:i] + name[i + 1 :] for i in range(2, len(name))}
    out.update(name.replace(a, b) for a, b in _LOOKALIKES if a in name)
    out.update(
        name[:i] + near + name[i + 1 :]
        for i in range(2, len(name))
        for near in _KEY_NEIGHBOURS.get(name[i], "")
    )
    return out


def _misspelt_months(spellings: Iterable[str]) -> dict[str, int]:
    """Map the misspellings of five letters or more of each month's full name to the month,
    leaving out the real *spellings* and any misspelling two months share."""
    known = set(spellings)
    months: dict[str, set[int]] = {}
    for n, forms in _THAI_MONTHS.items():
        for wrong in _misspellings(forms[0]):
            if len(wrong) >= 5 and wrong not in known:
                months.setdefault(wrong, set()).add(n)
    return {wrong: found.pop() for wrong, found in months.items() if len(found) == 1}


THAI_MONTH_NUMBER = {
    s.replace(".", ""): n for n, forms in _THAI_MONTHS.items() for s in forms
}  # key: spelling without dots
_MISSPELT_MONTHS = _misspelt_months(THAI_MONTH_NUMBER)
THAI_MONTH_NUMBER.update(_MISSPELT_MONTHS)
ENGLISH_MONTHS = (
    "january february march april may june july august september october november december"
).split()
ENGLISH_MONTH_NUMBER = {name[:3]: i for i, name in enumerate(ENGLISH_MONTHS, 1)}
# Weekday names -> datetime.weekday() (Monday = 0).
THAI_WEEKDAYS = {
    "จันทร์": 0,
    "อังคาร": 1,
    "พุธ": 2,
    "พฤหัสบดี": 3,
    "พฤหัสฯ": 3,
    "พฤหัส": 3,
    "ศุกร์": 4,
    "เสาร์": 5,
    "อาทิตย์": 6,
}
ENGLISH_WEEKDAY_NUMBER = {
    name[:3]: i
    for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
_WEEKDAY_NAMES = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]


def _spellings(form: str) -> list[str]:
    """Expand an abbreviation like `ม.ค.` to every way it is printed (dots optional, `ม. ค.`)."""
    if "." not in form:
        return [form]
    first, *rest = [p for p in form.split(".") if p]
    out = []
    for seps in itertools.product((".", ". ", ""), repeat=len(rest)):
        body = first + "".join(sep + part for sep, part in zip(seps, rest, strict=True))
        out += [body + ".", body]
    return out


_Trie = dict[str, "_Trie"]  # character -> subtree; "" marks the end of a word


def _trie_regex(words: Iterable[str]) -> str:
    """Compile literal words into one prefix-tree regex (fast: one branch per character)."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")" if len(alts) > 1 or "" in node else alts[0]
        return body + "?" if "" in node else body

    return emit(trie)


_TH_SPELLINGS = [s for forms in _THAI_MONTHS.values() for f in forms for s in _spellings(f)]
_TH_MONTH = _trie_regex([*_TH_SPELLINGS, *_MISSPELT_MONTHS])
_EN_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_EN_WEEKDAY = (
    r"(?i:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)(?![a-z])\.?"
)
_TH_WEEKDAY = "|".join(sorted(map(re.escape, THAI_WEEKDAYS), key=len, reverse=True))
_RANGE_SEP = r"(?:-|–|—|~|ถึง(?:วันที่)?|และ)"
# Words after a two-digit number that show it is a count, not a year.
_NOT_YEAR_UNITS = r"(?! *(?:คน|ราย|บาท|ล้าน|แห่ง|%|ครั้ง|ปี|วัน|เดือน|ชั่วโมง|นาที|ชม|กม|ตัว|ลำ|คัน))"
# Era words before a year: พ.ศ./พุทธศักราช (BE), ค.ศ./คริสต์ศักราช (CE), ร.ศ. (Rattanakosin), in
# any spacing, optionally after ปี; or ปี alone.
_ERA = (
    r"(?:(?:ปี *)?(?P<{p}era>พ ?\.? ?ศ ?\.?|พุทธศักราช|B\.? ?E\.?|ค ?\.? ?ศ ?\.?|คริสต์?ศักราช"
    r"|A\.? ?D\.?|C\.? ?E\.?(?![A-Za-z])|ร ?\.? ?ศ ?\.?) *|ปี *)?"
)


_TZ = (
    r"(?:Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|UT|ICT|[ECMP][SD]T)(?![A-Za-z])"
)
# RFC 822 zone names -> UTC offset in hours.
_NAMED_ZONES = {"Z": 0, "GMT": 0, "UTC": 0, "UT": 0, "ICT": 7, "EST": -5, "EDT": -4, "CST": -6}
_NAMED_ZONES.update({"CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7})


# `เวลา` and the words printed with it: `ตั้งแต่เวลา`, `เมื่อเวลา`, `เวลาประมาณ`, `ประชุมเวลา`;
# `ตั้งแต่` alone (`ตั้งแต่ 06.00`).
_TIME_WORD = (
    r"(?=[ก-๛])(?:เวลา(?: *ประมาณ)?|(?:ตั้งแต่|ระหว่าง|เมื่อ|ช่วง|ใน|ราว|ณ) *เวลา(?: *ประมาณ)?"
    r"|[ก-๛]{1,16}?เวลา(?: *ประมาณ)?|ตั้งแต่)"
)


# 12-hour markers: AM/PM in any dotting, and the Thai ก่อนเที่ยง (a.m.) / หลังเที่ยง (p.m.).
_AMPM = r"[AaPp]\.? ?[Mm]\.?(?![A-Za-z])|ก่อนเที่ยง|หลังเที่ยง"
# Thai clock words that name one hour of the day: บ่าย 3 โมง / บ่ายสาม (15:00), 2 ทุ่ม / สองทุ่ม
# (20:00), ตี 2 / ตีสอง (02:00), 7 โมงเช้า (07:00), สองโมงเช้า (08:00, the old count from
# dawn), 5 โมงเย็น (17:00), เที่ยง (12:00), and bare as said today: สามโมง (15:00; 03:00 is ตีสาม
# and 09:00 สามโมงเช้า), แปดโมง (08:00; 20:00 is สองทุ่ม); each may end in ครึ่ง (half past) or
# its minutes (สิบห้านาที). A bare หกโมง is 06:00 or 18:00, so it is not read.
_THAI_NUMBERS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8}
_THAI_NUMBERS.update({"เก้า": 9, "สิบ": 10, "สิบเอ็ด": 11})
_CLOCK_N = r"(?:\d{1,2}|" + "|".join(sorted(_THAI_NUMBERS, key=len, reverse=True)) + ")"
_UNITS = "เอ็ด|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า"
# Minutes in digits or words: 15, สิบห้า (15), ยี่สิบ (20), สี่สิบห้า (45).
_MINUTE_N = rf"(?:\d{{1,2}}|(?:ยี่|สาม|สี่|ห้า)?สิบ(?:{_UNITS})?|{_UNITS})"
_MINUTES = rf"(?: *ครึ่ง| *{_MINUTE_N} *นาที)"
CLOCK_WORDS = (
    rf"(?:บ่าย *(?:{_CLOCK_N} *)?(?:โมง(?:เย็น)?)?|{_CLOCK_N}? *ทุ่ม|ตี *{_CLOCK_N}"
    rf"|{_CLOCK_N} *โมง *(?:เช้า|เย็น)?|เที่ยง(?:วัน|ตรง)?(?!คืน)){_MINUTES}?"
)
_MINUTES_AT_END = re.compile(rf"(?P<m>{_MINUTE_N}) *นาที$")
_TENS = {"": 1, "ยี่": 2, "สาม": 3, "สี่": 4, "ห้า": 5}


def _minutes(words: str) -> int:
    """Return the minutes a clock phrase ends with (0 when none; ครึ่ง is 30).

    >>> _minutes("บ่ายสองโมงสิบห้านาที"), _minutes("สิบโมงสี่สิบห้านาที"), _minutes("แปดโมงครึ่ง")
    (15, 45, 30)
    """
    if words.endswith("ครึ่ง"):
        return 30
    found = _MINUTES_AT_END.search(words)
    if found is None:
        return 0
    said = found.group("m")
    if said.isdigit():
        return int(said)
    tens, ten, units = said.partition("สิบ")
    if not ten:
        return _THAI_NUMBERS.get(tens, 0)
    return _TENS[tens] * 10 + (1 if units == "เอ็ด" else _THAI_NUMBERS.get(units, 0))


def _time(p: str) -> str:
    """Optional time after a date: `17:08`, `09.30 น.`, `เวลา 9.30`, `10:25:34 AM +0700`."""
    return (
        rf"(?:(?: *\))?[ ,(]*(?:[-–—|@•·/]|(?i:at)|T|ที่)?"
        rf"[ ,(]*(?P<{p}kw>{_TIME_WORD}|(?i:time))?[ :(]*"
        rf"(?:(?P<{p}H>\d{{1,2}})(?P<{p}sep>[:.])(?P<{p}M>\d{{2}})(?:(?P={p}sep)(?P<{p}S>\d{{2}}))?"
        rf"(?:[.,]\d+)?(?!\d)"
        rf"(?: *(?P<{p}ap>{_AMPM}))?"
        rf"(?: *[-–] *\d{{1,2}}[.:]\d{{2}}(?: *{_AMPM})?)?"  # `10.30 - 12.00 น.`: the start
        rf"(?: *(?P<{p}n>น\.|นาฬิกา|น(?![ก-๙])|(?i:hrs?\.?|hours)(?![a-z])))?"
        rf"(?: *\(?(?P<{p}tz>{_TZ}))?)"
        rf")?"
    )


# ISO dates, also inside paths (`/2024-03-29/`), with `T`/space time or a file name's `_HHMMSS`.
_ISO = (
    r"(?=\d)(?P<ISO>(?<![\d.-])(?<!\d/)(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)"
    r"(?P<id>\d{1,2})(?!\d)"
    r"(?:(?:T| +)(?P<iH>\d{1,2}):(?P<iM>\d{2})(?::(?P<iS>\d{2})(?:[.,]\d+)?)?"
    rf"(?: *\(?(?P<itz>{_TZ}))?|(?:[_-]| +at +)(?P<jt>\d{{6}}|\d\d\.\d\d\.\d\d)(?!\d))?)"
)
_THAI = (
    rf"(?=[0-9วอจพศสเ])(?P<TH>(?<![\d:])(?<!\d[.,])(?:(?:วัน *)?(?P<twd>{_TH_WEEKDAY})"
    rf"(?: *ที่)?[ ,]*)?"
    # a day of 1-31 (`67-2 ส.ค.67` starts at 2), then more days: `3, 4 และ 5`
    rf"(?P<td>\d{{1,2}})(?!\d)(?<![4-9]\d)(?<!3[2-9])"
    rf"(?:[ ]*(?:{_RANGE_SEP}|,)[ ]*\d{{1,2}}(?!\d)){{0,6}}"
    rf"[ ]*(?:(?P<tdash>-) *|/ *)?(?:เดือน *)?"
    rf"(?P<tm>{_TH_MONTH})(?:นี้)?"
    rf"(?:[ ]*{_RANGE_SEP}[ ]*(?:วันที่ *)?(?P<td2>\d{{1,2}})[ ]*(?:เดือน *)?(?P<tm2>{_TH_MONTH}))?"
    # ctime order prints the time between month and year: `6 ต.ค. 01:40:00 2519`
    rf"(?:[ ]+(?P<ct>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(?= +\d{{4}}(?!\d)))?"
    # Oracle's DD-MON-RR (`20-ก.พ.-67`): dashes on both sides of the month, a 2-digit year
    rf"[ ]*(?:[,/]|-(?=[ ]*(?:\d{{3}}|[พคร]))|(?(tdash)-(?=\d\d(?!\d))|(?!)))?[ ]*"
    rf"{_ERA.format(p='t')}"
    # (an apostrophe before a two-digit year: `5 มี.ค. '67`)
    rf"(?:['’‘](?=\d\d(?!\d)))?"
    rf"(?P<ty>\d{{3,4}}|\d{{2}}{_NOT_YEAR_UNITS})(?!\d|[:.]\d)"
    rf"{_time('t')})"
)
_ENG_DMY = (
    rf"(?=[0-9A-Za-z])(?<![A-Za-z])(?P<ED>(?<!\d)(?<!\d[.,])(?:(?P<ewd>{_EN_WEEKDAY})[ ,]*)?"
    rf"(?P<ed>\d{{1,2}})(?i:st|nd|rd|th)?(?:[ ]*[-–—][ ]*\d{{1,2}})?[ -]*(?:of )?"
    rf"(?P<em>{_EN_MONTH})"
    # a range across months, `4 November – 13 December 2023`: the first day
    rf"(?:[ ]*[-–—][ ]*\d{{1,2}}(?i:st|nd|rd|th)?[ ]+(?P<em2>{_EN_MONTH}))?"
    # Oracle's DD-MON-RR (`28-NOV-07`): a two-digit year right after the month's dash
    rf"[ ,-]*{_ERA.format(p='e')}(?P<ey>\d{{4}}|(?<=[A-Za-z]-)\d{{2}}(?![\d.:/]))(?!\d)"
    rf"{_time('e')})"
)
_ENG_MDY = (
    rf"(?=[A-Za-z])(?<![A-Za-z])(?P<EM>(?:(?P<fwd>{_EN_WEEKDAY})[ ,]*)?"
    rf"(?P<fm>{_EN_MONTH}) *(?P<fd>\d{{1,2}})(?!\d)(?i:st|nd|rd|th)?(?:[ ]*[-–—][ ]*\d{{1,2}})?"
    rf"[ ]*,?[ ]*(?P<fy>\d{{4}})(?!\d)"
    rf"{_time('f')})"
)
# WordPress's `F j, Y` with a Thai month: `มีนาคม 5, 2021`, `เมษายน 20th, 2020`.
# A separate regex, run only on text with a comma: Thai months start with common letters.
_THAI_MDY = (
    rf"(?P<TM>(?P<sm>{_TH_MONTH}) *(?P<sd>\d{{1,2}})(?!\d)(?i:st|nd|rd|th)? *, *"
    rf"(?P<sy>\d{{4}})(?!\d){_time('s')})"
)
# Numeric day-month-year; an era marker after the year (`3/25/2562 BE`) lets the order show.
# Central European templates (Latte's `j. n. Y`, PHP's `d. m. Y`) space the dots: `5. 3. 2024`,
# read only with a 4-digit year (`1. 2. 3` is a list).
_NUMERIC = (
    r"(?=\d)(?P<NU>(?<![\d.-])(?<!\d/)(?P<nd>\d{1,2})"
    r"(?P<nsep>[-/.]| / |\. (?=\d{1,2}\. \d{4}(?!\d)))(?P<nm>\d{1,2})(?P=nsep)"
    r"(?P<ny>\d{4}|\d{2})(?!\d|[-/.]\d)"
    r"(?: ?(?P<nera>B\.? ?E\.?|A\.? ?D\.?|C\.? ?E\.?|พ\.? ?ศ\.?|ค\.? ?ศ\.?)(?![A-Za-z]))?"
    rf"{_time('u')})"
)
# Compact digits in file names and URLs: `25640115`, `n20220329_4272.jpg`, `20230310142445`.
_COMPACT = (
    r"(?=[0-3])(?P<CD>(?<!\d)(?P<qd>0[1-9]|[12]\d|3[01])(?P<qm>0[1-9]|1[0-2])(?P<qy>25\d\d)(?!\d))|"
    r"(?=[12])(?P<CO>(?<!\d)(?P<ky>(?:19|20|24|25)\d{2})(?P<km>0[1-9]|1[0-2])"
    r"(?P<kd>0[1-9]|[12]\d|3[01])"
    r"(?:[_T-]?(?P<kH>[01]\d|2[0-3])(?P<kM>[0-5]\d)(?P<kS>[0-5]\d)(?!\d))?(?!\d))"
)
# Each branch starts with a cheap lookahead so most positions fail at once.
DATE_RE = re.compile(
    "(?=[0-9A-Za-zวอจพศสเ])(?:" + "|".join((_ISO, _THAI, _ENG_DMY, _ENG_MDY, _NUMERIC)) + ")"
)
THAI_MDY_RE = re.compile(_THAI_MDY)
# PHP's strftime("%B %d %Y %H:%M:%S") under a Thai locale (PHP-Fusion, old e-Office portals):
# `กุมภาพันธ์ 15 2024 10:30:00`. Without a comma only a month's whole name or its dotted
# abbreviation (WordPress themes' calendar badges: `มิ.ย.` / `22` / `2022` on three lines), a
# 4-digit year.
_TH_MONTH_NAME = _trie_regex(
    s
    for forms in _THAI_MONTHS.values()
    for k, form in enumerate(forms)
    if k == 0 or form.count(".") >= 2
    for s in _spellings(form)
)
THAI_MDY_BARE_RE = re.compile(
    rf"(?P<TM>(?P<sm>{_TH_MONTH_NAME}) +(?P<sd>\d{{1,2}})(?!\d) +(?P<sy>\d{{4}})(?!\d){_time('s')})"
)
COMPACT_RE = re.compile(_COMPACT)  # run only on text that prints no other date
# A time printed just before a date that has none: `เวลา 10.00 น. วันที่ 3 ต.ค. 61`, `09:15, 3 มีนาคม
# 2565` (wiki histories), `09.30 นาฬิกา (22/08/2551)`.
_TIME_BEFORE = re.compile(
    r"(?:(?P<kw>เวลา) *)?(?<![\d.:])(?P<H>\d{1,2})(?P<sep>[:.])(?P<M>\d{2})"
    r"(?:(?P=sep)(?P<S>\d{2}))?"
    rf"(?: *(?P<ap>{_AMPM}))?"
    r"(?: *(?P<n>น\.|นาฬิกา|น(?![ก-๙])))?"
    rf"(?: *\(?(?P<tz>{_TZ})\)?)? *[,|\-–—•·/]? *(?:ของ *)?(?:เมื่อ *)?"
    r"(?:วันที่ *|วันนี้ *\( *|\( *)?$"
)
# An offset printed after a date whose time came before it: `09:15, 3 March 2022 (UTC)`, `(+07)`.
_TZ_AFTER = re.compile(rf" *\(?(?P<tz>{_TZ}|[+-]\d{{2}}(?![\d:]))\)?")
# A JSON or form key naming a GMT value: `"date_gmt":"2025-11-10T03:04:15"` (WordPress REST).
_GMT_KEY = re.compile(r"(?i)_?gmt['\"]? *[:=] *['\"]?$")
# Before a dotted number: a version (`^18.2.64`, `==2024.5.10`, `version 8.6.14`); and, for a
# two-digit year, code around it (`"4-5-34`, `6c 5.3.68`, `f(6.11.30)`, `-.01 1.08.58`).
_VERSION_BEFORE = re.compile(r"(?:[\^=~@]|(?i:version|ver\.?|v|rev\.?) ?)$")
_QUOTED_BEFORE = re.compile(r"(?:[\^=~@\"'\\<>]|[A-Za-z0-9]\(|(?i:version|ver\.?|v|rev\.?) ?)$")
_CODE_BEFORE = re.compile(r"(?:[\^=~@\"'\\<>]|[A-Za-z0-9]\(|[\d.] |[A-Za-z\d] |(?i:v) ?)$")
# After a dotted number: more dotted numbers (`1.1.16 1.92.08`, SVG paths, IP addresses).
_CODE_AFTER = re.compile(r" ?-?\d*\.\d+[.\-]|\.\d")
_MAX_LEAD = 32  # longest text before a date's first digit: `วันพฤหัสบดีที่ `, `Wednesday, September `
# Before its first digit a date can only start with a weekday (Thai or English) or English month.
_LEAD = re.compile("[A-Za-z]|" + _trie_regex(["วัน", *THAI_WEEKDAYS]))
# Cheap pre-check: no digit, no date.
_HAS_DIGIT = re.compile(r"[0-9๐-๙]")
# HTML entities for a no-break space left in scraped text; replaced by as many spaces.
_ENTITY_SPACE = re.compile(
    r"&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#[xX][aA]0|#820[1-3]|#x200[9bB]);"
)


@dataclass(kw_only=True)
class DateMatch:
    """One date found in text: its value, span in the given string and any warnings."""

    value: datetime | date
    start: int
    end: int
    text: str
    warnings: list[str] = field(default_factory=list)


ParsedDate = DateMatch  # what parse_thai_date_detailed returns


# The date again in the other era, in brackets after it: `๒๓ ม.ค. ๒๕๕๒ (23 ม.ค. 2009)`,
# `17 ก.ย. 2563 (2020) เวลา 09:58 น.`, `(ค.ศ. 2009)`. Blanked (same length), so a time after it
# is read with the date.
_ERA_ECHO = re.compile(
    r"(?<=[0-9๐-๙]) *\( *(?:[คพ]\. *ศ\. *|C\.? *E\.? *|A\.? *D\.? *)?"
    r"(?:[0-9๐-๙]{1,2} *[ก-ฮ][ก-๙.]* *)?[0-9๐-๙]{4} *\)"
)


# A date written in words, as formal notices print it: "วันอาทิตย์ที่สิบสี่ เดือนพฤษภาคม
# พุทธศักราชสองพันห้าร้อยหกสิบหก". Its day and year are put in digits (same length: spans hold).
_NUMBER_WORDS = "(?:หนึ่ง|เอ็ด|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน)+"
_MONTH_NAMES = sorted((n for ns in _THAI_MONTHS.values() for n in ns), key=len, reverse=True)
_WORDED_DATE = re.compile(
    rf"ที่ *(?P<d>{_NUMBER_WORDS}) *(?:เดือน *)?"
    rf"(?:{'|'.join(re.escape(name) for name in _MONTH_NAMES)})"
    rf" *(?:พุทธศักราช|พ\. *ศ\.) *(?P<y>{_NUMBER_WORDS})"
)


def worded_numbers(text: str) -> str:
    """Return *text* with a worded date's day and year in digits, padded to the same length.

    >>> worded_numbers("ประกาศ ณ วันที่สิบสี่ เดือนพฤษภาคม พุทธศักราชสองพันห้าร้อยหกสิบหก").split()
    ['ประกาศ', 'ณ', 'วันที่', '14', 'เดือนพฤษภาคม', 'พุทธศักราช', '2566']
    """
    from pythainlp.util import thaiword_to_num  # (imported for the few pages that need it)

    def digits(match: re.Match[str]) -> str:
        out = match.group(0)
        for name in ("y", "d"):  # the year first: its span is later in the match
            start, end = match.span(name)
            try:
                number = str(thaiword_to_num(match.group(name)))
            except ValueError:
                return match.group(0)
            start -= match.start()
            end -= match.start()
            out = out[:start] + number.rjust(end - start) + out[end:]
        return out

    return _WORDED_DATE.sub(digits, text)


def _normalise(text: str, fold_lines: bool) -> tuple[str, list[int] | None]:
    """Return text with Thai digits and spaces normalised, plus an offset map if lengths differ."""
    table = _FOLD_LINES if fold_lines else _ONE_TO_ONE
    if "(" in text and _ERA_ECHO.search(text) is not None:
        text = _ERA_ECHO.sub(lambda m: " " * len(m.group()), text)  # same length: spans hold
    if "&" in text and _ENTITY_SPACE.search(text) is not None:
        text = _ENTITY_SPACE.sub(lambda m: " " * len(m.group()), text)  # same length: spans hold
    if text.isascii():
        if fold_lines and _ASCII_ODD_SPACE.search(text) is not None:
            return text.translate(table), None
        return text, None
    nfc = unicodedata.is_normalized("NFC", text)
    if nfc and _INVISIBLE.search(text) is None:
        if _NEEDS_MAP.search(text) is not None:
            return text.translate(table), None
        return text, None
    # Slow path: drop invisible characters and NFC each cluster, remembering where chars came from.
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = _INVISIBLE.sub("", text[i:j])
        if not nfc:
            cluster = unicodedata.normalize("NFC", cluster)
        cluster = cluster.translate(table)
        out.append(cluster)
        offsets.extend([i] * len(cluster))
        i = j
    offsets.append(n)
    return "".join(out), offsets


# A two-digit year with no era marker is ambiguous: BE 25yy or CE 20yy. The web-era reading
# wins: yy up to CE_SHORT_MAX is CE 2000-2029 (PHP's strftime `%y`, `21 ก.ย. 20@ 14:47`), as BE it
# would be 1957-1986, before any web page; the others stay BE (`67` = 2567 = 2024). A weekday
# printed with the date settles it the other way when only the other era's reading fits it.
CE_SHORT_MAX = 29


# Oracle's RR year format: a two-digit year below this is 20YY, else 19YY.
RR_PIVOT = 50


def _short_year(y: int) -> int:
    """Return the CE year of a two-digit year with no era marker (CE for 00-29, else BE).

    >>> _short_year(20), _short_year(67), _short_year(35)
    (2020, 2024, 1992)
    """
    return 2000 + y if y <= CE_SHORT_MAX else 2500 + y - BE_OFFSET


def _year(raw: str, era: str | None) -> int | None:
    """Return the CE year for a printed year and era marker; no plausibility window."""
    y = int(raw)
    n = len(raw)
    if era is None:
        if n == 4:
            return y - BE_OFFSET if y > BE_FROM else (y or None)
        return _short_year(y) if n == 2 else None
    kind = era[0]
    if kind == "ร":  # Rattanakosin era, printed with three digits: ร.ศ. 124 = 1905
        return y + RS_OFFSET if n == 3 else None
    if kind in "คAC":
        if n == 2:
            return 2000 + y
        return y if n == 4 and y <= BE_FROM else None  # `ค.ศ. 2561` contradicts itself
    if kind in "พB" or y > BE_FROM:
        if n == 2:
            return 2500 + y - BE_OFFSET
        return y - BE_OFFSET if y > BE_OFFSET else None
    return y if n == 4 and y else None


def _year_by_weekday(yy: int, year: int, month: int, day: int, weekday: int) -> int:
    """Return the other era's reading of two-digit year yy when only it has the printed weekday.

    >>> _year_by_weekday(30, 2030, 11, 28, 5), _year_by_weekday(20, 2020, 9, 21, 0)
    (1987, 2020)
    """
    other = 2000 + yy if year == 2500 + yy - BE_OFFSET else 2500 + yy - BE_OFFSET
    try:
        if date(year, month, day).weekday() != weekday == date(other, month, day).weekday():
            return other
    except ValueError:
        pass
    return year


def _tz_offset(raw: str) -> timedelta | None:
    """Return the UTC offset a timezone token names."""
    if raw in _NAMED_ZONES:
        return timedelta(hours=_NAMED_ZONES[raw])
    sign = 1
    body = raw
    if raw.startswith(("GMT", "UTC")):
        body = raw[3:]
    if body[0] in "+-":
        sign = -1 if body[0] == "-" else 1
        body = body[1:]
    body = body.replace(":", "")
    if len(body) <= 2:
        hours, minutes = int(body), 0
    else:
        hours, minutes = int(body[:-2]), int(body[-2:])
    if hours > 14 or minutes > 59:
        return None
    return sign * timedelta(hours=hours, minutes=minutes)


def _looks_like_code(text: str, start: int, end: int, short: bool, dotted: bool = True) -> bool:
    """Tell a number in code (version, SVG path, minified JS) from a dotted or short date."""
    before = text[max(0, start - 9) : start]
    if not short:
        pattern = _VERSION_BEFORE
    else:
        pattern = _CODE_BEFORE if dotted else _QUOTED_BEFORE  # `Posted 5/3/63` is a date
    return pattern.search(before) is not None or _CODE_AFTER.match(text, end) is not None


# Drupal core's default "medium" date format, `D, m/d/Y - H:i`: a weekday's abbreviation and a
# comma, the date month first, " - " and the time ("พฤ., 03/07/2024 - 08:08" = Thursday 7 March
# 2024 under the Thai translation, "Thu, 03/07/2024 - 08:08" in English).
THAI_WEEKDAY_ABBR = {"จ": 0, "อ": 1, "พ": 2, "พฤ": 3, "ศ": 4, "ส": 5, "อา": 6}
# The abbreviations as one alternation, the two-letter ones first (พฤ before พ).
THAI_WEEKDAY_ABBR_RE = "|".join(sorted(THAI_WEEKDAY_ABBR, key=len, reverse=True))
_MEDIUM_BEFORE = re.compile(
    rf"(?<![\u0e00-\u0e7fA-Za-z])(?:(?P<th>{THAI_WEEKDAY_ABBR_RE})\.|"
    r"(?P<en>(?i:mon|tue|wed|thu|fri|sat|sun))\.?), *$"
)
_MEDIUM_AFTER = re.compile(r" +- +\d{1,2}:\d{2}(?![\d:])")
_MEDIUM_LEAD = 8  # "พฤ., " / "Thu, " before the date's first digit


def _medium_weekday(m: re.Match[str]) -> tuple[int, int] | None:
    """Return (weekday, start of its abbreviation) of a slash date printed in Drupal's
    "medium" shape, `D, m/d/Y - H:i`; else None.

    >>> _medium_weekday(DATE_RE.search("พฤ., 03/07/2024 - 08:08 — user"))
    (3, 0)
    >>> _medium_weekday(DATE_RE.search("พฤ., 03/07/2024")) is None
    True
    """
    if m.group("nsep") != "/" or len(m.group("ny")) != 4:
        return None
    before = _MEDIUM_BEFORE.search(m.string, max(0, m.start() - _MEDIUM_LEAD), m.start())
    if before is None or _MEDIUM_AFTER.match(m.string, m.end("ny")) is None:
        return None
    if before.group("th"):
        return THAI_WEEKDAY_ABBR[before.group("th")], before.start()
    return ENGLISH_WEEKDAY_NUMBER[before.group("en").lower()], before.start()


def _medium_order(
    first: int, second: int, year: int, weekday: int, buddhist: bool = False
) -> tuple[int, int]:
    """Return (month, day) of a "medium" date `first/second/year` printed after *weekday*.

    The reading whose weekday is the printed one; when both or neither have it, month first
    (core's format) for a Christian year, day first for a Buddhist one (a site's own format).

    >>> _medium_order(3, 7, 2024, 3), _medium_order(7, 2, 2024, 2), _medium_order(11, 8, 2023, 1)
    ((3, 7), (2, 7), (11, 8))
    """
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append((date(year, month, day).weekday() == weekday, (month, day)))
        except ValueError:
            continue
    if not readings:
        return second, first
    agreeing = [reading for agrees, reading in readings if agrees]
    if len(agreeing) == 1:
        return agreeing[0]
    if len(readings) == 1:
        return readings[0][1]
    return (second, first) if buddhist else (first, second)


Built = tuple[datetime | date, int, list[str]]  # value, end of the used text, warnings


def _build(m: re.Match[str]) -> Built | None:
    """Turn one regex match into (value, end of the used text, warnings), or None if invalid."""
    kind = m.lastgroup
    g = m.group
    weekday: int | None = None
    warnings: list[str] = []
    if kind == "ISO":
        if g("isep") == "." and _looks_like_code(m.string, m.start(), m.end("id"), False):
            return None
        year = _year(g("iy"), None)
        if year is None:
            return None
        try:
            day = date(year, int(g("im")), int(g("id")))
        except ValueError:
            return None
        file_time = g("jt")  # a file name's `2022-05-09_083012`, `2022-05-09 at 08.30.12`
        if file_time is not None:
            hms = file_time.replace(".", "")
            return _with_time(day, hms[:2], hms[2:4], hms[4:], None, None, m.end(), warnings)
        if g("iH") is None:
            return day, m.end("id"), warnings
        tz = g("itz")
        if tz is None and _GMT_KEY.search(m.string, max(0, m.start() - 16), m.start()):
            tz = "GMT"  # the key says the value is GMT although the value does not
        return _with_time(day, g("iH"), g("iM"), g("iS"), None, tz, m.end(), warnings)
    if kind == "CD":  # `05032563`: day, month and a Buddhist-era year, as Thai files name it
        try:
            return date(int(g("qy")) - BE_OFFSET, int(g("qm")), int(g("qd"))), m.end(), warnings
        except ValueError:
            return None
    if kind == "CO":
        year = _year(g("ky"), None)
        if year is None:
            return None
        try:
            day = date(year, int(g("km")), int(g("kd")))
        except ValueError:
            return None
        if g("kH") is None:
            return day, m.end(), warnings
        return _with_time(day, g("kH"), g("kM"), g("kS"), None, None, m.end(), warnings)
    if kind == "TH":
        p = "t"
        wd, y_s, era, tm, tm2, day_s = g("twd", "ty", "tera", "tm", "tm2", "td")
        if wd is not None:
            weekday = THAI_WEEKDAYS[wd]
        year = _year(y_s, era)
        month = _thai_month(tm)
        if year is None or month is None:
            return None
        if era is None and len(y_s) == 2 and weekday is not None:
            year = _year_by_weekday(int(y_s), year, month, int(day_s), weekday)
        if tm2 is not None:  # `7 ก.พ. - 9 มี.ค. 2563`: the year belongs to the second month
            month2 = _thai_month(tm2)
            if month2 is None:
                return None
            if month > month2:
                year -= 1
        date_end = m.end("ty")
    elif kind == "ED" or kind == "EM":
        p = "e" if kind == "ED" else "f"
        wd, y_s, mon, day_s = g(p + "wd", p + "y", p + "m", p + "d")
        if wd is not None:
            weekday = ENGLISH_WEEKDAY_NUMBER[wd[:3].lower()]
        if len(y_s) == 2:  # Oracle's RR: 00-49 this century, 50-99 the last (an English month: CE)
            year = int(y_s) + (2000 if int(y_s) < RR_PIVOT else 1900)
        else:
            year = _year(y_s, g("eera") if p == "e" else None)
        month = ENGLISH_MONTH_NUMBER.get(mon[:3].lower())
        if year is None or month is None:
            return None
        if p == "e" and g("em2") is not None:  # `4 November – 13 December 2023`
            month2 = ENGLISH_MONTH_NUMBER.get(g("em2")[:3].lower())
            if month2 is None:
                return None
            if month > month2:
                year -= 1
        date_end = m.end(p + "y")
    elif kind == "TM":
        p = "s"
        y_s, day_s = g("sy", "sd")
        year = _year(y_s, None)
        month = _thai_month(g("sm"))
        if year is None or month is None:
            return None
        date_end = m.end("sy")
    else:  # NU
        p = "u"
        y_s, month_s, day_s, sep = g("ny", "nm", "nd", "nsep")
        short = len(y_s) == 2
        if (sep == "." or short) and _looks_like_code(
            m.string, m.start(), m.end("ny"), short, sep == "."
        ):
            return None
        era = g("nera")
        year = _year(y_s, era)
        if year is None:
            return None
        month = int(month_s)
        if era is not None:  # the era shows the writer; the numbers must show the order
            first, second = int(day_s), month
            if first > 12 >= second:
                month, day_s = second, day_s
            elif second > 12 >= first:
                month, day_s = first, month_s  # `3/25/2562 BE`: month first
            elif first != second:
                return None  # `3/4/2562 BE`: day and month cannot be told apart
        elif (medium := _medium_weekday(m)) is not None:  # `พฤ., 03/07/2024 - 08:08`
            month, day = _medium_order(int(day_s), month, year, medium[0], int(y_s) > BE_FROM)
            day_s = str(day)
        elif month > 12 and int(day_s) <= 12 and len(y_s) == 4 and int(y_s) <= BE_FROM:
            month, day_s = int(day_s), month_s  # `12/25/2020`: only month-first is possible
        date_end = m.end("nera") if era is not None else m.end("ny")
    try:
        day = date(year, month, int(day_s))
    except ValueError:
        return None
    if weekday is not None and day.weekday() != weekday:
        warnings.append(
            f"weekday {_WEEKDAY_NAMES[weekday]} contradicts {day.isoformat()} "
            f"({_WEEKDAY_NAMES[day.weekday()]})"
        )
    if kind == "TH" and g("ct") is not None:  # ctime: `6 ต.ค. 01:40:00 2519`
        h, mi, *sec = g("ct").split(":")
        return _with_time(day, h, mi, sec[0] if sec else None, None, None, m.end("ty"), warnings)
    hour, sep, minute, second, ampm, suffix, keyword, tz = g(*_TIME_GROUPS[p])
    if hour is None:
        words = _CLOCK_AFTER.match(m.string, date_end) if len(m.string) > date_end else None
        clock = None if words is None else _clock(words["cw"])
        if words is None or clock is None:
            return day, date_end, warnings
        return _with_time(
            day, str(clock[0]), str(clock[1]), None, None, None, words.end(), warnings
        )
    # A dot time (`10.30`) needs `เวลา` before it, `น.` or AM/PM after it, or the end of the text.
    if (
        sep == "."
        and keyword is None
        and suffix is None
        and ampm is None
        and m.string[m.end() :].strip()
    ):
        return day, date_end, warnings
    return _with_time(day, hour, minute, second, ampm, tz, m.end(), warnings)


_TIME_GROUPS = {
    p: tuple(p + n for n in ("H", "sep", "M", "S", "ap", "n", "kw", "tz")) for p in "tefsu"
}
_MONTH_BY_RAW: dict[str, int | None] = {}  # matched Thai month text -> number, filled as met
_CLOCK_NUMBER = re.compile(_CLOCK_N)
# Thai clock words after a date with no clock time: `5 มี.ค. 2567 บ่าย 3 โมง`, `เวลาสองทุ่ม`.
_CLOCK_AFTER = re.compile(rf"[ ,(]*(?:{_TIME_WORD})?[ :(]*(?=[บตเทหสจแก0-9])(?P<cw>{CLOCK_WORDS})")


def _clock(words: str) -> tuple[int, int] | None:
    """Return (hour, minute) for a Thai clock phrase, or None when the hour is out of its range.

    >>> _clock("บ่าย 3 โมง"), _clock("2 ทุ่มครึ่ง"), _clock("ตี 5"), _clock("9 โมงเช้า")
    ((15, 0), (20, 30), (5, 0), (9, 0))
    """
    found = _CLOCK_NUMBER.search(words)
    n = 0 if found is None else _THAI_NUMBERS.get(found.group()) or int(found.group())
    minute = _minutes(words)
    if minute > 59:
        return None
    if words.startswith("บ่าย"):  # บ่ายโมง = 13:00, บ่าย 2 โมง = 14:00 ... บ่าย 5 โมง
        if n == 0 and "โมง" not in words:
            return None  # บ่าย alone: an afternoon, not an hour
        n = n or 1
        return (12 + n, minute) if 1 <= n <= 5 else None
    if "ทุ่ม" in words:  # ทุ่ม / 1 ทุ่ม = 19:00 ... 5 ทุ่ม = 23:00
        n = n or 1
        return (18 + n, minute) if 1 <= n <= 5 else None
    if words.startswith("ตี"):  # ตี 1 = 01:00 ... ตี 5 = 05:00
        return (n, minute) if 1 <= n <= 5 else None
    if "เช้า" in words:  # 6 โมงเช้า ... 11 โมงเช้า; the old count: สองโมงเช้า = 08:00
        if 1 <= n <= 5:
            return n + 6, minute
        return (n, minute) if 6 <= n <= 11 else None
    if "เย็น" in words:  # 4 โมงเย็น = 16:00 ... 6 โมงเย็น = 18:00
        return (12 + n, minute) if 4 <= n <= 6 else None
    if "โมง" in words:  # bare, as said today: สองโมง = 14:00 ... ห้าโมง, เจ็ดโมง ... สิบเอ็ดโมง
        if 1 <= n <= 5:  # (the morning's 8-11 say เช้า, the night's 1-5 say ตี)
            return n + 12, minute
        return (n, minute) if 7 <= n <= 11 else None  # หกโมง: 06:00 or 18:00, not read
    return 12, minute  # เที่ยง, เที่ยงวัน, เที่ยงตรง


def _thai_month(raw: str) -> int | None:
    """Return the month number of a matched Thai month spelling."""
    month = _MONTH_BY_RAW.get(raw, 0)
    if month == 0:
        month = _MONTH_BY_RAW[raw] = THAI_MONTH_NUMBER.get(raw.replace(".", "").replace(" ", ""))
    return month


_BANGKOK_OFFSET = timedelta(hours=7)
_SHIFTS: dict[str, timedelta] = {}  # printed offset -> what to add to reach +07:00, filled as met


def _with_time(
    day: date,
    hour_s: str,
    minute_s: str,
    second_s: str | None,
    ampm: str | None,
    tz: str | None,
    end: int,
    warnings: list[str],
) -> tuple[datetime, int, list[str]] | None:
    """Combine a day with a printed time (and offset) into an aware +07:00 datetime."""
    hour, minute = int(hour_s), int(minute_s)
    second = int(second_s) if second_s else 0
    if ampm is not None and 1 <= hour <= 12:
        pm = ampm[0] in "Ppห"  # PM, p.m., หลังเที่ยง
        hour = (hour % 12) + (12 if pm else 0)
    if hour == 24 and minute == second == 0:  # `24.00 น.`: midnight ending the day
        day, hour = day + timedelta(days=1), 0
    elif hour > 23 or minute > 59 or second > 59:
        return None
    value = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=BANGKOK)
    if tz is not None:
        shift = _SHIFTS.get(tz)
        if shift is None:
            offset = _tz_offset(tz)
            if offset is None:
                return None
            shift = _SHIFTS[tz] = _BANGKOK_OFFSET - offset
        if shift:
            try:
                value += shift  # same instant, shown in +07:00
            except OverflowError:
                return None
    return value, end, warnings


Found = tuple[datetime | date, int, int, list[str]]  # value, start, end, warnings


def _scan(text: str, fold_lines: bool) -> Iterator[Found]:
    """Yield every valid date in text, left to right, with spans into text."""
    if isinstance(text, str) and ("ศักราช" in text or "พ.ศ" in text):
        if _WORDED_DATE.search(text) is not None:
            text = worded_numbers(text)  # (same length: the spans are the text's)
    digit = _HAS_DIGIT.search(text) if isinstance(text, str) else None
    if digit is None:
        return
    norm, offsets = _normalise(text, fold_lines)
    pos = 0
    if offsets is None and digit.start():
        # Skip label words: start at the first digit unless a weekday/month word may lead it.
        lead = _LEAD.search(norm, max(0, digit.start() - _MAX_LEAD), digit.start())
        pos = digit.start() if lead is None else lead.start()
    matches: Iterable[re.Match[str]] = DATE_RE.finditer(norm, pos)
    extra = list(THAI_MDY_RE.finditer(norm)) if "," in norm else []
    extra += THAI_MDY_BARE_RE.finditer(norm)
    if extra:
        matches = sorted([*matches, *extra], key=lambda m: m.start())
    last_end = 0
    for current in matches:
        if current.start() < last_end:
            continue  # overlaps a date already taken
        built = _build(current)
        if built is None:
            continue
        value, end, warnings = built
        start = current.start()
        if current.lastgroup == "NU" and (medium := _medium_weekday(current)) is not None:
            start = medium[1]  # the weekday belongs to the date: its reading depends on it
        last_end = end
        if start and type(value) is date and _HAS_DIGIT.search(norm, max(0, start - 40), start):
            before = _TIME_BEFORE.search(norm, max(0, start - 40), start)
            if before is not None and (
                before["sep"] == ":" or before["kw"] or before["n"] or before["ap"]
            ):
                tz, after = before["tz"], None
                if tz is None:  # `09:15, 3 March 2022 (UTC)`: the offset follows the date
                    after = _TZ_AFTER.match(norm, end)
                    tz = None if after is None else after["tz"]
                hms = before["H"], before["M"], before["S"]
                timed = _with_time(value, *hms, before["ap"], tz, end, [])
                if timed is not None:
                    value, start = timed[0], before.start()
                    end = end if after is None else after.end()
        if offsets is not None:
            start, end = offsets[start], offsets[end]
        yield value, start, end, warnings
    if last_end == 0 and len(norm) >= 8:
        # Compact digits (file names, URLs) only when the text prints no other date.
        for current in COMPACT_RE.finditer(norm, pos):
            built = _build(current)
            if built is not None:
                start, end = current.start(), built[1]
                if offsets is not None:
                    start, end = offsets[start], offsets[end]
                yield built[0], start, end, built[2]


def _match(text: str, found: Found) -> DateMatch:
    """Wrap a scan result as a DateMatch."""
    value, start, end, warnings = found
    return DateMatch(value=value, start=start, end=end, text=text[start:end], warnings=warnings)


def parse_thai_date_detailed(text: str, relative_to: datetime | None = None) -> ParsedDate | None:
    """Parse the first complete date in a short date element, with its span and warnings.

    >>> p = parse_thai_date_detailed("วันพุธ, 04 ตุลาคม 2561 17:08")
    >>> p.value.isoformat(), p.start, p.end
    ('2018-10-04T17:08:00+07:00', 0, 28)
    >>> p.warnings
    ['weekday พุธ contradicts 2018-10-04 (พฤหัสบดี)']
    """
    for found in _scan(text, True):
        return _match(text, found)
    fallback = _fallback(text, relative_to) if isinstance(text, str) else None
    if fallback is None:
        return None
    value, start, end, note = fallback
    return DateMatch(value=value, start=start, end=end, text=text[start:end], warnings=note)


def parse_thai_date(text: str, relative_to: datetime | None = None) -> datetime | date | None:
    """Parse the date in a short date element: aware +07:00 datetime, date, or None.

    With *relative_to* (the page's fetch time), relative dates such as `2 ชั่วโมงที่แล้ว` or
    `3 days ago` are resolved against it; without it they give None.

    >>> parse_thai_date("03 ตุลาคม 2561 17:08").isoformat()
    '2018-10-03T17:08:00+07:00'
    >>> parse_thai_date("ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14").isoformat()
    '2017-02-14T10:14:00+07:00'
    >>> parse_thai_date("วันอาทิตย์ที่ 3 พฤศจิกายน 2562")
    datetime.date(2019, 11, 3)
    >>> parse_thai_date("๗ ก.พ. ๖๓ เวลา ๐๙.๓๐ น.").isoformat()
    '2020-02-07T09:30:00+07:00'
    >>> parse_thai_date("Fri, 07 Feb 2020 02:30:00 GMT").isoformat()
    '2020-02-07T09:30:00+07:00'
    >>> parse_thai_date("09:15, 3 มีนาคม 2565").isoformat()
    '2022-03-03T09:15:00+07:00'
    >>> parse_thai_date("5 มี.ค. 2567 บ่าย 3 โมง").isoformat()
    '2024-03-05T15:00:00+07:00'
    >>> parse_thai_date('"date_gmt":"2025-11-10T03:04:15"').isoformat()
    '2025-11-10T10:04:15+07:00'
    >>> parse_thai_date("vdo_file_20230310142445.mp4").isoformat()
    '2023-03-10T14:24:45+07:00'
    >>> parse_thai_date("29 พฤษภาคม 1453"), parse_thai_date("3/25/2562 BE")
    (datetime.date(1453, 5, 29), datetime.date(2019, 3, 25))
    >>> parse_thai_date("3/4/2562 BE") is None, parse_thai_date("version 8.6.14") is None
    (True, True)
    >>> parse_thai_date("31 ก.พ. 2563") is None, parse_thai_date("ตุลาคม 2561") is None
    (True, True)
    """
    for found in _scan(text, True):
        return found[0]
    fallback = _fallback(text, relative_to) if isinstance(text, str) else None
    return None if fallback is None else fallback[0]


def find_thai_dates(text: str) -> list[DateMatch]:
    """Find every complete date in running text, with spans into the given string.

    >>> [(d.text, to_iso(d.value)) for d in find_thai_dates("วันนี้ (3 ต.ค. 61) ณ กรุงเทพฯ")]
    [('3 ต.ค. 61', '2018-10-03')]
    """
    return [_match(text, found) for found in _scan(text, False)]


# --- Fallback: dateparser for what the Thai grammar does not cover ---------------------------
# A day, a month word the grammar did not read (Latin-script languages other than English, or
# Vietnamese `Tháng 1`) and a year, with an optional time after a short word (`lúc`, `la`).
_FOREIGN_DATE = re.compile(
    r"(?<!\d)\d{1,2}\.? +(?:de +)?(?:[^\W\d_ก-๛]{3,}\.?|[Tt]háng +\d{1,2}),? +(?:del? +|năm +)?"
    r"\d{4}(?!\d)(?: +(?:[^\W\d_ก-๛]{1,5} +){0,2}\d{1,2}:\d{2})?"
    r"|(?<![^\W\d_])[^\W\d_ก-๛]{3,}\.? +\d{1,2},? +\d{4}(?!\d)"
    r"|\d{4} *[年년] *\d{1,2} *[月월] *\d{1,2} *[日일]"  # Chinese, Japanese, Korean
)
# Relative dates on listing pages: `2 ชั่วโมงที่แล้ว`, `เมื่อวานนี้`, `3 days ago`, `yesterday`.
_RELATIVE = re.compile(
    r"(?P<n>\d+) *(?P<unit>วินาที|นาที|ชั่วโมง|ชม\.?|วัน|สัปดาห์|อาทิตย์|เดือน|ปี) *"
    r"(?:ที่แล้ว|ก่อน|ที่ผ่านมา)"
    r"|(?P<en>\d+ +(?i:second|minute|hour|day|week|month|year)s? +(?i:ago))"
    r"|(?P<day>เมื่อวาน(?:นี้)?|วานนี้|(?i:yesterday)|วันนี้|(?i:today))"
)
# A clock time after a relative day: `เมื่อวานนี้ 10:30 น.`
_RELATIVE_TIME = re.compile(r" *,? *(?:เวลา *|(?i:at) +)?(\d{1,2})[:.](\d{2})(?!\d) *(?:น\.)?")
_THAI_UNITS = {"วินาที": "second", "นาที": "minute", "ชั่วโมง": "hour", "ชม": "hour"}
_THAI_UNITS.update({"วัน": "day", "สัปดาห์": "week", "อาทิตย์": "week", "เดือน": "month"})
_THAI_UNITS["ปี"] = "year"
_CLOCK_UNITS = ("second", "minute", "hour")  # relative units precise enough to keep the time
_FOREIGN_LANGUAGES = [
    "es", "pt", "fr", "de", "it", "nl", "ro", "tr", "vi", "sv", "id", "ms", "pl", "da", "nb",
    "fi", "hu", "cs", "ru", "uk", "zh", "ja", "ko", "lo", "km", "my", "en",
]  # fmt: skip


def _fallback(text: str, relative_to: datetime | None) -> Found | None:
    """Ask dateparser about a foreign-language or (given a fetch time) relative date in text."""
    if len(text) > 400:
        return None
    found = _FOREIGN_DATE.search(text)
    if (
        found is not None
        and not text[found.start() : found.end()].isascii()
        or (found is not None and not _EN_WORD.search(found.group()))
    ):
        value = _dateparser(found.group(), _FOREIGN_LANGUAGES, None)
        if value is not None:
            timed = ":" in found.group()
            return (value if timed else value.date()), found.start(), found.end(), []
    if relative_to is None:
        return None
    rel = _RELATIVE.search(text)
    if rel is None:
        return None
    if rel["n"] is not None:
        unit = _THAI_UNITS[rel["unit"].rstrip(".")]
        phrase = f"{rel['n']} {unit}s ago"
    elif rel["en"] is not None:
        phrase = rel["en"]
        unit = next((u for u in _CLOCK_UNITS if u in phrase.lower()), "day")
    else:
        phrase = "today" if rel["day"].lower() in ("วันนี้", "today") else "yesterday"
        unit = "day"
    value = _dateparser(phrase, ["en"], relative_to)
    if value is None:
        return None
    end = rel.end()
    note = [f"relative date {rel.group()!r} resolved against {to_iso(relative_to)}"]
    if unit in _CLOCK_UNITS:
        return value, rel.start(), end, note
    clock = _RELATIVE_TIME.match(text, end)
    if clock is not None:
        timed = _with_time(value.date(), clock[1], clock[2], None, None, None, clock.end(), note)
        if timed is not None:
            return timed[0], rel.start(), clock.end(), note
    return value.date(), rel.start(), end, note


# An English month word, which the grammar already reads: no need to ask dateparser.
_EN_WORD = re.compile(rf"(?<![A-Za-z]){_EN_MONTH}(?![A-Za-z])")


def _dateparser(text: str, languages: list[str], base: datetime | None) -> datetime | None:
    """Run dateparser on one short string; return an aware +07:00 datetime or None."""
    import dateparser  # imported on first use: most pages never need it

    settings: dict[str, object] = {"REQUIRE_PARTS": ["day", "month", "year"]}
    if base is not None:
        base = base if base.tzinfo else base.replace(tzinfo=BANGKOK)
        settings = {"RELATIVE_BASE": base.astimezone(BANGKOK).replace(tzinfo=None)}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            value = dateparser.parse(text, languages=languages, settings=settings)
        except (ValueError, TypeError, OverflowError, AttributeError):
            return None
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=BANGKOK)
    return value.astimezone(BANGKOK)


def to_iso(value: datetime | date) -> str:
    """Format a parsed value as ISO 8601: `2018-10-03T17:08:00+07:00` or `2018-10-03`.

    >>> to_iso(date(2018, 10, 3))
    '2018-10-03'
    >>> to_iso(datetime(2018, 10, 3, 10, 8, tzinfo=timezone.utc))
    '2018-10-03T17:08:00+07:00'
    """
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=BANGKOK)
        return value.astimezone(BANGKOK).isoformat()
    return value.isoformat()


def parse_iso_or_be(text: str) -> date:
    """Parse a CLI date argument (ISO, BE ISO with year > 2400, or a Thai date) to a date.

    >>> parse_iso_or_be("2561-10-03")
    datetime.date(2018, 10, 3)
    >>> parse_iso_or_be("3 ต.ค. 2561")
    datetime.date(2018, 10, 3)
    """
    value = parse_thai_date(text) if isinstance(text, str) else None
    if value is None:
        raise ValueError(
            f"not a date: {text!r} (use YYYY-MM-DD, a Buddhist-era year such as 2561-10-03, "
            "or a Thai date such as '3 ต.ค. 2561')"
        )
    return value.date() if isinstance(value, datetime) else value


def yearless_of(text: str, machine: str) -> bool:
    """Tell whether *text* prints the day and month of the machine time *machine*, without a
    year (a calendar box's "16 ก.พ." over `datetime="2024-02-16T09:24:00+07:00"`).

    The text's own date would be read as it is; one lacking the year is the machine time's
    when, completed with that time's year (in Bangkok), it is the same day.

    >>> yearless_of("16 ก.พ.", "2024-02-16T09:24:00+07:00")
    True
    >>> yearless_of("17 ก.พ.", "2024-02-16T09:24:00+07:00"), yearless_of("16", "2024-02-16")
    (False, False)
    """
    try:
        value = parse_thai_date(machine)
        if value is None or parse_thai_date(text) is not None:
            return False
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(BANGKOK)
        completed = parse_thai_date(f"{text} {value.year}")
    except (ValueError, OverflowError):
        return False
    day = value.date() if isinstance(value, datetime) else value
    found = completed.date() if isinstance(completed, datetime) else completed
    return found == day


def dates_only(text: str) -> bool:
    """Tell whether a text is nothing but dates (a post's date link: "9 ก.พ. 2567 16 ก.พ. 2567").

    >>> dates_only("29 มกราคม 2567 6 กุมภาพันธ์ 2567"), dates_only("ประชุม 3 ต.ค. 61")
    (True, False)

    A day's abbreviated name before a date is part of it (WordPress's "D j M Y": ศ. = Friday):

    >>> dates_only("ศ. 23 ก.พ. 2567 10:38 AM"), dates_only("อ.เมือง 5 มี.ค. 2567")
    (True, False)
    """
    found = find_thai_dates(text)
    for match in reversed(found):
        head = WEEKDAY_ABBREVIATION_BEFORE_RE.sub("", text[: match.start])
        text = head + text[match.end :]
    return bool(found) and not re.search(r"[^\W_]", text)


# A day's abbreviated name right before a date: อา. จ. อ. พ. พฤ. ศ. ส. (Sunday ... Saturday).
WEEKDAY_ABBREVIATION_BEFORE_RE = re.compile(rf"(?:^|(?<=\s))(?:{THAI_WEEKDAY_ABBR_RE})\.\s*$")
