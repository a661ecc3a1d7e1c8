"""Marks a template prints in a headline's element that are not the headline's words.

A kicker before it in an element of its own ("[ภาพข่าว]", "ภาพข่าว :", a red "ด่วน!") names the
kind of post; a badge after it ("NEW!", a "ใหม่" picture) says it is recent. Words the editor
typed into the headline (an emoji, quotes, "ประกาศ:" in its own text) stay.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

INLINE_TAGS = frozenset({"span", "font", "b", "strong", "em", "i", "small", "label", "mark", "sup"})
MARK_CHARS = 20  # a kicker or badge is a word or two
# A badge's or a kicker's word alone: new, hot, urgent, updated (Thai and English).
MARK_WORDS_RE = re.compile(
    r"(?:new|hot|update[d]?|ใหม่|ด่วน(?:มาก|ที่สุด)?|ข่าวด่วน|มาใหม่|ล่าสุด)\s*[!！]*", re.I
)
# A kicker: bracketed or in parentheses ("(ภาพข่าว)"), or closed by a colon or an exclamation mark.
KICKER_RE = re.compile(
    r"\[[^\[\]]{1,18}\]|【[^【】]{1,18}】|\([^()]{1,18}\)|[^:：!！]{1,18}[:：!！]"
)
HEADLINE_MIN = 10
TEXT_SLACK = 200  # characters of indentation an element printing the title may hold besides
HEADINGS = ("h1", "h2", "h3", "td", "div", "a")
# Headline elements whose first or last child could be a mark (an inline element printing a
# few words, a picture saying something): only such an element can print a headline with marks
# to take off; and its text holds the headline's longest word ($word: any element printing the
# headline does). (XPath's normalize-space keeps no-break spaces that Python's split folds: the
# bound on its length is loose.)
MARKED_HEADINGS = etree.XPath(
    "(({})[normalize-space()][string-length(normalize-space()) <= {}] | //img[@alt or @title])"
    "[not(preceding-sibling::*) or not(following-sibling::*)]/parent::*[{}]"
    "[contains(., $word)]".format(
        "|".join(f"//{tag}" for tag in sorted(INLINE_TAGS)),
        3 * MARK_CHARS,
        " or ".join(f"self::{tag}" for tag in HEADINGS),
    )
)
TITLE_HINT_RE = re.compile(r"[\[【(:：!！]|new|hot|update|ใหม่|ด่วน|ล่าสุด", re.I)


def without_title_marks(root: Any, title: str | None) -> str | None:
    """Return *title* without the kicker and badge its element prints around the headline.

    >>> root = etree.fromstring('<div><h1><span class="kicker">ภาพข่าว :</span> แพร่คึกคัก '
    ...     'จัดงานมหกรรม <span class="badge">NEW!</span></h1></div>')
    >>> without_title_marks(root, "ภาพข่าว : แพร่คึกคัก จัดงานมหกรรม NEW!")
    'แพร่คึกคัก จัดงานมหกรรม'
    >>> root = etree.fromstring('<div><h1>ประกาศ: รับสมัครงาน <b>ด่วน</b> ตำแหน่ง</h1></div>')
    >>> without_title_marks(root, "ประกาศ: รับสมัครงาน ด่วน ตำแหน่ง")
    'ประกาศ: รับสมัครงาน ด่วน ตำแหน่ง'
    >>> root = etree.fromstring('<div><h1><span class="b">(ภาพข่าว)</span> <span>กยศ. ชี้แจง'
    ...     'กรณีผู้ค้ำประกัน</span></h1></div>')
    >>> without_title_marks(root, "(ภาพข่าว) กยศ. ชี้แจงกรณีผู้ค้ำประกัน")
    'กยศ. ชี้แจงกรณีผู้ค้ำประกัน'
    """
    if not title or TITLE_HINT_RE.search(title) is None:
        return title
    limit = 2 * len(title) + TEXT_SLACK  # (a bigger element prints more than the title)
    word = max(title.split(), key=len)
    if not any(
        _marks(el) and _folded(_text_within(el, limit)) == title
        for el in MARKED_HEADINGS(root, word=word)
    ):
        return title  # (no element printing the title holds a mark: nothing to take off)
    found = None
    for el in root.iter(*HEADINGS):
        if len(el) and _folded(_text_within(el, limit)) == title:
            if found is not None and found not in el.iterancestors():
                break
            found = el  # the innermost element printing the title (a heading in its <div>)
    if found is None:
        return title
    kept = _unmarked(found)
    return kept if kept and len(kept) >= HEADLINE_MIN else title


def _unmarked(el: Any) -> str:
    """The element's text without a leading kicker element and a trailing badge element."""
    skip = _marks(el)
    if not skip:
        return _text(el)
    pieces = [el.text or ""]
    for child in el:
        if child not in skip:
            pieces.append("".join(child.itertext()) if isinstance(child.tag, str) else "")
        pieces.append(child.tail or "")
    return " ".join("".join(pieces).split())


def _marks(el: Any) -> set[Any]:
    """The element's leading kicker child and trailing badge child (none, one or both)."""
    children = [c for c in el if isinstance(c.tag, str)]
    skip: set[Any] = set()
    if not children:
        return skip  # (its only children are comments)
    first, last = children[0], children[-1]
    if not (el.text or "").strip() and _is_mark(first, KICKER_RE):
        skip.add(first)
    if last not in skip and not (last.tail or "").strip() and _is_mark(last, None):
        skip.add(last)
    return skip


def _is_mark(child: Any, kicker: re.Pattern[str] | None) -> bool:
    """Tell whether an inline element (or picture) prints a kicker or a badge alone."""
    if child.tag == "img":
        said = " ".join((child.get("alt") or child.get("title") or "").split())
        return bool(said) and MARK_WORDS_RE.fullmatch(said) is not None
    if child.tag not in INLINE_TAGS:
        return False
    said = " ".join("".join(child.itertext()).split())
    if not said or len(said) > MARK_CHARS:
        return False
    return MARK_WORDS_RE.fullmatch(said) is not None or (
        kicker is not None and kicker.fullmatch(said) is not None
    )


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _text_within(el: etree._Element, limit: int) -> str | None:
    """The element's text, or None once it passes *limit* characters (read no further)."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > limit:
            return None
        pieces.append(piece)
    return "".join(pieces)


def _folded(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None
