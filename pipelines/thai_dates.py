"""Normalise the dates Thai government pages print into ISO 8601 values in Asia/Bangkok (+07:00).

One compiled regular expression (five branches: ISO, Thai month names, English day-month-year,
English month-day-year, numeric day-month-year; plus a separate one for `มีนาคม 5, 2021`) runs
over text normalised 1:1 where possible (Thai digits to Arabic, odd spaces to plain spaces), then
month tables, explicit era rules and ``datetime`` validate the parts.
Nothing is ever filled in from today's date.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
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
MIN_YEAR, MAX_YEAR = 1900, 2100  # plausible CE years after era conversion
BE_OFFSET = 543  # Buddhist era = CE + 543

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
THAI_MONTH_NUMBER = {
    s.replace(".", ""): n for n, forms in _THAI_MONTHS.items() for s in forms
}  # key: spelling without dots
_ENGLISH_MONTHS = (
    "january february march april may june july august september october november december"
).split()
ENGLISH_MONTH_NUMBER = {name[:3]: i for i, name in enumerate(_ENGLISH_MONTHS, 1)}
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


_TH_MONTH = _trie_regex(s for forms in _THAI_MONTHS.values() for f in forms for s in _spellings(f))
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
_ERA = (
    r"(?:(?:ปี *)?(?P<{p}era>พ\.? ?ศ\.?|พุทธศักราช|B\.? ?E\.?|ค\.? ?ศ\.?|คริสต์ศักราช|A\.? ?D\.?) *|ปี *)?"
)


_TZ = (
    r"(?:Z|[+-]\d{2}:?\d{2}|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|UT|ICT|[ECMP][SD]T)(?![A-Za-z])"
)
# RFC 822 zone names -> UTC offset in hours.
_NAMED_ZONES = {"Z": 0, "GMT": 0, "UTC": 0, "UT": 0, "ICT": 7, "EST": -5, "EDT": -4, "CST": -6}
_NAMED_ZONES.update({"CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7})


# `เวลา` and the words printed with it: `ตั้งแต่เวลา`, `เมื่อเวลา`, `เวลาประมาณ`, `ช่วงเวลา`.
_TIME_WORD = r"(?:ตั้งแต่|ระหว่าง|เมื่อ|ช่วง|ใน|ราว|ณ) *เวลา(?: *ประมาณ)?|เวลา(?: *ประมาณ)?"


_AMPM = r"[AaPp]\.? ?[Mm]\.?(?![A-Za-z])"


def _time(p: str) -> str:
    """Optional time after a date: `17:08`, `09.30 น.`, `เวลา 9.30`, `10:25:34 AM +0700`."""
    return (
        rf"(?:(?: *\))?[ ,(]*(?:[-–—|@•·/]|(?i:at)|T)?"
        rf"[ ,(]*(?P<{p}kw>{_TIME_WORD}|(?i:time))?[ :(]*"
        rf"(?P<{p}H>\d{{1,2}})(?P<{p}sep>[:.])(?P<{p}M>\d{{2}})(?:(?P={p}sep)(?P<{p}S>\d{{2}}))?"
        rf"(?:[.,]\d+)?(?!\d)"
        rf"(?: *(?P<{p}ap>{_AMPM}))?"
        rf"(?: *[-–] *\d{{1,2}}[.:]\d{{2}}(?: *{_AMPM})?)?"  # `10.30 - 12.00 น.`: the start
        rf"(?: *(?P<{p}n>น\.|นาฬิกา|น(?![ก-๙])))?"
        rf"(?: *(?P<{p}tz>{_TZ}))?"
        rf")?"
    )


_ISO = (
    r"(?=\d)(?P<ISO>(?<![\d/.-])(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d)"
    r"(?:(?:T| +)(?P<iH>\d{1,2}):(?P<iM>\d{2})(?::(?P<iS>\d{2})(?:[.,]\d+)?)?"
    rf" *(?P<itz>{_TZ})?)?)"
)
_THAI = (
    rf"(?=[0-9วอจพศสเ])(?P<TH>(?<!\d)(?<!\d[.,])(?:(?:วัน *)?(?P<twd>{_TH_WEEKDAY})(?: *ที่)?[ ,]*)?"
    rf"(?P<td>\d{{1,2}})(?!\d)(?:[ ]*(?:{_RANGE_SEP}|,)[ ]*\d{{1,2}}(?!\d)){{0,6}}"  # `3, 4 และ 5`
    rf"[ ]*(?:[-/] *)?(?:เดือน *)?"
    rf"(?P<tm>{_TH_MONTH})"
    rf"(?:[ ]*{_RANGE_SEP}[ ]*(?:วันที่ *)?(?P<td2>\d{{1,2}})[ ]*(?:เดือน *)?(?P<tm2>{_TH_MONTH}))?"
    rf"[ ]*[,/-]?[ ]*{_ERA.format(p='t')}"
    rf"(?P<ty>\d{{4}}|\d{{2}}{_NOT_YEAR_UNITS})(?!\d|[:.]\d)"
    rf"{_time('t')})"
)
_ENG_DMY = (
    rf"(?=[0-9A-Za-z])(?<![A-Za-z])(?P<ED>(?<!\d)(?<!\d[.,])(?:(?P<ewd>{_EN_WEEKDAY})[ ,]*)?"
    rf"(?P<ed>\d{{1,2}})(?i:st|nd|rd|th)?(?:[ ]*[-–—][ ]*\d{{1,2}})?[ -]*(?:of )?"
    rf"(?P<em>{_EN_MONTH})[ ,-]*{_ERA.format(p='e')}(?P<ey>\d{{4}})(?!\d)"
    rf"{_time('e')})"
)
_ENG_MDY = (
    rf"(?=[A-Za-z])(?<![A-Za-z])(?P<EM>(?:(?P<fwd>{_EN_WEEKDAY})[ ,]*)?"
    rf"(?P<fm>{_EN_MONTH}) *(?P<fd>\d{{1,2}})(?!\d)(?i:st|nd|rd|th)?(?:[ ]*[-–—][ ]*\d{{1,2}})?"
    rf"[ ]*,?[ ]*(?P<fy>\d{{4}})(?!\d)"
    rf"{_time('f')})"
)
# WordPress's `F j, Y` with a Thai month: `มีนาคม 5, 2021` (comma required, 4-digit year).
# A separate regex, run only on text with a comma: Thai months start with common letters.
_THAI_MDY = (
    rf"(?P<TM>(?P<sm>{_TH_MONTH}) *(?P<sd>\d{{1,2}})(?!\d) *, *(?P<sy>\d{{4}})(?!\d)"
    rf"{_time('s')})"
)
_NUMERIC = (
    r"(?=\d)(?P<NU>(?<![\d/.-])(?P<nd>\d{1,2})(?P<nsep>[-/.]| / )(?P<nm>\d{1,2})(?P=nsep)"
    r"(?P<ny>\d{4}|\d{2})(?!\d|[-/.]\d)"
    rf"{_time('u')})"
)
# Each branch starts with a cheap lookahead so most positions fail at once.
DATE_RE = re.compile(
    "(?=[0-9A-Za-zวอจพศสเ])(?:" + "|".join((_ISO, _THAI, _ENG_DMY, _ENG_MDY, _NUMERIC)) + ")"
)
THAI_MDY_RE = re.compile(_THAI_MDY)
# A time printed just before a date that has none: `เวลา 10.00 น. วันที่ 3 ต.ค. 61`.
_TIME_BEFORE = re.compile(
    r"(?:(?P<kw>เวลา) *)?(?<![\d.:])(?P<H>\d{1,2})(?P<sep>[:.])(?P<M>\d{2})"
    r"(?:(?P=sep)(?P<S>\d{2}))?"
    rf"(?: *(?P<ap>{_AMPM}))?"
    r"(?: *(?P<n>น\.|นาฬิกา|น(?![ก-๙])))? *[,|\-–—•·/]? *(?:ของ *)?(?:เมื่อ *)?(?:วันที่ *|วันนี้ *\( *)?$"
)
_MAX_LEAD = 32  # longest text before a date's first digit: `วันพฤหัสบดีที่ `, `Wednesday, September `
# Before its first digit a date can only start with a weekday (Thai or English) or English month.
_LEAD = re.compile("[A-Za-z]|" + _trie_regex(["วัน", *THAI_WEEKDAYS]))
# Cheap pre-check: no digit, no date.
_HAS_DIGIT = re.compile(r"[0-9๐-๙]")


@dataclass(kw_only=True)
class DateMatch:
    """One date found in text: its value, span in the given string and any warnings."""

    value: datetime | date
    start: int
    end: int
    text: str
    warnings: list[str] = field(default_factory=list)


ParsedDate = DateMatch  # what parse_thai_date_detailed returns


def _normalise(text: str, fold_lines: bool) -> tuple[str, list[int] | None]:
    """Return text with Thai digits and spaces normalised, plus an offset map if lengths differ."""
    table = _FOLD_LINES if fold_lines else _ONE_TO_ONE
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


def _year(raw: str, era: str | None) -> int | None:
    """Return the CE year for a printed year and era marker, or None if implausible."""
    y = int(raw)
    ce_marker = era is not None and (era[0] in "คA")
    if len(raw) == 2:
        y = 2000 + y if ce_marker else 2500 + y - BE_OFFSET
    elif y > 2400:
        if ce_marker:
            return None
        y -= BE_OFFSET
    if MIN_YEAR <= y <= MAX_YEAR:
        return y
    return None


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


def _build(m: re.Match[str]) -> tuple[datetime | date, int, list[str]] | None:
    """Turn one regex match into (value, end of the used text, warnings), or None if invalid."""
    kind = m.lastgroup
    g = m.group
    weekday: int | None = None
    warnings: list[str] = []
    if kind == "ISO":
        year = _year(g("iy"), None)
        if year is None:
            return None
        try:
            day = date(year, int(g("im")), int(g("id")))
        except ValueError:
            return None
        if g("iH") is None:
            return day, m.end("id"), warnings
        return _with_time(day, g("iH"), g("iM"), g("iS"), None, g("itz"), m.end(), warnings)
    if kind == "TH":
        p = "t"
        wd, y_s, era, tm, tm2, day_s = g("twd", "ty", "tera", "tm", "tm2", "td")
        if wd is not None:
            weekday = THAI_WEEKDAYS[wd]
        year = _year(y_s, era)
        month = _thai_month(tm)
        if year is None or month is None:
            return None
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
        year = _year(y_s, g("eera") if p == "e" else None)
        month = ENGLISH_MONTH_NUMBER.get(mon[:3].lower())
        if year is None or month is None:
            return None
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
        y_s, month_s, day_s = g("ny", "nm", "nd")
        year = _year(y_s, None)
        if year is None:
            return None
        month = int(month_s)
        if month > 12 and int(day_s) <= 12 and len(y_s) == 4 and int(y_s) < 2400:
            month, day_s = int(day_s), month_s  # `12/25/2020`: only month-first is possible
        date_end = m.end("ny")
    try:
        day = date(year, month, int(day_s))
    except ValueError:
        return None
    if weekday is not None and day.weekday() != weekday:
        warnings.append(
            f"weekday {_WEEKDAY_NAMES[weekday]} contradicts {day.isoformat()} "
            f"({_WEEKDAY_NAMES[day.weekday()]})"
        )
    hour, sep, minute, second, ampm, suffix, keyword, tz = g(*_TIME_GROUPS[p])
    if hour is None:
        return day, date_end, warnings
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
        pm = ampm[0] in "Pp"
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
            value += shift  # same instant, shown in +07:00
    return value, end, warnings


Found = tuple[datetime | date, int, int, list[str]]  # value, start, end, warnings


def _scan(text: str, fold_lines: bool) -> Iterator[Found]:
    """Yield every valid date in text, left to right, with spans into text."""
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
    if "," in norm:
        extra = list(THAI_MDY_RE.finditer(norm))
        if extra:
            matches = sorted([*matches, *extra], key=lambda m: m.start())
    last_end = 0
    for m in matches:
        if m.start() < last_end:
            continue  # overlaps a date already taken
        built = _build(m)
        if built is None:
            continue
        value, end, warnings = built
        start = m.start()
        last_end = end
        if start and type(value) is date and _HAS_DIGIT.search(norm, max(0, start - 40), start):
            before = _TIME_BEFORE.search(norm, max(0, start - 40), start)
            if before is not None and (
                before["sep"] == ":" or before["kw"] or before["n"] or before["ap"]
            ):
                timed = _with_time(
                    value, before["H"], before["M"], before["S"], before["ap"], None, end, []
                )
                if timed is not None:
                    value, start = timed[0], before.start()
        if offsets is not None:
            start, end = offsets[start], offsets[end]
        yield value, start, end, warnings


def _match(text: str, found: Found) -> DateMatch:
    """Wrap a scan result as a DateMatch."""
    value, start, end, warnings = found
    return DateMatch(value=value, start=start, end=end, text=text[start:end], warnings=warnings)


def parse_thai_date_detailed(text: str) -> ParsedDate | None:
    """Parse the first complete date in a short date element, with its span and warnings.

    >>> p = parse_thai_date_detailed("วันพุธ, 04 ตุลาคม 2561 17:08")
    >>> p.value.isoformat(), p.start, p.end
    ('2018-10-04T17:08:00+07:00', 0, 28)
    >>> p.warnings
    ['weekday พุธ contradicts 2018-10-04 (พฤหัสบดี)']
    """
    for found in _scan(text, True):
        return _match(text, found)
    return None


def parse_thai_date(text: str) -> datetime | date | None:
    """Parse the date in a short date element: aware +07:00 datetime, date, or None.

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
    >>> parse_thai_date("31 ก.พ. 2563") is None, parse_thai_date("ตุลาคม 2561") is None
    (True, True)
    """
    for found in _scan(text, True):
        return found[0]
    return None


def find_thai_dates(text: str) -> list[DateMatch]:
    """Find every complete date in running text, with spans into the given string.

    >>> [(d.text, to_iso(d.value)) for d in find_thai_dates("วันนี้ (3 ต.ค. 61) ณ กรุงเทพฯ")]
    [('3 ต.ค. 61', '2018-10-03')]
    """
    return [_match(text, found) for found in _scan(text, False)]


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
