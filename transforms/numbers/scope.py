"""The scope of a change word over the numbers conjoined with the one it governs.

"Exports rose 3% in May and 6% in June", "profits fell 8% last year and another 2% this year": the
parse hangs the second amount on the change verb as a conjunct (the verb is left out), so it is
the size of a change in the same direction when the verb's own amount is one ("climbed to 6% ...
and 8%" are levels). An amount conjoined with a change in the same unit ("grew by 10% and 15%")
is one too; a conjunct after "to", "from" or "at" is a level and is left alone. An amount restated
after ", or" in another unit ("gained 12 points, or 0.4%", "fell 40 cents, or 5%") is the same
change: the one without a direction takes the other's. An amount hyphened to its unit before a
change noun ("a 300-point drop") and the amount a change noun is said to be ("the decline was 4%")
are the size of that change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.doctext import doc_text
from transforms.numbers.change_words import PERCENT_NOUNS, direction
from transforms.numbers.phrases import span_root
from transforms.numbers.references import compared_moves
from transforms.types import NumberFact

_AMOUNTS = frozenset({"percent", "money", "quantity"})
_LEVEL_WORDS = frozenset({"to", "from", "at"})


def conjoined_changes(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """``facts`` with the direction of a change carried to the amounts conjoined with it."""
    out = list(facts)
    by_token: dict[int, int] = {}
    roots: list[Token | None] = []
    for i, f in enumerate(facts):
        root = span_root(doc, f.start, f.end) if f.kind in _AMOUNTS else None
        roots.append(root)
        if root is not None:
            by_token[root.i] = i
    for i, f in enumerate(facts):
        root = roots[i]
        if f.change is not None or root is None or root.dep_ != "conj":
            continue
        head = root.head
        if head.i >= root.i or _after_level_word(doc, f.start):
            continue
        if head.pos_ == "VERB" and direction(head) is None:
            d = _noun_change(head, roots, out, f.unit, i)
        elif head.pos_ == "VERB":
            d = direction(head)
            if not any(_governs(head, roots[j]) and out[j].change == d for j in range(i)):
                d = None  # the verb's own amount is no change ("climbed to 6% and 8%")
        elif head.i in by_token and out[by_token[head.i]].unit == f.unit:
            d = out[by_token[head.i]].change
        else:
            d = None
        if d is not None:
            out[i] = replace(f, change=d)
    out = _restated(doc, _rate_changes(doc, _named_changes(doc, _by_changes(doc, out))))
    return compared_moves(doc, _shared_comparative(doc, _by_pairs(doc, out)))


_BY_BEFORE = re.compile(r"\bby\s+$")
_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")  # the second count ends its phrase: not "and 300 more left"


def _by_pairs(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """ "rig counts fell by 23 and 13, respectively": a bare count right after a "by" count of the
    same unit, only "and" or a comma between and nothing after it in its phrase, moves the same
    way."""
    text = doc_text(doc)
    out = list(facts)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if b.change is not None or b.kind != "count" or a.kind != "count" or a.change is None:
            continue
        if (
            b.unit == a.unit
            and _ENDS.match(text, b.end)
            and _PAIR.fullmatch(text, a.end, b.start)
            and _BY_BEFORE.search(text, max(0, a.start - 4), a.start)
        ):
            out[i] = replace(b, change=a.change)
    return out


_COMPARATIVE_AFTER = frozenset({"higher", "lower"})
_PAIR = re.compile(r"\s*(?:,|and|or|,\s*and)\s+")


def _shared_comparative(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """ "were 29% and 18% lower": the first of two amounts joined before "higher" or "lower"
    shares the direction the second takes from it."""
    out = list(facts)
    text = doc_text(doc)
    for i in range(len(out) - 2, -1, -1):
        f, g = out[i], out[i + 1]
        if f.change is not None or g.change is None or f.unit != g.unit or f.kind not in _AMOUNTS:
            continue
        after = doc.char_span(g.start, g.end, alignment_mode="expand")
        if (
            after is None
            or after.end >= len(doc)
            or doc[after.end].lower_ not in _COMPARATIVE_AFTER
        ):
            continue
        if _PAIR.fullmatch(text, f.end, g.start) and not _after_level_word(doc, f.start):
            out[i] = replace(f, change=g.change)
    return out


_BY_QUALIFYING = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "some", "just", "only"}
    | {"more", "less", "fewer", "than", "over", "under", "at", "least", "most", "up", "to"}
)  # and bounds: "was up by more than 2 points", "fell by up to 3%", "by at least 1%"


def _undirected(doc: Doc, facts: list[NumberFact]) -> Iterator[tuple[int, NumberFact, Span]]:
    """(index, fact, its tokens) of the amounts and counts without a direction yet."""
    for i, f in enumerate(facts):
        if f.change is not None or f.kind not in _AMOUNTS | {"count"}:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None:
            yield i, f, span


def _by_changes(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """ "Orders increased by 15,000 to 245,000": an amount or a count after "by" (or "by a net")
    on a change verb is the size of the change, also when the parse hung it on the level after it
    as a range."""
    out = list(facts)
    for i, f, span in _undirected(doc, facts):
        k = span.start - 1
        while k > 0 and doc[k].lower_ in _BY_QUALIFYING:
            k -= 1
        if k > 1 and doc[k].lower_ == "net" and doc[k - 1].lower_ in ("a", "an"):
            k -= 2  # "rose by a net 40,000 to 2.1 mln": the net size of the change
        if k < 0 or doc[k].lower_ != "by":
            continue
        if doc[k].head.pos_ not in ("VERB", "AUX"):
            d = _gapped_by(doc, out, i, k)
            if d is not None:
                out[i] = replace(f, change=d)
            continue
        head = doc[k].head
        d = direction(head) if head.pos_ == "VERB" else None
        if d is None:  # "was up in February by 1.7%": the direction word on the verb before "by"
            d = next(
                (
                    direction(c)
                    for c in head.children
                    if c.dep_ in ("advmod", "acomp")
                    and head.i < c.i < k
                    and direction(c)
                    and not any(t.is_punct or t.lower_ == "and" for t in doc[c.i + 1 : k])
                ),  # "were down 2.3%, Burlington by 2.6%": a gapped conjunct, read later
                None,
            )
        if d is None and f.kind in _AMOUNTS:  # "lowered the price demanded by $2"
            d = _object_participle(head)
        if d is None:  # "went up by 0.4% on the month and by 12.6% on the year"
            d = _gapped_by(doc, out, i, k)
        if d is not None:
            out[i] = replace(f, change=d)
    return out


def _object_participle(verb: Token) -> str | None:
    """The direction of a change verb whose object a participle with the "by" amount describes
    ("lowered the price demanded by $2", "cut the amount of borrowing needed by £200m"): the
    parse hung "by" on the participle; also a relative clause ("cut the price it charges by 5
    cents") and a phrase after the object ("raised prices for its line of resins used in paint by
    15%")."""
    if verb.dep_ not in ("acl", "relcl") or verb.pos_ != "VERB" or direction(verb) is not None:
        return None
    noun = verb.head
    for _ in range(2):
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head  # "the amount of borrowing needed"
    up = noun.head.head if noun.dep_ == "pobj" else noun
    if up.pos_ == "VERB" and up.i < noun.i and any(c.dep_ == "dobj" for c in up.children):
        return direction(up)  # "raised prices for its line of resins used in paint by 15%"
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return direction(noun.head)


# words that join a "by" phrase whose verb is left out to the change before it ("rose by 8% in May
# and by 24% in June", "fell by 50% against the euro, as well as by 30% against the yen")
_BY_JOINERS = frozenset({"and", "but", "or", ",", "-", "–", "as"})


def _gapped_by(doc: Doc, facts: list[NumberFact], i: int, k: int) -> str | None:
    """The direction of the change before the "by" at token ``k`` that the parse hung on no verb,
    when "by" opens a conjunct of that change: a joining word right before it, and no verb nor
    other figure between the change and it ("rose by 8% in January and by 24% in China")."""
    if k < 1 or doc[k - 1].lower_ not in _BY_JOINERS:
        return None
    if i == 0 or facts[i - 1].change is None or facts[i - 1].unit != facts[i].unit:
        return None
    prev = doc.char_span(facts[i - 1].start, facts[i - 1].end, alignment_mode="expand")
    if prev is None or prev.sent.start != doc[k].sent.start or prev.end > k:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in doc[prev.end : k]):
        return None  # "rose 8%, helped by 3% inflation": the verb's own "by"
    return facts[i - 1].change


_COPULAS = frozenset({"be", "amount", "total", "come"})


def _named_changes(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """ "a 300-point drop", "a 50-basis-point cut": an amount hyphened to its unit before a change
    noun is its size; "the decline was 4%", "the increase amounts to $300": so is the amount a
    change noun is said to be."""
    out = list(facts)
    for i, f, span in _undirected(doc, facts):
        noun = _after_compound(doc, span.end)
        if noun is None:
            root = span_root(doc, f.start, f.end)
            noun = _copula_subject(root) if root is not None else None
        if noun is None or noun.pos_ != "NOUN" or noun.tag_ == "NNS":
            continue  # "three rate cuts": a count of events
        d = direction(noun)
        if d is not None:
            out[i] = replace(f, change=d)
    return _share_moves(doc, out)


def _share_moves(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """ "a 20% devaluation", "an expansion of 2.4%", "the yen's 4% appreciation": a share sizing a
    noun of a currency's or an economy's move (``PERCENT_NOUNS``)."""
    out = list(facts)
    for i, f, _span in _undirected(doc, facts):
        root = span_root(doc, f.start, f.end)
        if root is None or f.kind != "percent":
            continue
        noun = root.head
        if root.dep_ == "pobj" and noun.lower_ == "of":
            noun = noun.head  # "an expansion of 2.4%"
        elif root.dep_ not in ("nummod", "compound", "amod") or noun.i < root.i:
            continue
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "a 30% dollar depreciation"
        d = PERCENT_NOUNS.get(noun.lemma_.lower())
        if d is not None and noun.tag_ != "NNS":
            out[i] = replace(f, change=d)
    return out


_RATES = frozenset({"rate", "pace", "clip"})


def _rate_changes(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """ "grew at an annual rate of 2.4%", "expanded at a 3% pace": the rate "at" which a change
    verb moves is the size of its change, per period."""
    out = list(facts)
    for i, f, _span in _undirected(doc, facts):
        root = span_root(doc, f.start, f.end)
        if root is None or f.kind not in _AMOUNTS:
            continue
        noun = root.head
        if root.dep_ == "pobj" and noun.lower_ == "of":
            noun = noun.head  # "a rate of 2.4%"
        elif root.dep_ not in ("nummod", "compound", "amod"):
            continue
        at = noun.head
        if noun.lemma_.lower() not in _RATES or noun.dep_ != "pobj" or at.lower_ != "at":
            continue
        d = direction(at.head) if at.head.pos_ == "VERB" else None
        if d is not None:
            out[i] = replace(f, change=d)
    return out


def _after_compound(doc: Doc, k: int) -> Token | None:
    """The word after the hyphen compound that starts at token ``k`` ("-point drop" -> drop)."""
    if k >= len(doc) or doc[k].text not in ("-", "‑") or doc[k - 1].whitespace_:
        return None
    while k < len(doc) and not doc[k].whitespace_:
        k += 1
    return doc[k + 1] if k + 1 < len(doc) and doc[k].text not in ("-", "‑") else None


def _copula_subject(root: Token) -> Token | None:
    """The subject of the copula ``root`` is the complement of ("the decline was 4%")."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "to":
        head = head.head  # "amounts to $300"
    elif root.dep_ != "attr":
        return None
    if head.lemma_.lower() not in _COPULAS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


_COUNTED = frozenset({"nummod", "quantmod", "compound"})


def _restated(doc: Doc, facts: list[NumberFact]) -> list[NumberFact]:
    """ "gained 12 points, or 0.4%", "fell $2, or 5%": an amount restated after ", or" in another
    unit is the same change; the one without a direction takes the other's."""
    out = list(facts)
    owner: dict[int, int] = {}  # token -> fact: the number's root and the noun it counts
    roots: list[Token | None] = []
    for i, f in enumerate(facts):
        root = span_root(doc, f.start, f.end) if f.kind in _AMOUNTS | {"count"} else None
        roots.append(root)
        if root is None:
            continue
        owner[root.i] = i
        if root.dep_ in _COUNTED and root.head.i > root.i and root.head.pos_ == "NOUN":
            owner.setdefault(root.head.i, i)
    for i, root in enumerate(roots):
        if root is None or root.dep_ != "conj" or root.head.i not in owner:
            continue
        j = owner[root.head.i]
        between = doc[root.head.i + 1 : root.i]
        if j == i or out[j].unit == out[i].unit or not _comma_or(between):
            continue
        if not _changed(root.head):
            continue  # "to yield 8.6%, or 78 points more than bonds": a level and a spread
        if out[i].change is None and out[j].change is not None:
            out[i] = replace(out[i], change=out[j].change)
        elif out[j].change is None and out[i].change is not None:
            out[j] = replace(out[j], change=out[i].change)
    text = doc_text(doc)
    for i in range(1, len(out)):  # "were up 8 pence, or 1.3%": the parse hung the % elsewhere
        prev, f = out[i - 1], out[i]
        if (
            f.change is None
            and prev.change is not None
            and roots[i] is not None
            and roots[i - 1] is not None
            and prev.unit != f.unit
            and _RESTATING.fullmatch(text, prev.end, f.start)
        ):
            out[i] = replace(f, change=prev.change)
    return out


_RESTATING = re.compile(  # ", or 1.3%", " or nearly 1%"
    r",?\s+or\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more than)\s+)?"
)


def _noun_change(
    verb: Token, roots: list[Token | None], facts: list[NumberFact], unit: str | None, i: int
) -> str | None:
    """ "recorded gains of 2% for A and 3% for B": the parse hangs the second amount on the verb
    whose object is the change noun of the first; it takes that change when in the same unit."""
    for j in range(i):
        root = roots[j]
        if root is None or facts[j].change is None or facts[j].unit != unit:
            continue
        of = root.head
        noun = of.head
        if (
            of.lower_ == "of"
            and root.dep_ == "pobj"
            and noun.head.i == verb.i
            and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
            and direction(noun) == facts[j].change
        ):
            return facts[j].change
    return None


def _changed(tok: Token) -> bool:
    """``tok`` hangs on a change word, directly or through "by" ("gained 12 points", "fell by
    40 cents")."""
    head = tok.head
    if head.lower_ == "by" and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and direction(head) is not None


def _comma_or(tokens) -> bool:
    words = [t.lower_ for t in tokens]
    return "or" in words and "," in words[: words.index("or")]


def _governs(verb: Token, root: Token | None) -> bool:
    """``root`` hangs on ``verb`` directly or through one preposition ("rose by 10%")."""
    if root is None or root.head.i == root.i:
        return False
    return root.head.i == verb.i or (root.head.dep_ == "prep" and root.head.head.i == verb.i)


def _after_level_word(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _LEVEL_WORDS
