"""Site registry: crawler/sites.toml (validated on load) -> spider classes; CMS families."""

from __future__ import annotations

import importlib
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawler.spiders.base import MinistrySpider
from crawler.spiders.drupal import DrupalSpider
from crawler.spiders.feeds import DiscoveryMixin
from crawler.spiders.generic import GenericSpider
from crawler.spiders.joomla import JoomlaSpider
from crawler.spiders.k2 import K2Spider
from crawler.spiders.provincial import ProvincialSpider
from crawler.spiders.thaigov import ThaigovSpider
from crawler.spiders.wordpress import WordPressSpider
from crawler.urls import check_url

FAMILIES: dict[str, type[MinistrySpider]] = {
    "k2": K2Spider,
    "joomla": JoomlaSpider,
    "wordpress": WordPressSpider,
    "drupal": DrupalSpider,
    "provincial": ProvincialSpider,
    "thaigov": ThaigovSpider,
    "generic": GenericSpider,
}
DISCOVERY = ("listing", "feed", "sitemap")
POLICIES = ("allowed", "robots-forbidden", "disabled")
KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # YYYY, YYYY-MM or YYYY-MM-DD
REQUIRED = ("key", "name_th", "name_en", "ministry", "cms", "base_url", "policy")
OPTIONAL = (
    "start_paths",
    "feeds",
    "sitemaps",
    "discovery",
    "policy_reason",
    "policy_date",
    "markup_confirmed",
    "notes",
)
REGISTRY_FILE = "sites.toml"


class UnknownSite(LookupError):
    """A site key or CMS family that the registry does not know."""

    def __str__(self) -> str:
        return str(self.args[0])


class RegistryError(ValueError):
    """The registry file is invalid; the message names the entry and the field."""


@dataclass(frozen=True, slots=True)
class Site:
    """One registry entry."""

    key: str
    name_th: str
    name_en: str
    ministry: str
    cms: str
    base_url: str
    policy: str
    start_paths: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    discovery: str = "listing"
    policy_reason: str | None = None
    policy_date: str | None = None
    markup_confirmed: str | None = None
    notes: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def start_list(self) -> tuple[str, ...]:
        """Return the paths (or URLs) the chosen discovery starts from."""
        return {"listing": self.start_paths, "feed": self.feeds, "sitemap": self.sitemaps}[
            self.discovery
        ]

    @property
    def start_url(self) -> str:
        """Return the first absolute start URL."""
        return urljoin(self.base_url.rstrip("/") + "/", self.start_list[0].lstrip("/"))


def _fail(where: str, message: str) -> RegistryError:
    return RegistryError(f"{REGISTRY_FILE}: {where}: {message}")


def _strings(entry: dict[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = entry.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(where, f"{name} must be a list of non-empty strings")
    for item in value:
        if not item.startswith("/"):
            try:
                check_url(item)
            except ValueError:
                raise _fail(
                    where, f"{name}: {item!r} is neither a /path nor an http(s) URL"
                ) from None
    return tuple(value)


def validate_entry(entry: Any, index: int) -> Site:
    """Check one [[site]] table and return it as a Site; raise RegistryError naming the fault."""
    where = f"site #{index + 1}"
    if not isinstance(entry, dict):
        raise _fail(where, "is not a table")
    if isinstance(entry.get("key"), str):
        where = f"site {entry['key']!r}"
    missing = [name for name in REQUIRED if not entry.get(name)]
    if missing:
        raise _fail(where, f"missing field(s): {', '.join(missing)}")
    unknown = sorted(set(entry) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise _fail(where, f"unknown field(s): {', '.join(unknown)}")
    for name in (
        *REQUIRED,
        "discovery",
        "policy_reason",
        "policy_date",
        "markup_confirmed",
        "notes",
    ):
        if name in entry and not isinstance(entry[name], str):
            raise _fail(where, f"{name} must be a string")
    if not KEY_RE.match(entry["key"]):
        raise _fail(where, "key must be lower_snake_case ascii (domain, dots to _)")
    if entry["cms"] not in FAMILIES:
        raise _fail(
            where, f"unknown cms family {entry['cms']!r}; known: {', '.join(sorted(FAMILIES))}"
        )
    try:
        check_url(entry["base_url"])
    except ValueError:
        raise _fail(where, f"base_url must be an http(s) URL, got {entry['base_url']!r}") from None
    policy = entry["policy"]
    if policy not in POLICIES:
        raise _fail(where, f"bad policy {policy!r}; expected one of {', '.join(POLICIES)}")
    if policy != "allowed" and not (entry.get("policy_reason") and entry.get("policy_date")):
        raise _fail(where, f"policy {policy!r} needs policy_reason and policy_date")
    for name in ("policy_date", "markup_confirmed"):
        if entry.get(name) and not DATE_RE.match(entry[name]):
            raise _fail(where, f"{name} must be YYYY[-MM[-DD]], got {entry[name]!r}")
    discovery = entry.get("discovery", "listing")
    if discovery not in DISCOVERY:
        raise _fail(where, f"bad discovery {discovery!r}; expected one of {', '.join(DISCOVERY)}")
    lists = {name: _strings(entry, name, where) for name in ("start_paths", "feeds", "sitemaps")}
    chosen = {"listing": "start_paths", "feed": "feeds", "sitemap": "sitemaps"}[discovery]
    if not lists[chosen]:
        raise _fail(where, f"discovery {discovery!r} needs at least one entry in {chosen}")
    return Site(
        key=entry["key"],
        name_th=entry["name_th"],
        name_en=entry["name_en"],
        ministry=entry["ministry"],
        cms=entry["cms"],
        base_url=entry["base_url"].rstrip("/"),
        policy=policy,
        discovery=discovery,
        policy_reason=entry.get("policy_reason") or None,
        policy_date=entry.get("policy_date") or None,
        markup_confirmed=entry.get("markup_confirmed") or None,
        notes=entry.get("notes") or None,
        **lists,
    )


def parse_registry(text: str) -> dict[str, Site]:
    """Parse and validate registry TOML text; return the sites by key, in file order."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{REGISTRY_FILE}: not valid TOML: {error}") from None
    extra = sorted(set(data) - {"site"})
    if extra:
        raise RegistryError(f"{REGISTRY_FILE}: unknown top-level key(s): {', '.join(extra)}")
    entries = data.get("site", [])
    if not isinstance(entries, list) or not entries:
        raise RegistryError(f"{REGISTRY_FILE}: no [[site]] entries")
    sites: dict[str, Site] = {}
    for index, entry in enumerate(entries):
        site = validate_entry(entry, index)
        if site.key in sites:
            raise _fail(f"site {site.key!r}", "duplicate key")
        sites[site.key] = site
    return sites


@cache
def load_registry() -> dict[str, Site]:
    """Return the packaged registry (crawler/sites.toml), validated, read once per process."""
    text = (files("crawler") / REGISTRY_FILE).read_text(encoding="utf-8")
    return parse_registry(text)


# -- spider classes -------------------------------------------------------------------------------


def family_class(cms: str) -> type[MinistrySpider]:
    """Return the spider base of family *cms*, able to walk feeds and sitemaps too."""
    if cms not in FAMILIES:
        raise UnknownSite(
            f"unknown CMS family {cms!r}; known families: {', '.join(sorted(FAMILIES))}"
        )
    base = FAMILIES[cms]
    if issubclass(base, DiscoveryMixin):
        return base
    return _with_discovery(base)


@cache
def _with_discovery(base: type[MinistrySpider]) -> type[MinistrySpider]:
    return type(base.__name__, (DiscoveryMixin, base), {"__module__": base.__module__})


def class_name(key: str) -> str:
    """Return the spider class name for a site key.

    >>> class_name("industry_go_th_ranong")
    'IndustryGoThRanongSpider'
    """
    return "".join(part.title() for part in key.split("_")) + "Spider"


def build_spider(site: Site, module: str = __name__) -> type[MinistrySpider]:
    """Build the spider class of a registry entry: its family base plus the entry's settings."""
    attrs: dict[str, Any] = {
        "__module__": module,
        "__doc__": f"{site.name_th} ({site.name_en}): generated from {REGISTRY_FILE}.",
        "name": site.key,
        "site_key": site.key,
        "site_name": site.name_th,
        "ministry": site.ministry,
        "base_url": site.base_url,
        "listing_paths": list(site.start_list),
        "policy": site.policy,
        "discovery": site.discovery,
    }
    return type(class_name(site.key), (family_class(site.cms),), attrs)


def _explicit_spider(key: str) -> type[MinistrySpider] | None:
    """Return the class of crawler/spiders/<key>.py when a site has its own module."""
    try:
        module = importlib.import_module(f"crawler.spiders.{key}")
    except ModuleNotFoundError as error:
        if error.name != f"crawler.spiders.{key}":
            raise
        return None
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, MinistrySpider)
            and getattr(value, "name", None) == key
        ):
            return value
    return None


@cache
def _loader_spiders() -> dict[str, type[MinistrySpider]]:
    """Return the spiders Scrapy's loader finds (site modules of other engineers included)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    loader = SpiderLoader.from_settings(settings)
    return {name: loader.load(name) for name in loader.list()}


def site_spider(key: str) -> type[MinistrySpider]:
    """Return the spider class of site *key*, or raise UnknownSite listing the valid keys."""
    registry = load_registry()
    if key in registry:
        return _explicit_spider(key) or build_spider(registry[key])
    spiders = _loader_spiders()
    if key in spiders:
        return spiders[key]
    known = sorted(set(registry) | set(spiders))
    raise UnknownSite(f"unknown site {key!r}; known sites: {', '.join(known)}")


def crawlable_sites() -> list[type[MinistrySpider]]:
    """Return the spider classes of every registry site whose policy allows crawling."""
    return [
        site_spider(key)
        for key, site in sorted(load_registry().items())
        if site.policy == "allowed"
    ]


@cache
def family_spider(cms: str, start_url: str) -> type[MinistrySpider]:
    """Return a spider class for any site of CMS family *cms*, starting at *start_url*."""
    base = family_class(cms)
    check_url(start_url)
    host = (urlsplit(start_url).hostname or "site").removeprefix("www.")
    key = host.replace(".", "_").replace(":", "_")
    attrs: dict[str, Any] = {
        "name": key,
        "site_key": key,
        "listing_paths": [],
        "fixed_start_url": start_url,
    }
    return type(f"{cms.title()}{class_name(key)}", (base,), attrs)


# -- tables -------------------------------------------------------------------------------------


def site_rows() -> list[dict[str, Any]]:
    """Return one row per registry site for `khaosan sites`."""
    return [
        {
            "key": s.key,
            "name": s.name_th,
            "name_en": s.name_en,
            "ministry": s.ministry,
            "cms": s.cms,
            "discovery": s.discovery,
            "policy": s.policy,
            "policy_reason": s.policy_reason,
            "policy_date": s.policy_date,
            "markup_confirmed": s.markup_confirmed,
            "start_url": s.start_url,
        }
        for s in load_registry().values()
    ]


def readme_site_table() -> str:
    """Return the README's site table (markdown), generated from the registry."""
    lines = [
        "| key | site | ministry | cms | discovery | policy | markup confirmed |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for s in load_registry().values():
        policy = s.policy if s.policy == "allowed" else f"{s.policy} ({s.policy_date})"
        cells = [
            f"`{s.key}`",
            f"{s.name_th} ({s.name_en}) <{s.start_url}>",
            s.ministry,
            s.cms,
            s.discovery,
            policy,
            s.markup_confirmed or "-",
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"
