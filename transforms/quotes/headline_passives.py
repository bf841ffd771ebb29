"""A headline's passive report without its auxiliary: ``BANK EXPECTED TO RAISE RATES``,
``TIN OUTPUT SAID TO FALL``, ``COPPER PRICE AVERAGE SEEN AT 70 CTS``
(:func:`headline_passive`).

Headlines drop "is"/"are": the bare participle of a verb of saying, believing or expecting
(:data:`.reported_lexicon.PASSIVE_RAISING_VERBS`) after a noun phrase is a passive with nobody
named, as "The bank is expected to raise rates" is in the body. The parser reads it as an
active past verb whose subject holds the view (the bank "expected" something) or as a participle
hung on the noun, so the headline gave the subject as a speaker or no relation at all. Active
headlines are written in the present ("ANALYSTS EXPECT …", "ACME SEES …"), so a past form there
is the passive. Like a passive judgement in the body, the relation has two pieces, the subject
and the complement. Nobody is named in the headline, but wire copy names the holder in the lead
("…, dealers said"): the relation is credited to the source of the lead paragraph's first
attribution (:func:`lead_credited`), as a headline's single-quoted claim is
(:mod:`.headline_claims`); with none there it has no speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from transforms.quotes.headline_claims import lead_span
from transforms.quotes.reported_content import cue_lemma, subtree_ids
from transforms.quotes.reported_lexicon import PASSIVE_RAISING_VERBS
from transforms.quotes.reported_pieces import Reported

_PARTICIPLE_TAGS = frozenset(("VBN", "VBD"))
# a passive with its auxiliary is the body's construction; an object or a clause with its own
# subject is an active verb ("ACME SAID IT WOULD …")
_NOT_BARE = frozenset(("aux", "auxpass", "dobj", "dative", "nsubjpass"))
_DASHES = frozenset(("-", "--", "–", "—"))


def headline_end(text: str) -> int:
    """The end of the headline: its first line when a blank line follows and it ends with no
    sentence mark, else 0 (no headline)."""
    end = text.find("\n")
    if end <= 0 or text[end : end + 2] != "\n\n":
        return 0
    line = text[:end].rstrip()
    return end if line and line[-1] not in ".!?:;" else 0


def headline_passive(tok: Token, end: int) -> tuple[list[int], list[int]] | None:
    """(subject ids, complement ids) when ``tok``, inside the headline ending at char ``end``,
    is the bare participle of a passive report: a past form (not the base form: "TRADERS
    FORECAST …" is active) of a verb of :data:`PASSIVE_RAISING_VERBS` with no auxiliary, object
    or clause subject of its own, after a noun phrase it follows as its subject or as the noun
    it is hung on, and with a complement after it; not "seen by" a count of viewers. A headline
    with a spaced dash is left to :mod:`.headline_sources` (its source or kicker)."""
    if tok.idx >= end or tok.tag_ not in _PARTICIPLE_TAGS:
        return None
    lemma = cue_lemma(tok)
    if lemma not in PASSIVE_RAISING_VERBS or tok.lower_ == lemma:
        return None
    if any(c.dep_ in _NOT_BARE for c in tok.children):
        return None
    if lemma == "see" and _counted_agent(tok):
        return None  # "FINALE SEEN BY 10M": the sense of sight, a count of who saw it
    doc = tok.doc
    line = [t for t in doc[tok.sent.start : tok.i + 40] if t.idx < end]
    if any(t.text in _DASHES and t.whitespace_ for t in line):
        return None
    if tok.dep_ == "acl" and tok.head.i < tok.i:  # "PRICE AVERAGE [SEEN] AT …"
        subj = [t.i for t in tok.head.subtree if t.i < tok.i]
    else:
        noun = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
        subj = subtree_ids(noun) if noun is not None else []
    comp = [t.i for t in line if t.i > tok.i and not t.is_space]
    if not subj or max(subj) != tok.i - 1 or not any(doc[i].is_alpha for i in comp):
        return None
    return subj, comp


def _counted_agent(verb: Token) -> bool:
    """Whether the verb's "by" agent is a count ("seen by 14m", "by 10 million viewers")."""
    return any(
        g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)
        for c in verb.children
        if c.dep_ == "agent"
        for g in c.children
    )


def lead_credited(found: list[Reported], others: Sequence[Reported], text: str) -> list[Reported]:
    """The headline's passive reports ``found`` credited to the source of the first attribution
    (of ``others``, by content start) whose cue and content are in the lead paragraph, the one
    after the headline's blank line; unchanged when the lead has none."""
    if not found:
        return []
    lead0, lead1 = lead_span(text, headline_end(text))
    lead = sorted(
        (
            r
            for r in others
            if (r.speaker is not None or r.given is not None)
            and r.pieces
            and lead0 <= r.pieces[0][0] < lead1
            and lead0 <= r.cue_start < lead1
        ),
        key=lambda r: r.pieces[0][0],
    )
    if not lead:
        return found
    return [replace(r, speaker=lead[0].speaker, given=lead[0].given) for r in found]
