"""Spider classes generated from crawler/sites.toml, so `scrapy crawl <site key>` finds them.

Sites with their own module (crawler/spiders/<key>.py) are skipped here: the module wins.
"""

from __future__ import annotations


def _generate() -> dict[str, type]:
    from crawler.registry import _explicit_spider, build_spider, class_name, load_registry

    classes = {}
    for key, site in load_registry().items():
        if _explicit_spider(key) is None:
            classes[class_name(key)] = build_spider(site, module=__name__)
    return classes


globals().update(_generate())
