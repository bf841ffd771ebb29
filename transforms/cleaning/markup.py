"""Text -> paragraphs, with Markdown markup removed (headings, emphasis, links keep their text).

Paragraph boundaries: a blank line always ends a paragraph. A single line break also ends one
(many dumps put one paragraph per line), except when the text is hard-wrapped (most broken
lines 30-100 characters long), after a Markdown hard break (two trailing spaces or ``\\``), or
inside a list item. In hard-wrapped text whose paragraphs are marked by an indented first line
(wire copy: continuation lines flush left, each paragraph start indented), an indented line
starts a new paragraph; so does a line that is only an agency's sign-off ("REUTER"), so the
trailing-run rules can move it to ``removed``. List items keep their marker ("- ", "1. ") and
are paragraphs of their own. Markdown is stripped from ``.txt`` as well as ``.md`` files,
because text dumps often carry it; the rules only fire on unambiguous syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from transforms.cleaning.boilerplate import is_signoff
from transforms.cleaning.text import collapse_spaces
from transforms.types import Removed


@dataclass(slots=True)
class Para:
    """One paragraph and what its markup said about it."""

    text: str
    block: int  # index of the blank-line-separated block it came from
    heading: int = 0  # Markdown heading level, 0 when not a heading
    emphasised: bool = False  # the whole paragraph was bold or italic
    list_item: bool = False
    locked: bool = False  # title or deck: never joined with a neighbour


_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+#+(?=\s))*\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_HRULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(?=\S)")
_QUOTE_MARK = re.compile(r"^\s{0,3}(?:>\s?)+")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"\[([^\]]+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`([^`\n]+)`")
_BR = re.compile(r"<br\s*/?>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_INDENTED = re.compile(r"^(?: {2,}|\t)\S")
_SENTENCE_END = frozenset(".!?…:;\"”’')")
_WHOLE_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)(.+)(?<=\S)\1$", re.S)


def strip_inline(text: str, removed: list[Removed] | None = None) -> str:
    """Remove inline Markdown: images (kept in ``removed``), links -> their text, emphasis, code."""
    if "![" in text:
        for m in _IMAGE.finditer(text):
            if removed is not None:
                removed.append(Removed("image", m.group(0)))
        text = _IMAGE.sub("", text)
    if "[" in text:
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _BR.sub(" ", text)
    for _ in range(3):  # nested emphasis such as ***x***
        before = text
        if "**" in text or "__" in text:
            text = _STRONG.sub(r"\2", text)
        if "*" in text:
            text = _EM_STAR.sub(r"\1", text)
        if "_" in text:
            text = _EM_UNDER.sub(r"\1", text)
        if text == before:
            break
    if "~~" in text:
        text = _STRIKE.sub(r"\1", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text


def _is_wrapped(blocks: list[list[str]], *, indents: bool = False) -> bool:
    """True when the text is hard-wrapped at a fixed width.

    Most lines that are followed by another line of their block are 30-100 characters long and
    at least half of them stop mid-sentence (one short sentence per line is not wrapping). When
    ``indents`` (indented lines start paragraphs), a line followed by an indented one ends its
    paragraph and is not counted.
    """
    inner = [
        line.strip()
        for lines in blocks
        for line, after in pairwise(lines)
        if line.strip() and not (indents and _INDENTED.match(after))
    ]
    if len(inner) < 3:
        return False
    fitting = sum(30 <= len(line) <= 100 for line in inner)
    open_ended = sum(line[-1] not in _SENTENCE_END for line in inner)
    return (
        fitting >= 0.8 * len(inner)
        and max(len(line) for line in inner) <= 120
        and open_ended >= 0.5 * len(inner)
    )


def _indent_marks_paragraphs(blocks: list[list[str]]) -> bool:
    """True when indented lines start paragraphs: some lines after a block's first are indented
    and more of them are flush left (an all-indented block is code or a quotation, not this)."""
    later = [line for lines in blocks for line in lines[1:]]
    indented = sum(bool(_INDENTED.match(line)) for line in later)
    return 0 < indented < len(later) - indented


def split_paragraphs(text: str, removed: list[Removed] | None = None) -> list[Para]:
    """Split normalised text into paragraphs with Markdown removed; dropped pieces go to ``removed``."""
    blocks: list[list[str]] = [[]]
    in_fence = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        if not line.strip() and not in_fence:
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(line)
    blocks = [b for b in blocks if b]
    indents = _indent_marks_paragraphs(blocks)
    wrapped = _is_wrapped(blocks, indents=indents)
    indents = indents and wrapped
    paras: list[Para] = []
    for index, lines in enumerate(blocks):
        paras.extend(
            _block_paragraphs(lines, index, wrapped=wrapped, indents=indents, removed=removed)
        )
    out: list[Para] = []
    for para in paras:
        raw = collapse_spaces(para.text)
        whole = _WHOLE_EMPHASIS.match(raw)
        para.emphasised = bool(whole) and len(raw) > 2
        cleaned = collapse_spaces(strip_inline(raw, removed))
        if cleaned:
            para.text = cleaned
            out.append(para)
    return out


def _block_paragraphs(
    lines: list[str],
    block: int,
    *,
    wrapped: bool,
    removed: list[Removed] | None,
    indents: bool = False,
) -> list[Para]:
    paras: list[Para] = []
    join_next = False
    for i, line in enumerate(lines):
        hard_break = line.endswith("  ") or line.rstrip(" ").endswith("\\")
        stripped = line.strip()
        if stripped.endswith("\\") and hard_break:
            stripped = stripped[:-1].rstrip()
        if _HRULE.match(line) and not (i > 0 and _SETEXT.match(line) and paras):
            join_next = False
            continue
        setext = _SETEXT.match(line)
        if setext and paras and i > 0 and not paras[-1].heading and not paras[-1].list_item:
            paras[-1].heading = 1 if setext.group(1)[0] == "=" else 2
            join_next = False
            continue
        if _LINK_DEF.match(line):
            if removed is not None:
                removed.append(Removed("url", stripped))
            join_next = False
            continue
        heading = _HEADING.match(line)
        if heading:
            paras.append(Para(heading.group(2), block, heading=len(heading.group(1))))
            join_next = False
            continue
        stripped = _QUOTE_MARK.sub("", stripped).strip() if stripped.startswith(">") else stripped
        bullet = _BULLET.match(stripped)
        if bullet and not (stripped[0].isdigit() and join_next):
            paras.append(Para(stripped, block, list_item=True))  # the marker stays
        elif paras and (
            join_next
            or (paras[-1].list_item and line[:1].isspace())
            or (wrapped and not (indents and _INDENTED.match(line)) and not is_signoff(stripped))
        ):
            paras[-1].text += " " + stripped
        else:
            paras.append(Para(stripped, block))
        join_next = hard_break
    return paras
