"""One layout per CMS family: selector lists plus `extract(page, url) -> Article`, pure.

>>> layout("k2").cms
'k2'
"""

from __future__ import annotations

from pipelines.layouts import drupal, generic, joomla, k2, provincial, thaigov, wordpress
from pipelines.layouts.base import Layout, Page

LAYOUTS: dict[str, Layout] = {
    module.LAYOUT.cms: module.LAYOUT
    for module in (k2, joomla, wordpress, drupal, provincial, thaigov, generic)
}


class UnknownLayout(LookupError):
    """A CMS family no layout reads."""

    def __str__(self) -> str:
        return str(self.args[0])


def layout(cms: str) -> Layout:
    """Return the layout of CMS family *cms*, or raise UnknownLayout naming the known ones."""
    try:
        return LAYOUTS[cms]
    except KeyError:
        known = ", ".join(sorted(LAYOUTS))
        raise UnknownLayout(f"unknown CMS family {cms!r}; known families: {known}") from None


__all__ = ["LAYOUTS", "Layout", "Page", "UnknownLayout", "layout"]
