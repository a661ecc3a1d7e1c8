"""Run a replica site in the foreground: ``python -m crawler.replica --articles 2000``.

The first stdout line is the base URL ("http://127.0.0.1:PORT"), flushed at once, so a test can
start this in a subprocess and read where to crawl. Stops on SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from crawler.replica import FAMILIES, ReplicaServer
from crawler.replica.k2 import LAYOUTS, MAX_ARTICLES, MIN_ARTICLES


def _charset(value: str) -> str | None:
    """Turn "none" into None (no charset label); keep "auto" and literal labels."""
    return None if value.lower() == "none" else value


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    parser = argparse.ArgumentParser(prog="python -m crawler.replica", description=__doc__)
    parser.add_argument(
        "--articles",
        type=int,
        default=50,
        help=f"article count ({MIN_ARTICLES}..{MAX_ARTICLES}, default 50)",
    )
    parser.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    parser.add_argument("--family", choices=sorted(FAMILIES), default="k2")
    parser.add_argument(
        "--layout",
        choices=LAYOUTS,
        default="k2",
        help="'changed' serves article pages in an unknown, non-K2 template",
    )
    parser.add_argument("--seed", type=int, default=0, help="varies the generated articles")
    parser.add_argument("--page-size", type=int, default=10, help="listing page size")
    parser.add_argument("--encoding", choices=["utf-8", "cp874"], default="utf-8")
    parser.add_argument(
        "--header-charset",
        type=_charset,
        default="auto",
        help="charset in Content-Type: auto, none or a label (e.g. utf-8)",
    )
    parser.add_argument(
        "--meta-charset",
        type=_charset,
        default="auto",
        help="charset in the <meta> tag: auto, none or a label",
    )
    parser.add_argument(
        "--broken-link",
        action="store_true",
        help="the first listing page links one article that answers 404",
    )
    parser.add_argument(
        "--disallow-all", action="store_true", help="serve a robots.txt that forbids everything"
    )
    return parser  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Start the replica, print its base URL, serve until interrupted."""
    args = build_parser().parse_args(argv)
    try:
        site = FAMILIES[args.family](
            articles=args.articles,
            seed=args.seed,
            page_size=args.page_size,
            layout=args.layout,
            encoding=args.encoding,
            header_charset=args.header_charset,
            meta_charset=args.meta_charset,
            broken_listing_link=args.broken_link,
        )
        server = ReplicaServer(site, port=args.port, disallow_all=args.disallow_all)
        server.start()
    except (ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    def _stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    print(server.url, flush=True)
    print(f"listing: {site.listing_url}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
