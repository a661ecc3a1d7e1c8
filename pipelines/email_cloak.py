"""E-mail addresses Joomla's cloaking plugin hid, put back as the page shows them in a browser.

Joomla's "Content - Email Cloaking" plugin prints a notice ("This email address is being
protected from spambots. You need JavaScript enabled to view it.", translated by the site's
language pack) where an article's text names an address, and a script writes the address
back: Joomla 4 and 5 as a ``<joomla-hidden-mail>`` element whose ``first`` / ``last`` / ``text``
attributes hold the parts in base64, Joomla 3 as a ``<span id="cloak...">`` followed by a
script that concatenates the address out of quoted pieces. A reader sees the address, so the
record's text holds it, not the notice.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from typing import Any

from lxml import etree

from pipelines.boilerplate import detach

MARKERS = ("joomla-hidden-mail", 'id="cloak', "id='cloak")
# Joomla 3's notice elements (an attribute step: no predicate tried on every element).
CLOAK_SPANS = etree.XPath("//@id[starts-with(., 'cloak')]/parent::*")
QUOTED_RE = re.compile(r"'((?:[^'\\]|\\.)*)'")


def _unbase64(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _assigned(script: str, name: str) -> str | None:
    """The string a Joomla 3 cloaking script builds in variable *name* (its quoted pieces,
    in order, over every statement assigning it), entities decoded."""
    pattern = re.compile(
        rf"(?:var\s+)?\b{re.escape(name)}\s*=\s*((?:\s*(?:'(?:[^'\\]|\\.)*'|[\w$]+)\s*\+?)+)"
    )
    pieces = [
        piece for match in pattern.finditer(script) for piece in QUOTED_RE.findall(match.group(1))
    ]
    return html.unescape("".join(pieces)) if pieces else None


def _replace(el: Any, address: str, text: str | None, link: bool) -> None:
    """Make *el* print *text* (else the address), as a mailto link when *link*."""
    for child in list(el):
        el.remove(child)
    el.attrib.clear()
    if link:
        el.tag = "a"
        el.set("href", f"mailto:{address}")
    else:
        el.tag = "span"
    el.text = text or address


def reveal_cloaked_emails(root: Any) -> None:
    """Write each cloaked address back in place of its notice.

    >>> from lxml import html as lhtml
    >>> p = lhtml.fromstring('<p>อีเมล <joomla-hidden-mail is-link="1" is-email="1" '
    ...     'first="aW5mbw==" last="ZGxkLmdvLnRo" text="aW5mb0BkbGQuZ28udGg=" base="">'
    ...     'This email address is being protected from spambots.</joomla-hidden-mail> ครับ</p>')
    >>> reveal_cloaked_emails(p); p.text_content(), p[0].get("href")
    ('อีเมล info@dld.go.th ครับ', 'mailto:info@dld.go.th')
    >>> p = lhtml.fromstring("<p>ติดต่อ <span id='cloak3f2a'>This email address is being "
    ...     "protected from spambots.</span><script type='text/javascript'>"
    ...     "document.getElementById('cloak3f2a').innerHTML = '';"
    ...     "var addy3f2a = 'pr' + '&#64;';addy3f2a = addy3f2a + 'moi' + '&#46;' + 'go' + "
    ...     "'&#46;' + 'th';var addy_text3f2a = 'pr' + '&#64;' + 'moi' + '&#46;' + 'go' + "
    ...     "'&#46;' + 'th';</script> ค่ะ</p>")
    >>> reveal_cloaked_emails(p); " ".join(p.text_content().split()[:3])
    'ติดต่อ pr@moi.go.th ค่ะ'
    """
    for el in list(root.iter("joomla-hidden-mail")):
        first, last = _unbase64(el.get("first")), _unbase64(el.get("last"))
        if not first or not last:
            continue
        address = f"{first}@{last}"
        text = _unbase64(el.get("text"))
        _replace(el, address, text, el.get("is-link") == "1")
    for el in CLOAK_SPANS(root):
        ident = el.get("id")
        script = el.getnext()
        if script is None or script.tag != "script":
            continue
        code = script.text or ""
        suffix = ident[len("cloak") :]
        address = _assigned(code, f"addy{suffix}")
        if not address or "@" not in address:
            continue
        text = _assigned(code, f"addy_text{suffix}")
        _replace(el, address, text, True)
        detach(script)  # (its tail stays)
