"""Site registry: crawler/sites.toml, validated on load, one Site per entry; the CMS families."""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawler.urls import check_url
from pipelines.layouts import LAYOUTS

FAMILIES = tuple(LAYOUTS)  # the CMS families a layout reads (pipelines/layouts/)
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
# Environment variable naming another registry file (benchmarks, a private site list).
REGISTRY_ENV = "KHAOSAN_REGISTRY"


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


def registry_path() -> Path:
    """Return the registry file: $KHAOSAN_REGISTRY if set, else the packaged crawler/sites.toml."""
    override = os.environ.get(REGISTRY_ENV)
    return Path(override) if override else Path(str(files("crawler") / REGISTRY_FILE))


def site_table(entry: dict[str, Any]) -> str:
    """Return one [[site]] table as TOML text (strings and lists of strings, in entry order).

    >>> print(site_table({"key": "x_go_th", "start_paths": ["/news"]}), end="")
    [[site]]
    key = "x_go_th"
    start_paths = ["/news"]
    """
    lines = ["[[site]]"]
    for name, value in entry.items():
        lines.append(f"{name} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


@cache
def load_registry() -> dict[str, Site]:
    """Return the registry (`registry_path()`), validated, read once per process."""
    return parse_registry(registry_path().read_text(encoding="utf-8"))


# -- lookups ------------------------------------------------------------------------------------


def site_entry(key: str) -> Site:
    """Return the registry entry of *key*, or raise UnknownSite listing the valid keys."""
    registry = load_registry()
    if key not in registry:
        raise UnknownSite(f"unknown site {key!r}; known sites: {', '.join(sorted(registry))}")
    return registry[key]


def host_key(url: str) -> str:
    """Return the site key of a URL's host: domain minus www., dots (and colons) to _.

    >>> host_key("https://www.industry.go.th/ranong/index.php/news2")
    'industry_go_th'
    """
    host = (urlsplit(url).hostname or "site").removeprefix("www.")
    return host.replace(".", "_").replace(":", "_")


def family_site(cms: str, start_url: str) -> Site:
    """Return an unregistered Site of CMS family *cms* that starts at *start_url*."""
    if cms not in FAMILIES:
        raise UnknownSite(
            f"unknown CMS family {cms!r}; known families: {', '.join(sorted(FAMILIES))}"
        )
    check_url(start_url)
    key = host_key(start_url)
    return Site(
        key=key,
        name_th=key,
        name_en=key,
        ministry="",
        cms=cms,
        base_url=start_url,
        policy="allowed",
        start_paths=(start_url,),
    )


def crawlable_entries() -> list[Site]:
    """Return every registry site whose policy allows crawling, by key."""
    return [site for _, site in sorted(load_registry().items()) if site.policy == "allowed"]


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
