"""``about`` read across facts of one sentence, after each fact has its own: a figure in an
apposition restates the figure before it ("grew 0.4%, an annual rate of 1.6%" -> what grew), a
bare share is of the whole an earlier share names ("45% of voters ... and 24% ..."), a figure
compared with one before measures the same ("26% of networks, compared to 30% in Paris"), so does
a figure listed after one inside a noun phrase ("growth of 1.5% in Peru and 2.2% in Chile"), and a
conjunct whose verb is left out measures the noun phrase written before it ("rents rose by 3% and
house prices by 5%" -> house prices)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.doctext import doc_text
from transforms.numbers.change_words import direction
from transforms.numbers.doers import TIME_NOUNS
from transforms.numbers.number_roles import number_phrase
from transforms.numbers.phrases import is_quantity, span_root
from transforms.types import NumberFact

_SKIP = frozenset({"date", "year", "ordinal"})
# words that open a conjunct clause whose verb may be left out
_CONJUNCTS = frozenset({"and", "while", "whereas", "but", ","})
# a preposition that may stand between the noun phrase and its figure ("house prices by 5%")
_GAP_PREPS = frozenset({"by", "at", "to", "of", "between"})
_QUALIFYING = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "just", "only"})


def linked_abouts(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with the ``about`` of appositions and of gapped conjuncts."""
    out = list(facts)
    text = doc_text(doc)
    for i, f in enumerate(facts):
        if f.kind in _SKIP or i == 0:
            continue
        earlier = [g for g in out[:i] if g.kind not in _SKIP and g.about is not None]
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if not earlier or span is None:
            continue
        earlier = [g for g in earlier if g.start >= span.sent.start_char]
        if not earlier:
            continue
        anchor = (
            _restated(text, f, earlier)
            or _apposed_to(doc, f, earlier)
            or _share_of_same(text, f, earlier)
            or (None if _own_whole(text, f) else _compared_with(doc, f, earlier))
            or _listed_after(doc, f, earlier)
            or _moved_from(doc, f, earlier)
        )
        if anchor is not None:
            out[i] = replace(
                f, about=anchor.about, about_start=anchor.about_start, about_end=anchor.about_end
            )
            continue
        np = _gapped_subject(doc, span.start)
        if np is not None and (np[0], np[1]) != (f.about_start, f.about_end):
            out[i] = replace(f, about=text[np[0] : np[1]], about_start=np[0], about_end=np[1])
    return out


# ", or" between two figures: the second restates the first in another unit ("profit of $3.1m,
# or 37 cents a share", "1.5m shares, or 16.2%")
_OR_BETWEEN = re.compile(r"\s*,\s*or\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?")


def _restated(text: str, f: NumberFact, earlier: list[NumberFact]) -> NumberFact | None:
    """The figure right before ``f`` when only ", or" stands between them: the same thing in
    another unit."""
    g = earlier[-1]
    if g.end > f.start or _OR_BETWEEN.fullmatch(text, g.end, f.start) is None:
        return None
    if text.startswith(" of ", f.end):
        return None  # "$50m, or 25% of its quota": a share with its own whole
    return g


def _apposed_to(doc: Doc, f: NumberFact, earlier: list[NumberFact]) -> NumberFact | None:
    """The fact an apposition restates: ``f`` is the "of" object of a noun set off by a comma
    after an earlier figure, hung on that figure or on the verb it depends on ("grew 0.4%, an
    annual rate of 1.6%"); a change noun ("a rise of 5%") says something else."""
    root = span_root(doc, f.start, f.end)
    if root is None:
        return None
    t = number_phrase(root)
    if t.dep_ != "pobj" or t.head.lower_ != "of" or not f.start <= t.idx < f.end:
        return None  # "a share of the $8bn total": the figure is the whole, no restatement
    noun = t.head.head
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ not in ("appos", "npadvmod")
        or direction(noun) is not None
        or noun.lemma_.lower() in TIME_NOUNS
        or noun.left_edge.i == 0
        or doc[noun.left_edge.i - 1].text != ","
    ):
        return None
    for g in reversed(earlier):
        groot = span_root(doc, g.start, g.end)
        if groot is None or groot.i >= noun.i:
            continue
        head = number_phrase(groot)
        if noun.head.i in (head.i, head.head.i):
            return g
        return None
    return None


# prepositions whose object is the figure a figure before is compared with
_AGAINST = frozenset({"against", "versus", "vs", "vs."})


def _compared_with(doc: Doc, f: NumberFact, earlier: list[NumberFact]) -> NumberFact | None:
    """The figure of the same kind before a figure it is compared with: ``f`` is itself the
    object of "compared with (to)", "against" or "versus", or listed after such an object ("26% of
    networks used it, compared to 30% in Paris, 31% in Rome" -> networks for all three); a noun
    phrase of its own ("compared with a loss of $2m") keeps its own."""
    root = span_root(doc, f.start, f.end)
    if root is None:
        return None
    t = number_phrase(root)
    bare = not f.start <= t.idx < f.end
    if bare and _bare_change(t) is None:
        return None  # "compared with a loss of $2m": a noun of its own
    while t.dep_ in ("conj", "appos") and is_quantity(t.head) and t.head.i < t.i:
        t = number_phrase(t.head)  # "compared to 30% in Paris, 31% in Rome": the first
    word = t.head  # the preposition, or "compared" itself for a figure listed on it
    if t.dep_ == "pobj":
        compared = word.lower_ in ("with", "to") and word.head.lemma_.lower() == "compare"
        against = word.lower_ in _AGAINST or (bare and word.lower_ == "than")
        if not compared and not against:
            return None
    elif word.lemma_.lower() != "compare" or word.i > t.i:
        return None
    for g in reversed(earlier):
        if g.end <= word.idx:
            if _has_for(root) and _names_holder(doc, g):
                return None  # "China had 20%, compared with 18% for the US": the US's figure
            if bare and _RATE_WORDS.search(g.about or ""):
                return None  # "rose at an annual rate of 10.7%, less than the 13.7% rise"
            return g if g.kind == f.kind else None
    return None


# a noun that only frames a figure as a pace ("rose at an annual rate of 10.7%")
_RATE_WORDS = re.compile(r"\b(?:rate|pace)$", re.IGNORECASE)


def _bare_change(noun: Token) -> Token | None:
    """``noun`` if it is a change noun with no phrase of what changed ("less than the 4.3% rise
    seen a year earlier", "compared to a 6% rise last year"; not "a 6% rise in exports")."""
    if noun.pos_ != "NOUN" or direction(noun) is None:
        return None
    own = any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "of", "on", "for")
        and any(o.ent_type_ not in ("DATE", "TIME") for o in prep.children)
        for prep in noun.children
    )
    return None if own else noun


def _names_holder(doc: Doc, g: NumberFact) -> bool:
    """The ``about`` of ``g`` names who or where has the figure (a country, firm, person)."""
    span = doc.char_span(g.about_start, g.about_end, alignment_mode="expand")
    return span is not None and span.root.ent_type_ in _HOLDERS


_HOLDERS = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC"})


def _has_for(root: Token) -> bool:
    """A "for" phrase with a noun right on the figure: whose figure it is."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)
        for c in root.rights
    )


def _listed_after(doc: Doc, f: NumberFact, earlier: list[NumberFact]) -> NumberFact | None:
    """The figure of the same kind inside the noun phrase a figure is a conjunct of, when the
    parse joined the listed figure to that noun ("growth of 1.5% in Peru and 2.2% in Chile" ->
    what the 1.5% measures)."""
    root = span_root(doc, f.start, f.end)
    if root is None:
        return None
    t = number_phrase(root)
    head = t.head
    if t.dep_ != "conj" or not f.start <= t.idx < f.end or head.pos_ not in ("NOUN", "PROPN"):
        return None  # "$15bn of shares and a $1bn dividend": a noun of its own
    if is_quantity(head):
        return None
    for g in reversed(earlier):
        if head.left_edge.idx <= g.start and g.end <= t.left_edge.idx:
            return g if g.kind == f.kind else None
    return None


def _moved_from(doc: Doc, f: NumberFact, earlier: list[NumberFact]) -> NumberFact | None:
    """The earlier figure a move is hung on by "up" or "down" ("estimated at 15,100 mln yen, up
    2.3 pct from a year earlier" -> what the 15,100 mln yen measures)."""
    root = span_root(doc, f.start, f.end)
    if root is None:
        return None
    word = number_phrase(root).head
    if word.lower_ not in ("up", "down") or word.dep_ != "advmod" or not is_quantity(word.head):
        return None
    figure = word.head
    for g in reversed(earlier):
        if g.start <= figure.idx < g.end:
            return g
    return None


_SHARES = frozenset({"percent", "fraction"})
_OF = re.compile(r"\s+of\s+(?:the\s+|those\s+)?")


def _own_whole(text: str, f: NumberFact) -> bool:
    """``f`` is a share whose ``about`` is its own "of" whole ("compared to 41% of women")."""
    of = _OF.match(text, f.end)
    return f.kind in _SHARES and of is not None and of.end() == f.about_start


def _share_of_same(text: str, f: NumberFact, earlier: list[NumberFact]) -> NumberFact | None:
    """The earlier share of a whole that a bare share in the same sentence is taken of ("45% of
    voters backed it and 24% opposed it" -> voters): ``f`` has no phrase of its own, no "of"
    follows it, and the earlier share's ``about`` is its "of" object."""
    if f.kind not in _SHARES or f.about is not None or _OF.match(text, f.end):
        return None
    for g in reversed(earlier):
        if g.kind not in _SHARES or g.about_start is None:
            continue
        of = _OF.match(text, g.end)
        return g if of is not None and of.end() == g.about_start else None
    return None


def _gapped_subject(doc: Doc, first: int) -> tuple[int, int] | None:
    """The noun phrase right before a figure (a preposition between at most) in a conjunct whose
    verb is left out ("... and house prices by 5%", "... and pork between 4% and 5%"): the parse
    hangs it on the verb or the figure before as a conjunct."""
    k = first - 1
    while k >= 0 and doc[k].lower_ in _QUALIFYING:
        k -= 1
    if k >= 0 and doc[k].lower_ in _GAP_PREPS and doc[k].i != first:
        k -= 1
    if k < 1:
        return None
    last = doc[k]
    if last.pos_ not in ("NOUN", "PROPN") or _not_a_thing(last):
        return None
    noun = last
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        if is_quantity(noun.head):
            break
        noun = noun.head  # "fats and oils"
    head = noun.head
    # "Acme rose 4%, Beta 3% and Gamma 2%": the parse hangs the name on the figure's own noun
    in_figure = noun.dep_ in ("nmod", "compound") and head.i == first + 1 and is_quantity(head)
    if not in_figure and (
        noun.dep_ != "conj" or not (head.pos_ in ("VERB", "AUX") or is_quantity(head))
    ):
        return None
    left = noun.left_edge
    if left.i == 0 or doc[left.i - 1].lower_ not in _CONJUNCTS or left.i > last.i:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[left.i : last.i + 1]):
        return None
    return left.idx, last.idx + len(last.text)


def _not_a_thing(tok: Token) -> bool:
    return (
        is_quantity(tok)
        or tok.lemma_.lower() in TIME_NOUNS
        or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
    )
