"""Title, deck/standfirst and byline/dateline recognised at the top of an article.

- Title: a Markdown heading first, else a short first paragraph that reads like a headline
  (at most 150 characters and 25 words, no ending full stop/comma/colon/semicolon, followed within six
  paragraphs by longer text, not starting with a lower-case word), or an ALL-CAPS first
  paragraph of at most 150 characters set off by a blank line (the wire's headline, above a
  table of figures too).
- Deck (standfirst): the paragraph right after the title when it sits in the title's block with
  the body separated by a blank line (title and deck on consecutive lines, as in many dumps), or
  when it is a wholly emphasised/sub-heading line under a Markdown title. At most 300 characters.
- Wire dateline: "LONDON, June 25 (Reuters) - ..." opening the first body paragraph names the
  publisher (the text is kept).
- Byline/dateline: a short paragraph among the first ones after title and deck that starts
  "By NAME", or is wholly emphasised and names a statement/report "of/by" someone or carries a
  date, or is only a date. The name and the date go to the metadata, the line to ``removed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.cleaning.dates import find_date
from transforms.cleaning.markup import Para
from transforms.recase import is_caps_line

_TERMINAL_TITLE = re.compile(r"[.,;:]$")
_BY = re.compile(
    r"^(?:Written\s+)?By:?\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|la|"
    r"le|del|di|bin|al|and|&|,)){0,8})(?P<rest>.*)$"
)
_STATEMENT = re.compile(
    r"^(?:A\s+)?(?:Statement|Report|Editorial|Commentary|Analysis|Opinion|Interview|Letter|"
    r"Perspective|Column|Dispatch|Essay|Review|Declaration|Resolution|Comment)\s+"
    r"(?:of|by|from)\s+(?:the\s+)?(?P<name>.+?)\s*$",
    re.I,
)
_DATE_REST = re.compile(
    r"^(?:(?:Published|Posted|Updated|Last updated|First published|Date|Dateline|on|at)\b|"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\d{1,2}[:.]\d\d\b|[ap]\.?m\.?|GMT\b|UTC\b|"
    r"[A-Z]{2,4}T\b|[:,|\-–—()]|\s)*$",
    re.I,
)


_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*"
    r"\((?P<agency>Reuters|AP|AFP|Bloomberg|UPI|dpa|DPA|Xinhua|EFE|ANSA|Kyodo|Yonhap|TASS|"
    r"Interfax|PTI|IANS|AAP|CNN|Agence France-Presse|The Associated Press|Associated Press)\)"
    r"\s*[-–—]"
)


def wire_agency(text: str) -> str | None:
    """The agency of a wire dateline opening a paragraph ("LONDON, June 25 (Reuters) - ...")."""
    m = _WIRE_DATELINE.match(text)
    return m.group("agency") if m else None


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline/dateline paragraph says."""

    name: str | None
    date: str | None


def looks_like_title(para: Para, following: list[Para]) -> bool:
    """A short first paragraph that reads like a headline (see module docstring)."""
    text = para.text
    if para.heading:
        return True
    if not following or para.list_item:
        return False
    if len(text) <= 150 and following[0].block != para.block and is_caps_line(text):
        return True  # the wire's ALL-CAPS headline, even above a table or a lower-case start
    if following[0].text[:1].islower():
        return False  # a next paragraph in lower case continues a broken sentence
    trailing_dots = text.endswith(("...", "…"))
    if (
        len(text) > 150
        or len(text.split()) > 25
        or (_TERMINAL_TITLE.search(text) and not trailing_dots)
    ):
        return False
    if not any(c.isalnum() for c in text):
        return False
    first_word = text.split()[0]
    if first_word[0].islower() and first_word == first_word.lower():  # "iTunes" is fine
        return False
    return any(len(q.text) > len(text) for q in following[:6])


def looks_like_deck(title: Para, para: Para, following: Para | None) -> bool:
    """The standfirst right under the title (see module docstring)."""
    if len(para.text) > 300 or para.list_item or following is None:
        return False
    if title.heading:
        return (para.emphasised or para.heading >= 2) and parse_byline(para) is None
    return para.block == title.block and following.block != para.block


def _name(value: str) -> str | None:
    value = value.strip(" ,;:.-–—|")
    return value if 2 <= len(value) <= 80 else None


def parse_byline(para: Para) -> Byline | None:
    """The name and date of a byline/dateline paragraph, or None when it is not one."""
    text = para.text
    if len(text) > 150 or para.heading or para.list_item:
        return None
    found = find_date(text)
    date = found[0] if found else None
    rest = text
    if found:
        rest = (text[: found[1].start()] + " " + text[found[1].end() :]).strip(" ,;|-–—")
    by = _BY.match(rest)
    if by:
        return Byline(_name(by.group("name")), date)
    if para.emphasised or date:
        statement = _STATEMENT.match(rest)
        if statement:
            return Byline(_name(statement.group("name")), date)
    if date and _DATE_REST.match(rest):
        return Byline(None, date)
    return None
