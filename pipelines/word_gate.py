"""Cheap gates in front of costly searches: a pattern runs only on a text holding one of the
words no match of it can do without.

Python's `re` tries a pattern of alternatives (case-blind, perhaps opening with optional
words or spaces) at every position of the text; over a whole article's body that costs tenths
of a millisecond, and most bodies hold no match. A substring test (`in`) is a fast scan, so
the gate tests the words first and runs the pattern only where one of them shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


class Said:
    """A text and its lower-cased copy, made once for all the gates that read it (a body's
    text is long: each copy costs tens of microseconds).

    >>> said = Said("Tags: ข่าว")
    >>> said.lowered
    'tags: ข่าว'
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._ascii: bytes | None = None
        self._folded: Said | None = None

    @property
    def lowered(self) -> str:
        if self._lowered is None:
            self._lowered = self.text.lower()
        return self._lowered

    @property
    def ascii_lowered(self) -> bytes:
        """The text's ASCII characters alone, lower-cased (an ASCII word printed in the text
        is a run of them): a cheaper copy to tell whether a Latin word is there at all."""
        if self._ascii is None:
            self._ascii = self.text.encode("ascii", "ignore").lower()
        return self._ascii

    @property
    def folded(self) -> Said:
        """The text with its runs of spaces folded to one (a source's indents gone)."""
        if self._folded is None:
            self._folded = Said(" ".join(self.text.split()))
        return self._folded


@dataclass(frozen=True)
class WordGate:
    """A pattern behind the words one of which every match of it holds.

    *folded*: the pattern reads the text with its spaces folded (a span counts those).
    *words* are looked for as written (Thai has no case); *latin* words, written lower case,
    in the lower-cased text (the pattern being case-blind). *also*: characters one of which
    every match holds besides (a colon after a label), looked for as written. *span*: how far
    a match reaches on either side of its word (0: unbounded); a farther one may be missed.
    """

    pattern: re.Pattern[str]
    words: tuple[str, ...] = ()
    latin: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    span: int = 0
    folded: bool = False

    def __post_init__(self) -> None:
        if not all(word.isascii() and word == word.lower() for word in self.latin):
            raise ValueError(f"latin words are lower-case ASCII: {self.latin}")

    def found(self, text: str | Said) -> bool:
        """Tell whether the pattern matches somewhere in *text*.

        The pattern runs only where the text holds one of the words (and, with *also*, one
        of those characters); with a *span*, only on the windows around those words.

        >>> clip = re.compile(r"\\s*(?:คลิป|video)\\s*:", re.I)
        >>> gate = WordGate(clip, ("คลิป",), ("video",), (":",))
        >>> gate.found("คลิป : ข่าว"), gate.found("VIDEO: x"), gate.found("คลิปข่าว")
        (True, True, False)
        >>> gate = WordGate(re.compile(r"ข่าว(?:อื่น|ล่าสุด)"), ("อื่น", "ล่าสุด"), span=20)
        >>> gate.found("ผลอื่น ๆ อ่านข่าวล่าสุด"), gate.found("ข่าวประชาสัมพันธ์ ผลอื่น ๆ")
        (True, False)
        """
        said = text if isinstance(text, Said) else Said(text)
        if self.also and not any(char in said.text for char in self.also):
            return False
        # (folding never joins a word: the words of the text are the folded text's)
        words = [word for word in self.words if word in said.text]
        latin = [word for word in self.latin if word.encode() in said.ascii_lowered]
        if not words and not latin:
            return False
        if self.folded:
            said = said.folded
        if not self.span:
            return self.pattern.search(said.text) is not None
        return self._near(said.text, words, self._caseless()) or (
            bool(latin) and self._near(said.lowered, latin, self.pattern)
        )

    def _caseless(self) -> re.Pattern[str]:
        """The pattern without IGNORECASE, for the windows around Thai words: Thai has no
        case, and a case-blind match costs twice as much (Latin matches are looked for
        around the Latin words, in the lower-cased text)."""
        return _without_case(self.pattern)

    def _near(self, text: str, words: list[str], pattern: re.Pattern[str]) -> bool:
        """Tell whether *pattern* matches in a window of *text* around one of *words*."""
        for word in words:
            at = text.find(word)
            while at != -1:
                window = text[max(0, at - self.span) : at + len(word) + self.span]
                if pattern.search(window):
                    return True
                at = text.find(word, at + 1)
        return False


@lru_cache(maxsize=64)
def _without_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
