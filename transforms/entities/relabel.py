"""Layout rules and propagation: datelines, results tables, all-caps headlines, repetitions.

Every rule uses evidence from the same document only (no name lists).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from transforms.entities.context import PLACE_LABELS
from transforms.entities.layout import Layout
from transforms.entities.spans import Cand, TokenView
from transforms.entities.titles import is_title_head, is_title_word
from transforms.lexicon import LEGAL_SUFFIXES


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


def apply_layout(v: TokenView, cands: list[Cand], layout: Layout) -> list[Cand]:
    """Datelines give places; in results tables a place followed by a score is a team (ORG);
    the label of a wire comparison row ("Net 4.2 mln vs 3.9 mln") is no name."""
    doc = v.doc
    cands = [c for c in cands if not _row_label(v, c, layout)]
    # datelines: tokens covered by a dateline place become one GPE mention
    for ln in layout.lines:
        for a, b in ln.dateline:
            span = doc.char_span(a, b, alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            cands = [c for c in cands if c.end <= span.start or c.start >= span.end]
            cands.append(Cand(span.start, span.end, "GPE", None, "dateline"))
    # tables: team names followed by a score
    covered = bytearray(v.n)
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = 1
    for c in cands:
        ln = layout.line_at(v.tokens[c.start].idx)
        if ln is None or not ln.table:
            continue
        if c.label in PLACE_LABELS | {"NORP"} and c.end < v.n and v.is_numeric(c.end):
            c.label = "ORG"
    new: list[Cand] = []
    for ln in layout.lines:
        if not ln.table or ln.row_label_end >= 0:
            continue
        span = doc.char_span(ln.start, ln.end, alignment_mode="contract")
        if span is None:
            continue
        i = span.start
        while i < span.end:
            if covered[i] or not v.text[i][:1].isupper():
                i += 1
                continue
            j = i
            while (
                j < span.end and not covered[j] and v.text[j][:1].isupper() and v.text[j].isalpha()
            ):
                j += 1
            at_line_start = i == span.start or v.is_numeric(i - 1)
            if (
                j > i
                and j - i <= 3
                and at_line_start
                and j < span.end
                and v.is_numeric(j)
                and all(len(v.text[k]) > 1 for k in range(i, j))
            ):
                new.append(Cand(i, j, "ORG", None, "table"))
            i = max(j, i + 1)
    return cands + new


def _row_label(v: TokenView, c: Cand, layout: Layout) -> bool:
    """``c`` lies in the label of a wire comparison row (``Line.row_label_end``)."""
    start = v.tokens[c.start].idx
    ln = layout.line_at(start)
    return ln is not None and start < ln.row_label_end


# In capitals the tagger cannot see verbs and prepositions: these words end a name there.
_CAPS_BREAKS = frozenset(
    [
        "at",
        "v",
        "vs",
        "versus",
        "beat",
        "beats",
        "in",
        "on",
        "to",
        "after",
        "against",
        "over",
        "with",
        "by",
        "from",
        "for",
        "into",
        "as",
        "is",
        "are",
        "wins",
        "win",
        "takes",
        "take",
        "set",
        "sets",
        "says",
        "say",
        "said",
    ]
)


def split_caps_spans(v: TokenView, cands: list[Cand], layout: Layout) -> list[Cand]:
    """Repair spans in all-caps lines (headlines, table headers) using the document body.

    A span is split at words that cannot be inside a name ("BALTIMORE AT SEATTLE"); a piece
    that starts with a name known from ordinary lines keeps only that name ("ENGLAND BEAT" ->
    "ENGLAND" when "England" occurs in the body).
    """
    body: set[tuple[str, ...]] = set()
    caps: list[bool] = []
    for c in cands:
        ln = layout.line_at(v.tokens[c.start].idx)
        in_caps = ln is not None and ln.all_caps
        caps.append(in_caps)
        if not in_caps:
            body.add(tuple(t.casefold() for t in v.text[c.start : c.end]))
            if c.label == "PERSON" and c.end - c.start >= 2:
                body.add((v.text[c.end - 1].casefold(),))
    if not any(caps):
        return cands
    out: list[Cand] = []
    for c, in_caps in zip(cands, caps, strict=True):
        if in_caps:
            ln = layout.line_at(v.tokens[c.start].idx)
            if ln is not None and v.tokens[c.end - 1].idx < ln.slug_end:
                continue  # the section slug of a headline ("SOCCER - ...")
        if not in_caps or c.end - c.start < 2:
            out.append(c)
            continue
        s = c.start
        pieces = []
        for i in range(c.start, c.end + 1):
            if i == c.end or v.text[i].casefold() in _CAPS_BREAKS:
                if i > s:
                    pieces.append(Cand(s, i, c.label, c.title, "split"))
                s = i + 1
        for p in pieces:
            words = tuple(t.casefold() for t in v.text[p.start : p.end])
            if len(words) > 1 and words not in body:
                for k in range(len(words) - 1, 0, -1):
                    if words[:k] in body:
                        p.end = p.start + k
                        break
            out.append(p)
    return out


MAX_HEADLINE_NAME = 4  # words of a company's name before its legal suffix in a wire title
_NAME_JOINERS = frozenset({"and", "&"})


def headline_companies(v: TokenView, cands: list[Cand], layout: Layout) -> list[Cand]:
    """A title that opens with a company's name and its legal suffix ("Acme Widget Corp 3rd qtr
    net", "Owens and Pratt Inc sets payout", recased from capitals by
    ``transforms.recase``) names that company: the words up to the suffix are one ORG mention,
    whatever the tagger made of them ("Acme" alone, "American" as a demonym)."""
    if not layout.lines or layout.lines[0].start != 0:
        return cands
    span = v.doc.char_span(0, layout.lines[0].end, alignment_mode="contract")
    if span is None or len(span) < 2:
        return cands
    i = j = span.start
    while (
        j < span.end
        and j - i < MAX_HEADLINE_NAME
        and v.text[j].lower() not in LEGAL_SUFFIXES
        and (v.text[j][:1].isupper() or (j > i and v.text[j] in _NAME_JOINERS))
        and v.text[j].casefold() not in _CAPS_BREAKS
    ):
        j += 1
    if j == i or j >= span.end or not v.text[j][:1].isupper():
        return cands
    if v.text[j].lower() not in LEGAL_SUFFIXES or v.text[i] in ("The", "A", "An"):
        return cands
    out = [c for c in cands if c.end <= i or c.start > j]
    out.append(Cand(i, j + 1, "ORG", None, "headline"))
    return sorted(out, key=lambda c: c.start)


MAX_PROPAGATE = 4


def _cap_word(v: TokenView, i: int) -> bool:
    """A capitalised proper noun that is not a title: it would make a longer name with a
    neighbour ("Kent" in "Kent State"). Capitalised function words ("The", "A") do not."""
    if i < 0 or i >= v.n:
        return False
    t = v.text[i]
    if t.isupper() and t.casefold() in _CAPS_BREAKS:  # "BEAT", "IN" in a headline
        return False
    return (
        t[:1].isupper()
        and t.isalpha()
        and v.tag(i) in {"NNP", "NNPS"}
        and not is_title_word(t)
        and not is_title_head(t)
    )


def acronyms(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """An acronym in brackets right after a name is the same entity: "Central Bureau ( CB )".

    It gets the label of the name, and ``propagate`` then finds its other occurrences.
    """
    covered = bytearray(v.n)
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = 1
    new: list[Cand] = []
    for c in cands:
        e = c.end
        if c.end - c.start < 2 or e + 2 >= v.n or v.text[e] != "(" or v.text[e + 2] != ")":
            continue
        a = v.text[e + 1]
        if covered[e + 1] or not (2 <= len(a) <= 8 and a.isalpha() and a.isupper()):
            continue
        initials = "".join(t[0] for t in v.text[c.start : c.end] if t[:1].isupper())
        if a[0] == initials[:1]:  # the acronym starts like the name
            new.append(Cand(e + 1, e + 2, c.label, None, "acronym"))
    return cands + new


def propagate(v: TokenView, cands: list[Cand], layout: Layout) -> list[Cand]:
    """Tag untagged repetitions of names found elsewhere in the document.

    Known forms are the mentions' token sequences and the surnames of full PERSON names; in
    all-caps lines they are matched in capitals too. Only capitalised tokens start a match.
    """
    known: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for c in cands:
        toks = tuple(v.text[c.start : c.end])
        if len(toks) > MAX_PROPAGATE:
            continue
        known[toks][c.label] += 1
        if c.label == "PERSON" and len(toks) >= 2 and len(toks[-1]) > 1 and toks[-1].isalpha():
            known[(toks[-1],)]["PERSON"] += 1
    if not known:
        return cands
    labels = {k: cnt.most_common(1)[0][0] for k, cnt in known.items()}
    upper = {tuple(t.upper() for t in k): lab for k, lab in labels.items()}
    covered = bytearray(v.n)
    for c in cands:
        for i in range(c.start, c.end):
            covered[i] = 1
    first = {k[0] for k in labels} | {k[0] for k in upper}
    new: list[Cand] = []
    text = v.text
    i = 0
    n = v.n
    while i < n:
        t = text[i]
        if covered[i] or t not in first or not t[:1].isupper():
            i += 1
            continue
        hit = None
        in_caps = False
        if t.isupper():
            ln = layout.line_at(v.tokens[i].idx)
            in_caps = ln is not None and ln.all_caps
        for size in range(min(MAX_PROPAGATE, n - i), 0, -1):
            if any(covered[i : i + size]):
                continue
            toks = tuple(text[i : i + size])
            lab = labels.get(toks)
            if lab is None and in_caps:
                lab = upper.get(toks)
            if lab is not None:
                hit = (size, lab)
                break
        if hit is None:
            i += 1
            continue
        size, lab = hit
        # a capitalised neighbour means a longer, different name ("Kent" vs "Kent State"),
        # except in an all-caps headline where every word is capitalised
        neighbour = _cap_word(v, i + 1) or _cap_word(v, i - 1)
        if size == 1 and neighbour and not in_caps:
            i += 1
            continue
        new.append(Cand(i, i + size, lab, None, "propagated"))
        i += size
    return cands + new
