"""Document-level label repair and recall: titles, layout cues, label consistency, propagation.

Every rule uses evidence from the same document only (no name lists).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from transforms.entities.layout import Layout
from transforms.entities.spans import Cand, TokenView
from transforms.entities.titles import is_title_head, is_title_word, title_run_before

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that put a following name in a place reading ("in X", "near X").
_PLACE_PREPS = frozenset({"in", "near", "outside", "across", "around", "inside", "throughout"})
# Motion verbs whose "to X" is a destination.
_MOTION = frozenset(
    {
        "go",
        "come",
        "drive",
        "travel",
        "fly",
        "move",
        "return",
        "head",
        "march",
        "retreat",
        "withdraw",
        "send",
        "deploy",
        "arrive",
        "walk",
        "sail",
        "flee",
        "relocate",
        "transfer",
        "advance",
        "push",
        "race",
        "run",
        "ride",
        "turn",
        "back",
    }
)


def add_titles(v: TokenView, cands: list[Cand]) -> None:
    """Record the title run just before a name ("Mr." X) and make the mention a PERSON.

    A title word that is a person honorific ("Mr.", "Dr.", "Gen.") relabels the span as PERSON;
    an office ("Defence Minister") only records the title on spans already tagged PERSON.
    """
    for c in cands:
        j = title_run_before(v.text, c.start)
        if j == c.start:
            continue
        words = v.text[j : c.start]
        honorific = is_title_word(words[-1]) and not is_title_head(words[-1])
        if c.label == "PERSON" or (honorific and c.label in {"ORG", "GPE", "NORP", "LOC", "FAC"}):
            c.label = "PERSON"
            c.title = " ".join(words) if c.title is None else f"{' '.join(words)} {c.title}"


def drop_title_parts(v: TokenView, cands: list[Cand]) -> list[Cand]:
    """Drop a span that is the qualifier of a title ("Defence" in "Defence Minister X")."""
    starts = {c.start for c in cands if c.label == "PERSON"}
    out = []
    for c in cands:
        e = c.end
        if e < v.n and is_title_head(v.text[e]) and v.text[e][:1].isupper():
            k = e + 1
            while k < v.n and is_title_word(v.text[k]):
                k += 1
            if k in starts or (k < v.n and v.text[k][:1].isupper() and c.label != "PERSON"):
                continue
        out.append(c)
    return out


def apply_layout(v: TokenView, cands: list[Cand], layout: Layout) -> list[Cand]:
    """Datelines give places; in results tables a place followed by a score is a team (ORG)."""
    doc = v.doc
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
        ln = layout.line_at(doc[c.start].idx)
        if ln is None or not ln.table:
            continue
        if c.label in PLACE_LABELS | {"NORP"} and c.end < v.n and v.is_numeric(c.end):
            c.label = "ORG"
    new: list[Cand] = []
    for ln in layout.lines:
        if not ln.table:
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
            if j > i and j - i <= 3 and at_line_start and j < span.end and v.is_numeric(j):
                if all(len(v.text[k]) > 1 for k in range(i, j)):
                    new.append(Cand(i, j, "ORG", None, "table"))
            i = max(j, i + 1)
    return cands + new


def _key(v: TokenView, c: Cand) -> str:
    return " ".join(v.text[c.start : c.end]).casefold()


def harmonise_labels(v: TokenView, cands: list[Cand], layout: Layout) -> None:
    """Give every mention of the same string the label it has most often in the document.

    Mentions in all-caps lines (headlines, where the tagger is unreliable) take the label that
    the same string has in ordinary lines. A single word equal to the surname of a full PERSON
    name in the document becomes PERSON.
    """
    doc = v.doc
    caps = []
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for c in cands:
        ln = layout.line_at(doc[c.start].idx)
        in_caps = ln is not None and ln.all_caps
        caps.append(in_caps)
        if not in_caps and c.source not in {"dateline", "table"}:
            counts[_key(v, c)][c.label] += 1
    surnames = {
        v.text[c.end - 1].casefold()
        for c in cands
        if c.label == "PERSON" and c.end - c.start >= 2 and len(v.text[c.end - 1]) > 1
    }
    for c, in_caps in zip(cands, caps, strict=True):
        if c.source in {"dateline", "table"}:
            continue
        key = _key(v, c)
        cnt = counts.get(key)
        if cnt:
            (best, n), *rest = cnt.most_common(2) + [("", 0)]
            if in_caps or n > rest[0][1]:
                c.label = best
                continue
        if c.end - c.start == 1 and key in surnames:
            c.label = "PERSON"


def place_persons(v: TokenView, cands: list[Cand]) -> None:
    """A one-word PERSON after "in"/"near" (or "to" after a motion verb) is a place (GPE).

    Skipped when the word is the surname of a full PERSON name in the document.
    """
    surnames = {v.text[c.end - 1] for c in cands if c.label == "PERSON" and c.end - c.start >= 2}
    for c in cands:
        if c.label != "PERSON" or c.end - c.start != 1 or c.title or c.start == 0:
            continue
        if v.text[c.start] in surnames:
            continue
        prev = v.doc[c.start - 1]
        if prev.lower_ in _PLACE_PREPS:
            c.label = "GPE"
        elif prev.lower_ == "to" and prev.head.lemma_ in _MOTION:
            c.label = "GPE"


MAX_PROPAGATE = 4


def _cap_word(text: list[str], i: int) -> bool:
    """A capitalised word that is not a title: it would make a longer name with a neighbour."""
    if i < 0 or i >= len(text):
        return False
    t = text[i]
    return t[:1].isupper() and t.isalpha() and not is_title_word(t) and not is_title_head(t)


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
        for size in range(min(MAX_PROPAGATE, n - i), 0, -1):
            if any(covered[i : i + size]):
                continue
            toks = tuple(text[i : i + size])
            lab = labels.get(toks)
            if lab is None and t.isupper():
                ln = layout.line_at(v.doc[i].idx)
                if ln is not None and ln.all_caps:
                    lab = upper.get(toks)
            if lab is not None:
                hit = (size, lab)
                break
        if hit is None:
            i += 1
            continue
        size, lab = hit
        # a following capitalised word means a longer, different name ("Kent" vs "Kent State")
        if size == 1 and (_cap_word(text, i + size) or (i > 0 and _cap_word(text, i - 1))):
            i += 1
            continue
        new.append(Cand(i, i + size, lab, None, "propagated"))
        i += size
    return cands + new
