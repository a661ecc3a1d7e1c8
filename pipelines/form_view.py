"""Read-only form fields as text: a detail view that reuses the edit form prints its data there.

Java, .NET and PHP back offices often show a record by rendering the edit form with every field
`readonly` (or `disabled`): the headline, the dates, the counter and the office then exist only
as `<input value="...">` beside their `<label>`. Turning each such field into a span holding its
value lets the usual rules (labelled rows, the headline, the dates) read the page as printed.
"""

from __future__ import annotations

from lxml import etree

# Input types that print a value a reader sees; hidden, password, buttons and boxes do not.
SHOWN_INPUT_TYPES = frozenset({"", "text", "date", "datetime-local", "number", "email", "url"})
EMPTY_VALUES = frozenset({"", "-", "–", "—"})  # a blank field printed as a dash


def readonly_fields_as_text(root: etree._Element) -> int:
    """Replace read-only text inputs and textareas by spans printing their value, in place (a
    text area of several lines by a <pre>).

    Returns how many fields were turned into text; a field holding only a dash becomes empty.

    >>> import lxml.html
    >>> root = lxml.html.fromstring(
    ...     '<div><label>วันที่</label><input readonly value="15/02/2567"/>'
    ...     '<input name="q" value="search"/></div>')
    >>> readonly_fields_as_text(root)
    1
    >>> lxml.html.tostring(root, encoding="unicode")
    '<div><label>วันที่</label><span>15/02/2567</span><input name="q" value="search"></div>'
    """
    count = 0
    for el in list(root.iter("input", "textarea")):
        if el.get("readonly") is None and el.get("disabled") is None:
            continue
        if el.tag == "input":
            if (el.get("type") or "").strip().lower() not in SHOWN_INPUT_TYPES:
                continue
            value = (el.get("value") or "").strip()
        else:
            value = "".join(el.itertext()).strip()
        tail = el.tail
        el.clear()
        # (a text area's lines are the text's paragraphs: it prints as preformatted text)
        el.tag = "pre" if el.tag == "textarea" and "\n" in value else "span"
        el.text = "" if value in EMPTY_VALUES else value
        el.tail = tail
        count += 1
    return count
