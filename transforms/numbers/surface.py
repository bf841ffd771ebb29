"""Change and about read from the words around a number, for when the parse says nothing: a
change word or sign right before it ("trending up 0.2%", "+0.3%"), "higher"/"lower" after it, the
level word before a level ("rose 4% to $310m"), durations that say when ("five years later") and
the name before a signed figure in a market list ("DAX +0.9%")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from transforms.doctext import doc_text
from transforms.numbers.change_words import direction

_SKIP_BEFORE = frozenset(
    {"by", "about", "around", "nearly", "almost", "roughly", "some", "just", "only", "another",
     "more", "than", "over", "under", "less", "fully", "sharply", "slightly", "back"}
)  # fmt: skip
_OPENING = frozenset(" \t\n([")  # before a sign: a space or an opening bracket ("(+12%)")
_AFTER = {"higher": "up", "lower": "down", "up": "up", "down": "down"}
# phrasal verbs whose particle is no direction of the amount ("women make up 40% of the staff",
# "rent takes up 30% of pay"), or the opposite one ("the index gave up 2%": it lost 2%)
_PHRASAL = {
    ("make", "up"): None, ("take", "up"): None, ("set", "up"): None, ("give", "up"): "down",
    ("break", "down"): None, ("turn", "down"): None, ("shut", "down"): None,
    ("play", "down"): None, ("hand", "down"): None, ("track", "down"): None,
    ("pay", "off"): None, ("draw", "down"): None,  # a debt settled, a credit line used
    # completive "up": paid, bought or ended, not raised ("stumped up $5m", "snapped up 9%")
    ("stump", "up"): None, ("cough", "up"): None, ("put", "up"): None, ("pay", "up"): None,
    ("end", "up"): None, ("snap", "up"): None, ("buy", "up"): None, ("sign", "up"): None,
    ("scrape", "up"): None, ("rustle", "up"): None, ("drum", "up"): None,  # gathered
    # a burden or a fixing, not a fall ("weighed down by $5bn of bad loans", "laid down £2m")
    ("weigh", "down"): None, ("bog", "down"): None, ("tie", "down"): None,
    ("lay", "down"): None, ("pin", "down"): None,
    ("prop", "up"): None, ("back", "up"): None, ("hold", "up"): None,  # a support or a delay
}  # fmt: skip


def lexical_change(doc: Doc, start: int, end: int) -> str | None:
    """The change word right before the number ("trending up 0.2%", "was down 9.2%"), a change noun
    and "of" ("a rise of 5%"), a plus sign ("+0.3%"), or "higher"/"lower" right after it ("closed
    3% higher"), when the parse missed it."""
    text = doc_text(doc)
    if text[start : start + 1] == "+" or (
        start > 0 and text[start - 1] == "+" and (start < 2 or text[start - 2] in _OPENING)
    ):
        return "up"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    if span.end < len(doc) and doc[span.end].lower_ in _AFTER:
        return _AFTER[doc[span.end].lower_]
    if (
        span.end + 2 < len(doc)
        and doc[span.end].lower_ == "in"
        and doc[span.end + 1].lower_ == "the"
    ):
        colour = _LEDGER.get(doc[span.end + 2].lower_)
        if colour is not None:
            return colour  # "ended 1.2% in the red"
    if _taken_off(span):
        return "down"  # "wiped $100bn off the company's value", "knocked 5% off the shares"
    noun = change_noun_after(span)
    if noun is not None:
        return direction(noun)
    by = by_phrase(doc, span.start, span.end)
    if by is not None:
        return by
    k = span.start - 1
    if _bound_hung_after(span):
        k -= 3  # "rose as much as 3% after the news", the parse hanging 3% on "after"
    for _ in range(3):
        while k >= 0 and doc[k].is_space and doc[k].text.count("\n") < 2:
            k -= 1  # a wrapped line: "rose\n1-3/4 to 77"
        if k < 0:
            return None
        tok = doc[k]
        d = direction(tok)
        if d is not None and tok.dep_ == "amod" and tok.head.i >= span.start:
            return None  # "the expanded 9 cent limit": the participle describes the noun's level
        if d is not None and (tok.pos_ in ("VERB", "ADV", "ADP", "ADJ", "PART") or tok.is_upper):
            if tok.dep_ == "prt" or (tok.dep_ == "advmod" and tok.head.pos_ == "VERB"):
                return _PHRASAL.get((tok.head.lemma_.lower(), tok.lower_), d)
            return d
        if tok.lower_ == "of" and k > 0 and doc[k - 1].lower_ in _BOUND_WORDS:
            return None  # "upwards of $3,000": a bound, not a rise
        if tok.lower_ == "of" and k > 0 and doc[k - 1].tag_ == "NN":
            return direction(doc[k - 1])  # "a rise of 5% to $40m" parsed as a range of 5% to $40m
        if tok.lower_ == "by" and tok.head.pos_ == "VERB" and direction(tok.head) is not None:
            return direction(tok.head)  # "raised its dividend by $0.10 to $1" parsed as a range
        if tok.lower_ not in _SKIP_BEFORE:
            return None
        k -= 1
    return None


def _bound_hung_after(span: Span) -> bool:
    """ "as much as" (or "as many as") right before the number, which the parse hung on a
    preposition after it: the verb before the bound is the number's."""
    doc, k = span.doc, span.start - 1
    head = span.root.head
    return (
        k >= 3
        and doc[k].lower_ == "as"
        and doc[k - 1].lower_ in ("much", "many")
        and doc[k - 2].lower_ == "as"
        and head.pos_ == "ADP"
        and head.i >= span.end
    )


def _taken_off(span: Span) -> bool:
    """A share or a sum between a verb and "off" and a noun phrase: what the verb took off it
    ("wiped $100bn off its value", "knocked 5% off the shares"), whichever way the parse hangs
    "off"; not "5% off the price" without a verb, nor a measure ("10 miles off the coast")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or span.start == 0 or doc[span.end].lower_ != "off":
        return False
    after = doc[span.end + 1]
    verb = doc[span.start - 1]
    if verb.pos_ != "VERB" or after.pos_ not in ("DET", "PRON", "NOUN", "PROPN", "ADJ"):
        return False
    return any(
        t.tag_ == "$" or t.text[:1] in "$£€¥" or t.lower_ in ("%", "percent", "pct", "cent")
        for t in span
    )


# the ledger idiom after a move: "closed 1.2% in the red", "ended 3 points in the black"
_LEDGER = {"red": "down", "black": "up", "green": "up"}
_BOUND_WORDS = frozenset({"upwards", "upward", "downwards", "downward"})
# words between a number and the change noun it sizes ("a 1/16 point drop")
_UNIT_WORDS = frozenset({"point", "points", "percentage", "basis", "-"})
# nouns that sum or average the amount after "by" ("grew by an average of 3%")
_PLACEHOLDERS = frozenset({"average", "total"})


def change_noun_after(span: Span) -> Token | None:
    """A singular change noun right after the number (unit words between) that the number
    modifies through its unit: "5% growth", "a 1/16 point drop"."""
    doc = span.doc
    k = span.end
    while k < len(doc) and doc[k].lower_ in _UNIT_WORDS and k - span.end < 2:
        k += 1
    if k >= len(doc) or k == span.start:
        return None
    noun = doc[k]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or direction(noun) is None:
        return None
    t = span.root
    for _ in range(3):  # the number (or its unit) hangs on the noun
        if t.head.i == t.i or t.dep_ not in ("nummod", "compound", "quantmod", "amod", "npadvmod"):
            return None
        if t.dep_ == "compound" and noun.dep_ == "compound" and t.head == noun.head:
            return noun  # a flat compound: "5% growth forecast"
        t = t.head
        if t.i == noun.i:
            return noun
    return None


def by_phrase(doc: Doc, start: int, end: int) -> str | None:
    """The direction of a change verb whose "by" phrase the number at token ``start`` ends, with
    an article, adjectives or a summing noun between: "expanded by a breakneck 9.5%", "grew by
    an average of 3%"; or the change verb itself ("rose an annual 6%"). ``start``:``end``: the
    number's tokens."""
    k = start - 1
    for _ in range(5):
        if k < 0:
            return None
        tok = doc[k]
        if tok.lower_ == "by":
            head = tok.head
            return verb_direction(head) if k < start - 1 and head.pos_ == "VERB" else None
        if tok.pos_ == "VERB" and direction(tok) is not None and start - 1 - k > 0:
            # "rose an annual 6%": the verb's own amount, an article and adjectives between
            noun_after = end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN")
            article = doc[k + 1].lower_ in ("a", "an")
            return direction(tok) if article and not noun_after else None  # "added a 30 degree hit"
        if tok.lower_ == "of" and k > 0 and doc[k - 1].lower_ in _PLACEHOLDERS:
            k -= 2
            continue
        misparsed = tok.head.lower_ == "by" and tok.pos_ in ("NOUN", "PROPN")  # "by a breakneck"
        if tok.lower_ not in ("a", "an") and tok.pos_ not in ("ADJ", "SPACE") and not misparsed:
            return None  # "increase it by assuming 33%": the amount of another verb
        k -= 1
    return None


def verb_direction(verb: Token) -> str | None:
    """The direction of a change verb, or of its particle "up" or "down" ("pushed rates up by
    0.25 points", "ratcheted up prices by 8%", "brought costs down by 5%"; not "weighed down")."""
    d = direction(verb)
    if d is not None:
        return d
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ in ("up", "down"):
            return _PHRASAL.get((verb.lemma_.lower(), c.lower_), direction(c))
    return None


def after_level_word(doc: Doc, start: int, *, counted: bool = False) -> bool:
    """The number right after "to" or "from", approximators between ("rose 5% to 310p", "rose to
    around 148", "up to 5%", a rate: "down from one in eight"); not after "by up to" nor, for a ``counted`` stock, after "up to": a
    bound on the size of the change ("by up to 20 acres", "cut up to 500 jobs")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    k = span.start - 1
    while k > 0 and doc[k].lower_ in _APPROXIMATORS:
        k -= 1
    if k >= 2 and doc[k].lower_ in _BOUNDS_AFTER_TO and doc[k - 1].lower_ == "to":
        k -= 1  # a level with a bound: "down to below $20", "rose to above 5%"
    if k >= 2 and doc[k].lower_ == "in" and doc[k - 1].like_num:
        k -= 2  # a rate "one in N": "down from one in eight", "rose to one in five"
        while k > 0 and doc[k].lower_ in _APPROXIMATORS:
            k -= 1
    up_to = doc[k].lower_ == "to" and k >= 1 and doc[k - 1].lower_ == "up"
    if up_to and (counted or (k >= 2 and doc[k - 2].lower_ == "by")):
        return False
    return doc[k].lower_ in ("to", "from")


_BOUNDS_AFTER_TO = frozenset({"below", "above", "under", "over", "beyond"})
_APPROXIMATORS = frozenset(
    {"about", "around", "nearly", "almost", "roughly", "some", "approximately"}
)


_TIME_AFTER = frozenset({"ago", "later", "earlier", "hence", "before", "after", "since"})
_TIME_BEFORE = frozenset({"past", "last", "next", "coming", "previous"})
_PERIOD_END = frozenset({"to", "ending", "ended", "through", "until", "till"})
_QUALIFYING = frozenset({"some", "about", "around", "nearly", "almost", "roughly", "just", "only"})


def time_adverbial(doc: Doc, start: int, end: int) -> bool:
    """The duration at ``start:end`` places an event in time rather than measuring something:
    followed by "ago"/"later", after "every" or "the past/last/next", or a reporting period ("the
    three months to December")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span.end < len(doc) and doc[span.end].lower_ in _TIME_AFTER and doc[span.end].pos_ == "ADV":
        return True
    if (  # "in the three months to December", "the 12 months ending in June": a reporting period
        span.end + 1 < len(doc)
        and doc[span.end].lower_ in _PERIOD_END
        and span.start > 0
        and doc[span.start - 1].lower_ == "the"
    ):
        return True
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in _QUALIFYING:
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in ("every", "each"):
        return True
    return doc[k].lower_ in _TIME_BEFORE and k > 0 and doc[k - 1].lower_ in ("the", "this")


_SIGNS = "+-−"


def signed_label(doc: Doc, start: int) -> tuple[int, int] | None:
    """A signed figure right after a name, as in market lists ("DAX +0.9%", "gold -0.4%"): the
    span of the name (up to four nouns, names or numbers before the sign)."""
    text = doc_text(doc)
    sign = start
    if text[start : start + 1] not in _SIGNS:
        sign = start - 1
        if sign < 1 or text[sign] not in _SIGNS:
            return None
    if sign < 1 or not text[sign - 1].isspace():
        return None
    span = doc.char_span(sign, sign + 1, alignment_mode="expand")
    if span is None:
        return None
    k = span.start - 1
    first = None
    while k >= 0 and span.start - k <= 4:
        tok = doc[k]
        if tok.pos_ not in ("PROPN", "NOUN", "NUM") or tok.text == "%" or tok.text[0] in _SIGNS:
            break
        first = tok
        k -= 1
    if first is None or first.pos_ == "NUM":
        return None
    last = doc[span.start - 1]
    return first.idx, last.idx + len(last.text)
