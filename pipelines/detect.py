"""Which CMS family printed a page: fingerprints from its generator meta, markers and links."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# The families in the order they are preferred when several fit equally (the most specific
# first: K2 and provincial pages are Joomla pages too).
FAMILY_ORDER = ("provincial", "k2", "thaigov", "joomla", "wordpress", "drupal", "generic")

GENERATOR = re.compile(
    r"<meta[^>]+name=[\"']generator[\"'][^>]*content=[\"']([^\"']+)|"
    r"<meta[^>]+content=[\"']([^\"']+)[\"'][^>]*name=[\"']generator[\"']",
    re.I,
)


@dataclass(frozen=True)
class Marker:
    """A piece of markup that only one CMS family prints, and what it says."""

    family: str
    pattern: re.Pattern[str]
    reason: str
    weight: int = 1


def _m(family: str, pattern: str, reason: str, weight: int = 1) -> Marker:
    return Marker(family, re.compile(pattern, re.I), reason, weight)


# Facts about what each CMS prints (core paths, script options, API links), not site names.
MARKERS = (
    _m("wordpress", r"/wp-content/|/wp-includes/", "wp-content or wp-includes paths", 2),
    _m("wordpress", r"rel=[\"']https://api\.w\.org/", "WordPress REST API link", 2),
    _m("wordpress", r"\bwp-block-|\bentry-content\b|\bwp-post-image\b", "WordPress classes"),
    _m("joomla", r"/media/jui/|/media/system/js/|/media/vendor/joomla", "Joomla media paths", 2),
    _m("joomla", r"joomla-script-options", "Joomla script options", 2),
    # the site templates Joomla ships (J1.5-J3 beez/beez_20/beez5/beez3, J3 protostar, J4/J5
    # cassiopeia), under /templates/ or J4's /media/templates/site/
    _m(
        "joomla",
        r"/templates/(?:site/)?(?:beez(?:_20|3|5)?|protostar|cassiopeia)/",
        "Joomla stock template paths",
        2,
    ),
    _m(
        "joomla",
        r"option=com_content|\bcom-content-|\bitem-page\b|itemprop=[\"']articleBody",
        "Joomla com_content markup",
    ),
    _m("k2", r"/components/com_k2/|option=com_k2|\bk2Container\b", "K2 component", 3),
    _m("k2", r"\bitemFullText\b|\bcatItemView\b|\bitemView\b", "K2 item classes", 2),
    _m(
        "drupal",
        r"drupal-settings-json|data-drupal-selector|data-drupal-link-system-path|/core/misc/drupal",
        "Drupal core",
        2,
    ),
    # Drupal 6/7 core: misc/drupal.js and the settings it reads (no generator meta in Drupal 6)
    _m("drupal", r"/misc/drupal\.js|jQuery\.extend\(Drupal\.settings", "Drupal 6/7 core", 2),
    _m("drupal", r"/sites/default/files/|\bnode--type-|\bfield--name-", "Drupal fields", 1),
    # (links relative to the page's <base href> print the path without its leading slash)
    _m("thaigov", r"[/\"']news/contents/(?:details|index)/", "thaigov.go.th news paths", 2),
)


@dataclass
class Fingerprint:
    """How well each family fits a page: a score and the reasons behind it."""

    scores: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, list[str]] = field(default_factory=dict)

    def add(self, family: str, weight: int, reason: str) -> None:
        self.scores[family] = self.scores.get(family, 0) + weight
        self.reasons.setdefault(family, []).append(reason)

    def candidates(self) -> list[str]:
        """Return the families worth trying, best first, generic always last."""
        ranked = sorted(
            (f for f in self.scores if f != "generic"),
            key=lambda f: (-self.scores[f], FAMILY_ORDER.index(f)),
        )
        return [*ranked, "generic"]


# What a CMS says of itself in the response's headers: Drupal 8+'s X-Generator and its page
# caches' X-Drupal-Cache / X-Drupal-Dynamic-Cache, WordPress's REST API Link and X-Pingback.
HEADER_MARKERS = (
    ("x-drupal-cache", "drupal", "X-Drupal-Cache header"),
    ("x-drupal-dynamic-cache", "drupal", "X-Drupal-Dynamic-Cache header"),
    ("x-pingback", "wordpress", "X-Pingback header"),
)
REST_LINK_RE = re.compile(r"rel=[\"']?https://api\.w\.org/", re.I)


def fingerprint(html: str, url: str = "", headers: Mapping[str, str] | None = None) -> Fingerprint:
    """Score each CMS family on one page's HTML (its URL and response headers too).

    >>> fingerprint('<meta name="generator" content="WordPress 6.4.2">').candidates()
    ['wordpress', 'generic']
    >>> fingerprint("<p>x</p>", headers={"X-Generator": "Drupal 9 (https://www.drupal.org)"}).scores
    {'drupal': 3}
    """
    found = Fingerprint()
    said = {k.lower(): v for k, v in (headers or {}).items()}
    generators = [m.group(1) or m.group(2) or "" for m in GENERATOR.finditer(html[:200_000])]
    if "x-generator" in said:
        generators.append(said["x-generator"])
    for generator in (g.lower() for g in generators):
        for family in ("wordpress", "joomla", "drupal"):
            if family in generator:
                found.add(family, 3, f"generator: {generator.strip()[:60]}")
    for name, family, reason in HEADER_MARKERS:
        if name in said:
            found.add(family, 2, reason)
    if REST_LINK_RE.search(said.get("link", "")):
        found.add("wordpress", 2, "WordPress REST API Link header")
    head = html[:500_000]
    for marker in MARKERS:
        if marker.pattern.search(head):
            found.add(marker.family, marker.weight, marker.reason)
    if "k2" in found.scores:
        # K2 runs on Joomla; the provincial offices' K2 template is worth a try after K2's own.
        found.add("joomla", 0, "K2 runs on Joomla")
        found.add("provincial", found.scores["k2"] - 1, "K2 markup (provincial office template)")
    host = (urlsplit(url).hostname or "").lower()
    if host.endswith("thaigov.go.th"):
        found.add("thaigov", 3, "thaigov.go.th host")
    return found
