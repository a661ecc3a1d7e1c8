"""E-mail addresses a CDN hid in the page, put back as the page shows them once its script runs.

Cloudflare's e-mail obfuscation replaces each address in a page with ``[email protected]``
inside an element whose ``data-cfemail`` holds the address XOR-ed with the first byte (hex),
and points its link at ``/cdn-cgi/l/email-protection#<hex>``; a script in the page writes the
address back. A reader sees the address, so the record's text holds it, not the placeholder.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

PROTECTED_LINK = "/cdn-cgi/l/email-protection#"
MARKERS = ("data-cfemail", "email-protection")


def decode_cfemail(hexed: str) -> str | None:
    """Return the address *hexed* encodes, or None when it is not such an encoding.

    >>> decode_cfemail("513d303c2139243f113f223e7f363e7f2539")
    'lamphun@nso.go.th'
    >>> decode_cfemail("zz") is None
    True
    """
    try:
        raw = bytes.fromhex(hexed.strip())
    except ValueError:
        return None
    if len(raw) < 2:
        return None
    key = raw[0]
    try:
        address = bytes(b ^ key for b in raw[1:]).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return address if "@" in address and address.isprintable() else None


def reveal_emails(root: Any) -> None:
    """Write each hidden address back into its element (and its link), in place.

    >>> from lxml import html
    >>> p = html.fromstring('<p>อีเมล <a href="/cdn-cgi/l/email-protection#513d303c2139243f113f'
    ...     '223e7f363e7f2539"><span class="__cf_email__" data-cfemail="513d303c2139243f113f223e7f3'
    ...     '63e7f2539">[email&#160;protected]</span></a> ครับ</p>')
    >>> reveal_emails(p); p.text_content(), p[0].get("href")
    ('อีเมล lamphun@nso.go.th ครับ', 'mailto:lamphun@nso.go.th')
    """
    for el in root.iter(etree.Element):  # (elements only: no comments)
        hexed = el.get("data-cfemail")
        if hexed is not None:
            address = decode_cfemail(hexed)
            if address is not None:
                for child in list(el):
                    el.remove(child)  # (their tails go too: the placeholder's parts)
                el.text = address
        href = el.get("href")
        if href and PROTECTED_LINK in href:
            address = decode_cfemail(href.rpartition("#")[2])
            if address is not None:
                el.set("href", f"mailto:{address}")
