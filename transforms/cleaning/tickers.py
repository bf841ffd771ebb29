"""Wire copy's angle-bracketed companies: ``Acme Widget Co <ACW>`` and ``<Acme Holdings Ltd>``.

Old wire services marked a listed company's ticker, and the name of an unlisted one, with angle
brackets. The parser reads ``<`` and ``>`` as tokens of their own and the names around them
suffer, so cleaning rewrites them as a reader would write them:

- a ticker (one upper-case word of at most 8 letters, digits or ``&``, with an optional exchange
  suffix such as ``.T`` or ``.HK``) right after a name (a word that starts with a capital or a
  digit) is dropped, and returned for the article's ``removed``: ``Acme Co <ACW> said`` ->
  ``Acme Co said``. Kept as a parenthetical, ``Acme (ACW)`` read as a place after a name
  ("Springfield (IL)") and the ticker as a name of its own. Before a figure it stays, as a
  parenthetical (``Acme Co <ACW> 400,000 bpd`` -> ``Acme Co (ACW) 400,000 bpd``: without it
  the figure reads as a model number, "Acme Co 400"). A ticker after anything else loses its
  brackets: ``under the symbol <ACW>`` -> ``under the symbol ACW``;
- a name (anything else that starts with a capital or digit and holds a capital letter: words,
  spaces, ``& . , ' / ( ) -``) loses its brackets: ``<Acme Holdings Ltd>`` -> ``Acme Holdings
  Ltd``.

A bracket glued to a word (``ACME<ACW> SETS``) gets a space on that side. Text that holds markup
(a closing tag ``</`` or a self-closing ``/>``) is left alone, as is anything in lower case
(``<p>``, ``<em>``), with an ``@``, ``:`` or ``=`` (addresses, links, attributes) or with a
space after the opening bracket (``a < b > c``).
"""

from __future__ import annotations

import re

_TICKER = r"[A-Z][A-Z0-9&]{0,7}(?:\.[A-Z0-9]{1,3})?"
_NAME = r"[A-Z0-9][\w&.,'/()~ -]{0,98}[\w.)']"
_BRACKET = re.compile(rf"(?P<lead> ?)<(?:(?P<ticker>{_TICKER})|(?P<name>{_NAME})) ?>")
_MARKUP = ("</", "/>")
_FIGURE = re.compile(r"\d[\d,./-]*(?![\w])")  # "400,000", "1.5", "2-5/8"; not "4TH"


def _after_name(text: str, start: int) -> bool:
    """Whether the bracket at ``start`` follows a name: the word just before it starts with a
    capital or a digit ("Acme Co", "Acme Corp's", "ACME")."""
    begin = text.rfind(" ", 0, start) + 1
    word = text[begin:start]
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _rewrite(m: re.Match[str], dropped: list[str]) -> str:
    text, lead = m.string, m.group("lead")
    start, end = m.start() + len(lead), m.end()  # the bracket, without the space before it
    ticker = m.group("ticker")
    before = text[m.start() - 1] if m.start() else ""
    after = text[end] if end < len(text) else ""
    figure = _FIGURE.match(text, end + 1 if after == " " else end) is not None
    if ticker is not None and _after_name(text, m.start()) and not figure:
        dropped.append(text[start:end])
        # "Acme Co <ACW> said" -> "Acme Co said" ("ACME<ACW>UNIT": one space between the words)
        return " " if before.isalnum() and after.isalnum() else ""
    if ticker is not None and figure:
        out = f"({ticker})"  # "Acme Co <ACW> 400,000": not "Acme Co 400,000", a model number
    elif ticker is not None:
        out = ticker  # "under the symbol <ACW>" -> "under the symbol ACW"
    else:
        name = m.group("name")
        if not any(c.isupper() for c in name):
            return m.group(0)
        out = name
    if not lead and before.isalnum():
        out = " " + out
    if after.isalnum():
        out += " "
    return lead + out


def unbracket_companies(text: str) -> tuple[str, list[str]]:
    """``text`` without wire copy's angle brackets, and the tickers dropped (as written, e.g.
    ``"<ACW>"``), see the module's rules; unchanged when it holds no such bracket or holds
    markup (a caller cleaning paragraph by paragraph checks the whole text with
    :func:`holds_markup`)."""
    if "<" not in text or holds_markup(text):
        return text, []
    dropped: list[str] = []
    return _BRACKET.sub(lambda m: _rewrite(m, dropped), text), dropped


def holds_markup(text: str) -> bool:
    """Whether ``text`` holds a closing or self-closing tag (``</``, ``/>``): HTML or XML."""
    return any(mark in text for mark in _MARKUP)
