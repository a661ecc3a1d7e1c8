"""Helper shared by the thirty-second round's part-B sites (b32_joomla3_rtgantry4,
b32_joomla10_tis620)."""

from __future__ import annotations

import re

from ._common import Article

# a press-release number line ("ข่าวสำนักงานรัฐมนตรี 418/2560") would read as a second source
_NUMBER_LINE = re.compile(r"^ข่าว\S*\s*\d+/\d{4}$")
# a corpus contact block at the end (office alone, phone, web address)
_CONTACT = re.compile(r"^(สำนักงาน|กลุ่ม|กอง|โทร|www\.|http)")


def drop_contact_tails(arts: list[Article]) -> None:
    """Drop press-release number lines and a trailing short contact block from the corpus
    text, so that the only source / sign-off on each page is the site's own."""
    for a in arts:
        a.paras = [p for p in a.paras if not _NUMBER_LINE.match(p)]
        while len(a.paras) > 3 and len(a.paras[-1]) < 60 and _CONTACT.match(a.paras[-1]):
            a.paras.pop()
