"""A report written with "as saying": ``the agency quoted Roe as saying …``, ``Roe was quoted
(by the agency) as saying …``, ``Roe is reported as saying …`` (:func:`as_saying`).

The verb before "as" (quote, report, cite, …) is the cue; "saying" is a gerund of a verb of
saying hung on "as". Wire copy mostly puts the content first ("[Exports will rise], the agency
quoted Roe as saying."): the parser hangs it on the cue as a clausal complement before the cue's
subject, while the object and the "as" phrase after the cue hold no content at all. Read as a
plain object, "Roe as saying" became the content and the fronted clause was lost; read as an
agentless passive ("Roe is reported …"), "Roe" and "as saying" became two pieces of nobody's
report.
"""

from __future__ import annotations

from spacy.tokens import Token

from transforms.quotes.reported_content import VERB_COMPS, cue_lemma, subtree_ids
from transforms.quotes.reported_lexicon import CLAUSE_VERBS

_PASSIVE = frozenset(("nsubjpass", "auxpass"))
_SIDE = frozenset(("ccomp", "parataxis"))


def as_saying(verb: Token) -> tuple[list[int], Token | None] | None:
    """The relation of a cue ``verb`` with an "as" phrase holding a gerund of saying:

    - ``None`` when there is no such phrase, no content before the cue, or when, in the active
      voice, the gerund has a content of its own: "The paper quoted [Roe as saying that A]"
      stays the outlet's report with the object in its content, as PolNeAR's gold writes it;
    - ``([], None)``, no relation of the cue: a quotation before it ('"A," Roe is reported as
      saying': the quotation's own row credits Roe), or a passive whose gerund reports ("Roe
      was quoted as saying [A]": the gerund's row);
    - ``(ids, speaker)``: the content before the cue, credited to the cue's subject ("[A], the
      agency quoted Roe as saying": the agency, as with a content after it) or, in the passive,
      to the one quoted ("[A], Roe was quoted as saying": Roe).
    """
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    gerund = (
        None
        if prep is None
        else next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    )
    if gerund is None or cue_lemma(gerund) not in CLAUSE_VERBS:
        return None
    passive = any(c.dep_ in _PASSIVE for c in verb.children)
    if any(c.dep_ in VERB_COMPS and c.i > gerund.i for c in gerund.children):
        return ([], None) if passive else None
    subj = next((c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "nsubj")), None)
    front = next((c for c in verb.children if c.dep_ in _SIDE and c.i < verb.i), None)
    if front is not None:
        ids = subtree_ids(front)
    elif verb.dep_ in _SIDE and verb.head.i < verb.i:  # the parser hung the cue on the content
        own = {t.i for t in verb.subtree}
        ids = [i for i in subtree_ids(verb.head) if i not in own]
    else:
        return None  # "cited a memo as pointing to X": no content before, the object's own
    first = next((t for t in verb.sent if not t.is_space), None)
    if first is not None and first.is_quote:
        return [], None  # '"A," the paper quoted Roe as saying': the quotation's row
    return ids, subj
