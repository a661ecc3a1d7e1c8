"""Skip CSS selectors that cannot match a page: the names a selector needs are not in its source.

A family tries several selectors per field (a theme's class, then another's); most find
nothing, and each miss walks the whole tree. A selector `div.itemDateModified` cannot match a
page whose HTML never says `itemdatemodified`, and a substring test on the page's lower-cased
source costs a fraction of the walk.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A class or id name: `.itemTitle`, `#content`.
NAME_RE = re.compile(r"[.#]([A-Za-z_][\w-]*)")
# An attribute test: its name, and the value an `=`-family operator compares with.
ATTRIBUTE_RE = re.compile(
    r"\[\s*([\w-]+)\s*(?:[~|^$*]?=\s*(?:'([^']*)'|\"([^\"]*)\"|([\w:-]+)))?\s*\]"
)
# A type selector at the start of a compound: `time` in `article time.published`.
TAG_RE = re.compile(r"(?:^|[\s>+~])([a-zA-Z][\w-]*)")
# What a parser adds to the tree that the source does not print (layouts.base: icon ligatures).
ADDED_PREFIXES = ("icon-",)
# Elements the HTML parser adds where the source has none (loose text is wrapped in a <p>), and
# the ones khaosan's readers make (pipelines.form_view turns read-only fields into spans).
IMPLIED_TAGS = {"html", "head", "body", "p", "tbody", "span", "div"}


@lru_cache(maxsize=4096)
def needed_words(selector: str) -> tuple[tuple[str, ...], ...]:
    """Return, per comma alternative, the lower-cased words its source must contain.

    Words inside parentheses (`:not(...)`, `::attr(...)`) are never required. An empty tuple
    means "cannot tell": the selector is always run.

    >>> needed_words("span.itemDateModified, time[itemprop=datePublished]::attr(datetime)")
    (('itemdatemodified',), ('itemprop', 'datepublished', '<time'))
    >>> needed_words("a:not(.skip)")
    (('<a',),)
    >>> needed_words(r".md\\:flex")
    ()
    """
    if "\\" in selector:
        return ()
    flat = selector
    while "(" in flat:
        unnested = re.sub(r"\([^()]*\)", "", flat)
        if unnested == flat:
            return ()
        flat = unnested
    alternatives = []
    for part in flat.split(","):
        words = [name.lower() for name in NAME_RE.findall(part)]
        if any(word.startswith(ADDED_PREFIXES) for word in words):
            return ()
        for name, *values in ATTRIBUTE_RE.findall(part):
            words.append(name.lower())
            words.extend(value.lower() for value in values if value)
        bare = ATTRIBUTE_RE.sub(" ", NAME_RE.sub(" ", part))
        tags = {tag.lower() for tag in TAG_RE.findall(bare)} - IMPLIED_TAGS
        words.extend(f"<{tag}" for tag in sorted(tags))
        if not words:
            return ()
        alternatives.append(tuple(dict.fromkeys(words)))
    return tuple(alternatives)


class SourceWords:
    """A page's HTML as case-blind substring tests, each answered once: the family's
    selectors ask for the same few words (`itemprop`, `<time`, a theme's prefix) again and
    again, and each test reads the whole page.

    An ASCII word is looked for among the page's ASCII characters alone, lower-cased (one
    byte each: any ASCII run the page prints is there whole); any other word in the
    lower-cased text.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.answers: dict[str, bool] = {}
        self._ascii: bytes | None = None
        self._folded: str | None = None

    def __contains__(self, word: str) -> bool:
        found = self.answers.get(word)
        if found is None:
            found = self.answers[word] = (
                word.lower().encode("ascii") in self.ascii_source()
                if word.isascii()
                else word.lower() in self.folded_source()
            )
        return found

    def ascii_source(self) -> bytes:
        """The page's ASCII characters, lower-cased."""
        if self._ascii is None:
            self._ascii = self.source.encode("ascii", "ignore").lower()
        return self._ascii

    def folded_source(self) -> str:
        """The page lower-cased."""
        if self._folded is None:
            self._folded = self.source.lower()
        return self._folded


def could_match(folded_source: str | SourceWords, selector: str) -> bool:
    """Return False only when *selector* cannot match the page whose lower-cased HTML (or
    SourceWords) is given.

    >>> source = SourceWords('<div class="itemDateModified">')
    >>> could_match(source, "div.itemDateModified"), could_match(source, "time.published")
    (True, False)
    """
    alternatives = needed_words(selector)
    return not alternatives or any(
        all(word in folded_source for word in words) for words in alternatives
    )
