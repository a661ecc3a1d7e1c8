"""Tab sets inside an article's text: the tab a reader sees first is the text; the tab bar and
the other tabs (a gallery, the documents, their download counts) are furniture.

A tab set is known by what it does, not by a theme's class: toggles (ARIA `role="tab"`, or
Bootstrap's `data-toggle` / `data-bs-toggle="tab"`) name the panes they open (`aria-controls`,
`data-bs-target`, `data-target` or `href="#id"`), or the panes say `role="tabpanel"`.
The files and pictures of the other tabs are read before (pipelines.text.clean_body: they are
the record's `attachments` and `images`); a later tab holding prose of its own is kept.
"""

from __future__ import annotations

from lxml import etree

from pipelines import boilerplate

TOGGLE_KINDS = frozenset({"tab", "pill", "pills"})
TARGET_ATTRIBUTES = ("aria-controls", "data-bs-target", "data-target", "href")
SHOWN_CLASSES = frozenset({"active", "show", "in", "current", "is-active", "selected"})
PROSE_CHARS = 200  # a run of text this long outside links is an article's own prose
TAB_MARKS = etree.XPath(  # (attribute steps: no predicate tried on every element)
    ".//@role[. = 'tab' or . = 'tablist' or . = 'tabpanel']/parent::*"
    " | .//@data-toggle[. = 'tab' or . = 'pill']/parent::*"
    " | .//@data-bs-toggle[. = 'tab' or . = 'pill']/parent::*",
    smart_strings=False,
)


def drop_other_tabs(root: etree._Element) -> int:
    """Remove the tab bar, the repeated tab title and every tab but the shown one; return how
    many blocks went.

    >>> import lxml.html
    >>> root = lxml.html.fromstring(
    ...     '<div><ul role="tablist"><li><a role="tab" href="#t1">ข่าว</a></li>'
    ...     '<li><a role="tab" href="#t2">ภาพ</a></li></ul><div class="tab-content">'
    ...     '<div id="t1" role="tabpanel" class="active"><h2>ข่าว</h2><p>ข้อความ</p></div>'
    ...     '<div id="t2" role="tabpanel"><img src="a.jpg"><p>ภาพกิจกรรม</p></div></div></div>')
    >>> drop_other_tabs(root), [text for text in root.itertext() if text.strip()]
    (3, ['ข้อความ'])
    """
    marked = TAB_MARKS(root)
    above = next((el for el in root.iterancestors() if el.get("role") == "tabpanel"), None)
    if not marked and above is None and root.get("role") != "tabpanel":
        return 0  # most texts hold no tab set, nor lie in one
    page = root.getroottree().getroot()  # the tab bar may lie outside the text's block
    toggles = [el for el in (marked if page is root else TAB_MARKS(page)) if _is_toggle(el)]
    ids = {_target(el) for el in toggles} - {None}
    panes = [el for el in marked if el.get("role") == "tabpanel"]
    panes += [el for el in root.iter() if el.get("id") in ids and el not in panes]
    labels = {_text(el) for el in toggles} - {""}
    dropped = 0
    for group in _by_parent(panes):
        shown = next((pane for pane in group if _is_shown(pane)), group[0])
        for pane in group:
            if pane is not shown and not _holds_prose(pane):
                boilerplate.detach(pane)
                dropped += 1
        dropped += _drop_pane_title(shown, labels)
    if not panes:  # the text is the shown tab itself, or lies in it
        dropped += _drop_pane_title(root, labels)
    dropped += _drop_tab_bars(root, toggles, marked, labels)
    return dropped


def _is_toggle(el: etree._Element) -> bool:
    """Tell whether *el* opens a tab: ARIA's role, or Bootstrap's toggle attribute."""
    kind = (el.get("data-bs-toggle") or el.get("data-toggle") or "").strip().lower()
    return el.get("role") == "tab" or kind in TOGGLE_KINDS


def _target(toggle: etree._Element) -> str | None:
    """Return the id of the pane a toggle opens, or None."""
    for name in TARGET_ATTRIBUTES:
        value = (toggle.get(name) or "").strip()
        if name == "href" and not value.startswith("#"):
            continue
        if value:
            return value.lstrip("#") or None
    return None


def _by_parent(panes: list[etree._Element]) -> list[list[etree._Element]]:
    """Group the panes of each tab set (siblings under one parent), in page order."""
    groups: dict[etree._Element, list[etree._Element]] = {}
    for pane in panes:
        groups.setdefault(pane.getparent(), []).append(pane)
    return list(groups.values())


def _is_shown(pane: etree._Element) -> bool:
    """Tell whether the page opens with *pane* shown (its class, or ARIA's hidden flag)."""
    classes = set((pane.get("class") or "").split())
    return bool(classes & SHOWN_CLASSES) or pane.get("aria-hidden") == "false"


def _holds_prose(pane: etree._Element) -> bool:
    """Tell whether a tab holds a run of text of its own (not a caption, a file name)."""
    for el in pane.iter():
        if el.tag == "a" or not isinstance(el.tag, str):
            continue
        for piece in (el.text, el.tail if el is not pane else None):
            if piece and len(piece.strip()) >= PROSE_CHARS:
                return True
    return False


def _drop_pane_title(pane: etree._Element, labels: set[str]) -> int:
    """Remove a heading opening the shown tab that repeats its tab's label."""
    heading = next(pane.iter("h1", "h2", "h3", "h4", "h5", "h6"), None)
    if heading is None:
        return 0
    said = _text(heading)
    if said not in labels or not _text(pane).startswith(said):
        return 0
    boilerplate.detach(heading)
    return 1


def _drop_tab_bars(
    root: etree._Element,
    toggles: list[etree._Element],
    marked: list[etree._Element],
    labels: set[str],
) -> int:
    """Remove the tab bars: ARIA tablists, else the widest block round the toggles that
    holds nothing but tab labels."""
    dropped = 0
    for bar in [el for el in marked if el.get("role") == "tablist"]:
        if bar.getparent() is not None:
            boilerplate.detach(bar)
            dropped += 1
    for toggle in toggles:
        if not _attached(toggle, root):
            continue
        top = toggle
        while (above := top.getparent()) is not None and above is not root:
            if _text(above) != _text(top) and not _only_labels(above, labels):
                break
            top = above
        boilerplate.detach(top)
        dropped += 1
    return dropped


def _attached(el: etree._Element, root: etree._Element) -> bool:
    """Tell whether *el* is still in the tree under *root*."""
    return any(above is root for above in el.iterancestors()) or el is root


def _only_labels(el: etree._Element, labels: set[str]) -> bool:
    """Tell whether the text of *el* is tab *labels* alone."""
    said = _text(el)
    for label in sorted(labels, key=len, reverse=True):
        said = said.replace(label, " ")
    return not said.strip(" |•·")


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())
