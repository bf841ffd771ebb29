"""An organisation as a speaker -> its name: ``it`` and a generic noun of a company or a body
that describes no mention ("the company said", "the firm added") take the latest organisation
that spoke or was the subject of a clause, or the one its own report names
(:func:`resolve_org`)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from transforms.lexicon import LEGAL_SUFFIXES
from transforms.quotes.resolve import MentionIndex

ORG_DISTANCE = 1500  # characters back to the organisation "it" or "the company" stands for
# the last word of a company's name: a legal form, or a word that names a company by itself
_CORPORATE = LEGAL_SUFFIXES | frozenset(("corporation", "group", "holdings"))


def resolve_org(
    index: MentionIndex, pos: int, speakers: Sequence[tuple[int, str, str]], *, company: bool
) -> tuple[str, str] | None:
    """(name, label) for a speaker "it" or "the company" at ``pos``: the latest organisation of
    an earlier sentence (within :data:`ORG_DISTANCE` characters) that spoke or is the subject of
    a clause ("Acme cut 500 jobs. It said …"; not in the clause a report after it holds), looking
    no further back than a sentence whose main subject is a person; for "the company"
    (``company``), failing that, the latest named with a corporate suffix ("Acme Corp").
    Mentions inside quotations are never candidates, nor a source after its report ("[A], the
    agency said"), unless the speaker is an "it" that is one too
    ("[A], the agency said. [B], it said"). Failing all that, the one organisation named in the
    speaker's own report before it (:func:`_org_in_report`)."""
    doc = index.doc
    here = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if here is None:
        return None
    corporate = None
    source = not company and _source_after(index, pos)
    i = here.sent.start - 1
    while i >= 0:
        sent = doc[i].sent
        if sent.end_char < pos - ORG_DISTANCE:
            break
        found, named = _org_in(index, sent.start_char, sent.end_char, speakers, company, source)
        if found is not None:
            return found
        corporate = corporate or named
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        m = None if subj is None else index.at(subj.idx, subj.idx + len(subj))
        if m is not None and m.label == "PERSON" and not index.quoted(m.start):
            break
        i = sent.start - 1
    return corporate or _org_in_report(index, here[0])


def _org_in_report(index: MentionIndex, tok: Token) -> tuple[str, str] | None:
    """The one organisation named in the report a source after it gives ("[Roe quit as head of
    Acme Corp], the company said": Acme Corp), if there is exactly one."""
    while tok.dep_ in ("det", "amod", "compound") and tok.head.i > tok.i:
        tok = tok.head  # "the" -> "company"
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    reports = [c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i]
    if not reports:
        return None
    lo = reports[0].left_edge.idx
    hi = reports[0].right_edge.idx + len(reports[0].right_edge)
    names = {
        (m.name, m.label)
        for m in index.mentions[index.before(lo) : index.before(hi)]
        if m.label == "ORG" and not index.quoted(m.start)
    }
    return next(iter(names)) if len(names) == 1 else None


def _org_in(
    index: MentionIndex,
    lo: int,
    hi: int,
    speakers: Sequence[tuple[int, str, str]],
    company: bool,
    source: bool,
) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """The latest organisation in ``[lo, hi)`` that spoke or is a subject (see resolve_org), and
    with ``company`` the latest named with a corporate suffix; a source after its report only
    for a speaker that is one too (``source``)."""
    cands = [
        (spos, name, label)
        for spos, name, label in speakers
        if lo <= spos < hi and label == "ORG" and (source or not _source_after(index, spos))
    ]
    corporate = None
    k = index.before(hi) - 1
    while k >= 0 and index.mentions[k].start >= lo:
        m = index.mentions[k]
        k -= 1
        if m.label != "ORG" or index.quoted(m.start):
            continue
        if company and corporate is None and _corporate(m.name):
            corporate = (m.name, m.label)
        span = index.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = span.root.head
        if verb.dep_ == "ccomp" and verb.i < verb.head.i:
            continue  # "[Roe Inc struck Acme Corp's plant], Acme said": the report's topic
        if source or not _source_after(index, m.start):
            cands.append((m.start, m.name, m.label))
    if not cands:
        return None, corporate
    _, name, label = max(cands)
    return (name, label), corporate


def _source_after(index: MentionIndex, start: int) -> bool:
    """Whether the noun phrase at ``start`` is the subject of a verb whose reported clause comes
    before it ("[A], the Press Association said"): the source of a report, not its topic."""
    span = index.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "det", "amod", "poss", "nmod", "case") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "ccomp" and c.i < verb.i for c in verb.children
    )


def subject_before(tok: Token) -> Token | None:
    """The subject of the main clause of ``tok``'s sentence when it comes before ``tok`` and is
    another noun ("The government has ruled it out, because it says …": "it" is the government,
    whatever organisation was named before)."""
    root = tok.sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= tok.i or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return subj


def _corporate(name: str) -> bool:
    """Whether ``name`` ends with a company's legal form or a company word ("Acme Corp.")."""
    last = name.lower().split()[-1] if name.strip() else ""
    return last in _CORPORATE or last.rstrip(".") in _CORPORATE
