"""Join the pages of an article split over several into one record (the first page's)."""

from __future__ import annotations

from crawler.items import Article, content_hash


def join_part(article: Article, part: Article) -> Article:
    """Add a later page's text and data to the record of the first page, both normalised.

    The part's lines the record holds already (a header every page repeats, the first page's
    text printed again on a page of comments) are not added twice; a field the first page
    left empty (the sign-off at the end of the last page, a counter) is taken from the part.

    >>> first = Article(url="http://h/a/", site="h", body="บรรทัดแรก\\nบรรทัดสอง")
    >>> part = Article(url="http://h/a/2/", site="h", body="บรรทัดสอง\\nบรรทัดสาม", source="กอง ก")
    >>> joined = join_part(first, part)
    >>> joined.body, joined.source
    ('บรรทัดแรก\\nบรรทัดสอง\\nบรรทัดสาม', 'กอง ก')
    """
    lines = (article.body or "").split("\n") if article.body else []
    seen = set(lines)
    added = [line for line in (part.body or "").split("\n") if line and line not in seen]
    if added:
        article.body = "\n".join(lines + added)
    article.source = article.source or part.source
    if article.view_count is None:
        article.view_count = part.view_count
    if article.modified_at is None:
        article.modified_at, article.modified_at_raw = part.modified_at, part.modified_at_raw
    article.images = list(dict.fromkeys(article.images + part.images))
    known = {a.get("url") for a in article.attachments}
    article.attachments += [a for a in part.attachments if a.get("url") not in known]
    article.tags = list(dict.fromkeys(article.tags + part.tags))
    article.content_hash = content_hash(article.record())
    return article
