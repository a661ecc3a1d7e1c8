"""Downloader middlewares: decode Thai pages right whatever their headers claim."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.http import HtmlResponse, Response, TextResponse

logger = logging.getLogger(__name__)


class ThaiEncodingMiddleware:
    """Re-read HTML responses with the encoding pipelines.encoding finds (header, meta, detection).

    Old Thai sites send TIS-620/windows-874 with no charset or a wrong one; Scrapy would fall
    back to cp1252 and produce mojibake. A page that still does not look like text is flagged
    in ``response.meta["khaosan_encoding_problem"]``.
    """

    def process_response(self, request: Any, response: Response, spider: Any = None) -> Response:
        if not isinstance(response, TextResponse) or not response.body:
            return response
        from pipelines.encoding import decode_html

        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        decoded = decode_html(response.body, content_type)
        if decoded.problem:
            request.meta["khaosan_encoding_problem"] = decoded.problem
        if decoded.encoding.lower() == response.encoding.lower():
            return response
        cls = HtmlResponse if isinstance(response, HtmlResponse) else type(response)
        return cls(
            url=response.url,
            status=response.status,
            headers=response.headers,
            body=response.body,
            flags=response.flags,
            request=response.request,
            certificate=response.certificate,
            ip_address=response.ip_address,
            protocol=response.protocol,
            encoding=decoded.encoding,
        )
