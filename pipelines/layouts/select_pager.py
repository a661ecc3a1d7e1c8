"""Pagers with no page links: a drop-down list of the listing's pages, or a page-number box.

Old in-house systems and some frameworks print the pages of a listing as a `<select>` ("ไปที่
หน้า [หน้า ๒]") that a script submits on change: either each option holds its page's address
(`onchange="location.href=this.value"`), or the select is a field of a GET form whose action is
the listing (`?page=2` when submitted). The selected option is the current page; the option
after it is the next one. The address is built the way a browser submits the form: the form's
own fields with the page field set, as the query of its action. A "ไปหน้า [ ] ไป จากทั้งหมด ๓
หน้า" box (go to page [ ] of 3) is such a form with a text field: the next page is the one after
the field's value (or the address's), up to the count the form prints.
"""

from __future__ import annotations

import itertools
import re
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from crawler.urls import canonical_url
from pipelines.text import THAI_DIGITS

# An option naming a page: a number with an optional "page" word ("หน้า ๒", "Page 3", "2/7").
PAGE_OPTION_RE = re.compile(
    r"^(?:หน้า(?:ที่)?|page|p\.?)?\s*[0-9๐-๙]{1,5}(?:\s*(?:/|จาก|of)\s*[0-9๐-๙]{1,5})?$", re.I
)
# A placeholder option before the pages ("-- เลือกหน้า --", "Go to page").
MIN_PAGE_OPTIONS = 2
# An option value that is an address rather than a bare page number.
ADDRESS_VALUE_RE = re.compile(r"[/?=]|\.(?:php|aspx?|jsp|html?|cfm)\b", re.I)
NUMBER_RE = re.compile(r"\d+")
# A text field that takes a page number (its name), and the words around it ("ไปหน้า", "Go to
# page") and the count it prints ("จากทั้งหมด ๓ หน้า", "of 3").
PAGE_FIELD_RE = re.compile(r"^(?:page|p|pg|page_?no|page_?num|currentpage|หน้า)$", re.I)
PAGE_WORDS_RE = re.compile(r"หน้า|page", re.I)
PAGE_COUNT_RE = re.compile(r"(?:ทั้งหมด|จาก|of)\s*([0-9๐-๙]{1,5})\s*(?:หน้า|pages?)?", re.I)
# Form fields a browser leaves out of a submission.
UNSENT_INPUTS = frozenset({"submit", "button", "image", "reset", "file"})


def next_by_select(root: Any, url: str, join: Any) -> str | None:
    """Return the next listing page a page-number `<select>` leads to, or None.

    *join* resolves an address against the page (Page.urljoin).

    >>> from lxml import html
    >>> page = html.fromstring('<form action="/news/"><input type="hidden" name="cat" value="1">'
    ...     '<select name="page"><option value="1" selected>หน้า ๑</option>'
    ...     '<option value="2">หน้า ๒</option></select></form>')
    >>> from urllib.parse import urljoin
    >>> next_by_select(page, "http://h/news/?cat=1", urljoin)
    'http://h/news/?cat=1&page=2'
    """
    if not hasattr(root, "iter"):
        return None
    here = canonical_url(url)
    for select in root.iter("select"):
        options = list(select.iter("option"))
        texts = [" ".join("".join(o.itertext()).split()) for o in options]
        paged = [o for o, text in zip(options, texts, strict=True) if PAGE_OPTION_RE.match(text)]
        if len(paged) < MIN_PAGE_OPTIONS or len(paged) < len(options) - 1:
            continue  # not a list of pages (a category picker)
        if not _counts_pages([_number(o) for o in paged]):
            continue  # years, or a page-size picker (5, 10, 20, ...)
        current = _current(paged, url, join)
        if current + 1 >= len(paged):
            return None  # the last page is selected
        target = _option_target(select, paged[current + 1], url, join)
        if target and canonical_url(target) != here:
            return target
    return None


def _number(option: Any) -> int:
    """Return the first number an option's text prints (Thai digits read)."""
    text = "".join(option.itertext()).translate(THAI_DIGITS)
    return int(NUMBER_RE.search(text).group(0))  # PAGE_OPTION_RE matched: one is there


def _counts_pages(numbers: list[int]) -> bool:
    """Tell whether *numbers* count pages: 1, 2, 3, ... (or 0, 1, 2, ...)."""
    return numbers[0] in (0, 1) and all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _current(options: list[Any], url: str, join: Any) -> int:
    """Return the index of the current page's option: the selected one, else the one whose
    address is the page's own, else the first."""
    for index, option in enumerate(options):
        if option.get("selected") is not None:
            return index
    here = canonical_url(url)
    for index, option in enumerate(options):
        value = (option.get("value") or "").strip()
        if ADDRESS_VALUE_RE.search(value) and canonical_url(join(url, value)) == here:
            return index
    return 0


def _option_target(select: Any, option: Any, url: str, join: Any) -> str | None:
    """Return the address choosing *option* opens: its own value when that is an address,
    else the select's GET form submitted with it."""
    value = option.get("value")
    value = " ".join("".join(option.itertext()).split()) if value is None else value.strip()
    if ADDRESS_VALUE_RE.search(value):
        target = str(join(url, value))
        return target if urlsplit(target).netloc == urlsplit(url).netloc else None
    form = next((el for el in select.iterancestors("form")), None)
    name = select.get("name")
    if form is None or not name or (form.get("method") or "get").strip().lower() != "get":
        return None
    return _submitted(form, select, value, url, join)


def _submitted(form: Any, field: Any, value: str, url: str, join: Any) -> str | None:
    """Return the address a browser opens submitting the GET *form* with *field* set to
    *value*: its fields as the query of its action (None for another host)."""
    action = (form.get("action") or "").strip()
    target = str(join(url, action)) if action else url
    parts = urlsplit(target)
    if parts.netloc != urlsplit(url).netloc:
        return None
    query = urlencode(_form_fields(form, field, value))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def _form_fields(form: Any, chosen: Any, value: str) -> list[tuple[str, str]]:
    """Return the name/value pairs a browser sends for *form*, *chosen* set to *value*."""
    fields: list[tuple[str, str]] = []
    for el in form.iter("input", "select", "textarea"):
        name = el.get("name")
        if not name or el.get("disabled") is not None:
            continue
        if el is chosen:
            fields.append((name, value))
        elif el.tag == "input":
            kind = (el.get("type") or "text").lower()
            if kind in UNSENT_INPUTS or (
                kind in ("checkbox", "radio") and el.get("checked") is None
            ):
                continue
            fields.append((name, el.get("value") or ""))
        elif el.tag == "select":
            options = list(el.iter("option"))
            picked = next((o for o in options if o.get("selected") is not None), None)
            picked = picked if picked is not None else (options[0] if options else None)
            if picked is not None:
                fields.append((name, picked.get("value") or "".join(picked.itertext()).strip()))
        else:
            fields.append((name, "".join(el.itertext())))
    return fields


def next_by_page_field(root: Any, url: str, join: Any) -> str | None:
    """Return the next listing page a GET form's page-number box leads to, or None.

    >>> from lxml import html
    >>> from urllib.parse import urljoin
    >>> page = html.fromstring('<form method="get" action="/th/News/">ไปหน้า <input type="text"'
    ...     ' name="page" value="1"> <input type="submit" value="ไป"> จากทั้งหมด ๓ หน้า</form>')
    >>> next_by_page_field(page, "http://h/th/News/", urljoin)
    'http://h/th/News/?page=2'
    >>> next_by_page_field(page, "http://h/th/News/?page=3", urljoin) is None
    True
    """
    if not hasattr(root, "iter"):
        return None
    for form in root.iter("form"):
        if (form.get("method") or "get").strip().lower() != "get":
            continue
        fields = [
            el
            for el in form.iter("input")
            if (el.get("type") or "text").lower() in ("text", "number")
            and PAGE_FIELD_RE.match(el.get("name") or "")
        ]
        said = " ".join("".join(form.itertext()).split()).translate(THAI_DIGITS)
        if len(fields) != 1 or not PAGE_WORDS_RE.search(said):
            continue
        field = fields[0]
        current = _page_in(url, field.get("name", "")) or _int(field.get("value")) or 1
        count = PAGE_COUNT_RE.search(said)
        last = _int(field.get("max")) or (int(count.group(1)) if count else None)
        if last is not None and current >= last:
            return None
        return _submitted(form, field, str(current + 1), url, join)
    return None


def _page_in(url: str, name: str) -> int | None:
    """Return the page number the address gives the field *name*, if any."""
    found = re.search(rf"(?:^|&){re.escape(name)}=([0-9]+)", urlsplit(url).query)
    return int(found.group(1)) if found else None


def _int(value: str | None) -> int | None:
    value = (value or "").strip().translate(THAI_DIGITS)
    return int(value) if value.isdigit() else None
