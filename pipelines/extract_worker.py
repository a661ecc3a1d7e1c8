"""The extraction worker: a process beside the crawl that reads article pages.

A crawl of one site is CPU-bound in one process (Python runs one thread at a time), and reading
and cleaning an article costs more than fetching it. The crawl sends each article page's text
here over a pipe and gets back the normalised Article, so fetching and reading run on two cores
(`crawler/extract_client.py` is the crawl's side). Jobs are answered in the order they came.

    python -m pipelines.extract_worker   # pickled jobs on stdin, pickled results on stdout

The pipe carries pickles between two processes of one crawl, never anything from elsewhere.
"""

from __future__ import annotations

import pickle
import signal
import sys
from dataclasses import dataclass
from typing import IO, Any

from w3lib.html import get_base_url

from crawler.items import Article
from pipelines.encoding import repaired
from pipelines.html_tree import html_selector
from pipelines.layouts import EXTRACTION_ERRORS, Page, layout, read_article
from pipelines.layouts.base import BASE_URL_CHARS
from pipelines.normalize import has_page_text, normalize_article


@dataclass(frozen=True)
class Job:
    """One article page to read: what `read_article` takes, plus the decoding problem."""

    cms: str
    text: str
    encoding: str
    url: str
    site: str
    listed_title: str | None = None
    listed_date: str | None = None  # the date the listing printed beside the link
    problem: str | None = None  # what decoding found wrong, kept in the record's problems


@dataclass(frozen=True)
class Result:
    """The Article read from a Job, or the error that stopped the layout."""

    article: Article | None = None
    error: str | None = None


def run_job(job: Job) -> Result:
    """Read and normalise one page, as the crawl process would; never raises on a bad page.

    A page with no title and no body text comes back unnormalised and without its markup, for
    the crawl's NoArticleMiddleware to record as a failure as it does in-process.
    """
    try:
        # parsed as Scrapy parses a response: the page's <base href> in its first 4 KB
        base_url = get_base_url(job.text[:BASE_URL_CHARS], job.url, job.encoding)
        text = repaired(job.text)  # (as the crawl's own reading: SiteSpider.page)
        selector = html_selector(text, base_url)
        page = Page(text=text, encoding=job.encoding, sel=selector)
        article = read_article(
            layout(job.cms), page, job.url, site=job.site, listed_title=job.listed_title
        )
    except EXTRACTION_ERRORS as error:
        return Result(error=f"{type(error).__name__}: {error}")
    if job.problem:
        article.problems.append(job.problem)
    article.listed_date_raw = job.listed_date
    if not has_page_text(article):
        article.body_element = None
        article.body_html = None
        return Result(article=article)
    try:
        article = normalize_article(article)
    except EXTRACTION_ERRORS as error:
        return Result(error=f"{type(error).__name__}: {error}")
    article.normalized = True
    article.body_html = article.page_text = None  # read already: not sent back
    return Result(article=article)


def serve(source: IO[bytes], sink: IO[bytes]) -> int:
    """Answer jobs from *source* on *sink* until *source* ends; return how many were read."""
    done = 0
    while True:
        try:
            job: Any = pickle.load(source)
        except EOFError:
            return done
        pickle.dump(run_job(job), sink, protocol=pickle.HIGHEST_PROTOCOL)
        sink.flush()
        done += 1


def main() -> int:
    """Serve jobs on the standard streams until the crawl closes our input."""
    # Ctrl-C reaches the whole process group: the crawl decides when the worker ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    serve(sys.stdin.buffer, sys.stdout.buffer)
    return 0


if __name__ == "__main__":
    # Through the module's own name: results pickle as pipelines.extract_worker.Result,
    # which the crawl can load, not as __main__.Result.
    from pipelines.extract_worker import main as module_main

    sys.exit(module_main())
