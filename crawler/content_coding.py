"""A body sent compressed (``Content-Encoding: gzip``, ``deflate``, ``br``) as the page's bytes.

Scrapy's HttpCompressionMiddleware does this for a crawl; ``khaosan extract URL`` fetches with
urllib, which does not, and some servers compress whatever the request accepts (a CDN's
cached brotli variant, a CGI's raw deflate).
"""

from __future__ import annotations

import zlib

import brotli


class TooLarge(ValueError):
    """A body that inflates past the size a page may have (a compression bomb)."""


def decoded_body(body: bytes, coding: str | None, limit: int = 16 * 1024 * 1024) -> bytes:
    """Return *body* decoded by the codings its Content-Encoding names, last applied first,
    never past *limit* bytes (TooLarge); a coding it cannot undo leaves the body as it is.

    >>> decoded_body(brotli.compress("ข่าว".encode()), "br").decode()
    'ข่าว'
    >>> raw = zlib.compressobj(wbits=-15); deflated = raw.compress(b"<p>x</p>") + raw.flush()
    >>> decoded_body(deflated, "deflate"), decoded_body(b"plain", None)
    (b'<p>x</p>', b'plain')
    >>> decoded_body(brotli.compress(b"0" * 5000), "br", limit=1000)
    Traceback (most recent call last):
    crawler.content_coding.TooLarge: the br body inflates past 1000 bytes
    """
    for name in reversed([c.strip().lower() for c in (coding or "").split(",") if c.strip()]):
        try:
            if name in ("gzip", "x-gzip"):
                out = inflate(body, 16 + zlib.MAX_WBITS, limit)
            elif name == "br":
                out = _unbrotli(body, limit)
            elif name == "deflate":
                try:
                    out = inflate(body, zlib.MAX_WBITS, limit)
                except zlib.error:  # raw deflate, no zlib header (as some servers send)
                    out = inflate(body, -zlib.MAX_WBITS, limit)
            else:
                break
        except (zlib.error, brotli.error):
            break
        if out is None:
            raise TooLarge(f"the {name} body inflates past {limit} bytes")
        body = out
    return body


def inflate(body: bytes, wbits: int, limit: int) -> bytes | None:
    """Inflate a zlib, gzip or raw deflate stream; None past *limit* bytes."""
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(body, limit + 1)
    return None if len(out) > limit or inflater.unconsumed_tail else out


def _unbrotli(body: bytes, limit: int) -> bytes | None:
    """Decompress a brotli stream; None past *limit* bytes."""
    decompressor = brotli.Decompressor()
    out = decompressor.process(body, output_buffer_limit=limit + 1)
    if len(out) > limit:
        return None
    if not decompressor.is_finished():
        raise brotli.error("truncated brotli stream")
    return out
