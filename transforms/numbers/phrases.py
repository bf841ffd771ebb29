"""Noun phrases in the parse for ``about``: the root of a number's span, the span of the phrase a
noun heads (left modifiers, an "of" phrase, the owner phrase of a measure noun: "shares in Acme"),
the nearest plain noun, and the cut of a phrase to the part outside other quantities."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from transforms.doctext import doc_text, overlapping

_NP_LEFT = frozenset({"compound", "amod", "nmod", "poss", "case", "nummod", "quantmod"})


_ROOTS = "newsfacts.span_roots"


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The root of the tokens overlapping ``[start, end)``: found once per span and Doc (the
    number rules ask again for the same spans), kept as a token index in ``doc.user_data``."""
    kept = doc.user_data.get(_ROOTS)
    if kept is None or kept[0] != len(doc):  # again if the tokens change
        kept = doc.user_data[_ROOTS] = (len(doc), {})
    i = kept[1].get((start, end))
    if i is None:
        i = kept[1][(start, end)] = _span_root(doc, start, end)
    return doc[i] if i >= 0 else None


def _span_root(doc: Doc, start: int, end: int) -> int:
    toks = overlapping(doc, start, end)
    if not len(toks):
        return -1
    inside = {t.i for t in toks}
    for t in toks:
        if (t.head.i not in inside or t.head.i == t.i) and t.dep_ not in ("prep", "cc", "punct"):
            return t.i
    return toks[-1].i


def is_quantity(tok: Token) -> bool:
    """A noun that is itself a quantity ("298 mln francs", "5%"); a number after a name names it
    ("the FTSE 100")."""
    return tok.like_num or any(
        c.dep_ in ("nummod", "quantmod")
        and (c.i < tok.i or _year_like(c))
        and not (c.i < tok.i and _year_like(c) and c.ent_type_ == "DATE")  # "its 2005 forecast"
        for c in tok.children
    )


def _year_like(tok: Token) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and 1000 <= int(tok.text) < 2200


def noun_phrase(noun: Token, start: int, end: int) -> tuple[int, int] | None:
    """Character span of the noun phrase of ``noun`` (left modifiers + "of" phrase), outside the
    number's own span ``start:end``."""
    if noun.pos_ == "PRON":
        clause = described_pronoun(noun)
        if clause is None:
            return None
        return _on_line(noun, noun.idx, clause.right_edge.idx + len(clause.right_edge.text))
    left = noun
    for child in noun.lefts:
        if child.dep_ in _NP_LEFT or (child.dep_ == "det" and child.tag_ == "PRP$"):
            left = min(left, child.left_edge, key=lambda t: t.i)
            break
    left = _after_break(left, noun)
    right = noun
    owner = _OWNER_PREPS if noun.lemma_.lower() in _MEASURE_NOUNS else ()
    for child in noun.rights:
        if (
            child.dep_ == "prep"
            and (child.lower_ == "of" or (child.lower_ in owner and _owner_object(child)))
            and any(c.dep_ == "pobj" for c in child.children)
        ):
            last = _phrase_end(child)
            if child.lower_ == "of" and not (child.idx < end and child.right_edge.idx >= start):
                last = child.right_edge
            if not (child.idx < end and last.idx >= start):
                right = last
    if noun.dep_ in ("nsubj", "nsubjpass") and right.i == noun.i:
        right = _conjuncts_end(noun, start)
    s, e = _on_line(noun, left.idx, right.idx + len(right.text))
    doc = noun.doc
    if s < end and e > start:  # the phrase holds the number: keep what follows it
        after = [t for t in doc[left.i : right.i + 1] if t.idx >= end]
        if not after:
            return None
        s = after[0].idx
    while doc.char_span(s, e) is not None and (
        doc.char_span(s, e)[0].dep_ in ("det", "case", "punct")
        or doc.char_span(s, e)[0].tag_ in ("PRP$", "WP$")
    ):
        span = doc.char_span(s, e)
        if len(span) == 1:
            return None
        s = span[1].idx
    return (s, _hyphened_end(doc, e)) if s < e else None


def _hyphened_end(doc: Doc, e: int) -> int:
    """``e``, or the end of a word joined to the phrase's last word by a hyphen ("bail-out")."""
    text = doc_text(doc)
    while text.startswith("-", e) and e + 1 < len(text) and text[e + 1].isalpha():
        nxt = doc.char_span(e + 1, e + 2, alignment_mode="expand")
        if nxt is None:
            break
        e = nxt[-1].idx + len(nxt[-1].text)
    return e


# a spaced dash, colon or semicolon ends one phrase and opens another ("fared well - Acme sales")
_BREAKS = frozenset({"-", "\u2013", "\u2014", "--", ":", ";"})


def _after_break(left: Token, noun: Token) -> Token:
    """``left``, or the word after the last spaced dash, colon or semicolon between it and
    ``noun``: the parse may hang words of the clause before on the noun ("carmakers fared well -
    Acme sales jumped 11%" -> "Acme sales"); a hyphen inside a word ("Acme-owned") is no break."""
    doc = noun.doc
    for t in doc[left.i : noun.i]:
        if t.text in _BREAKS and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_:
            left = doc[t.i + 1]
    return left


def described_pronoun(tok: Token) -> Token | None:
    """The clause that says who "those" are ("those questioned", "those who voted"): the
    pronoun and its clause name a group a share is taken of."""
    if tok.lower_ not in ("those", "these") or tok.pos_ != "PRON":
        return None
    for child in tok.rights:
        if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
            return child
    return None


def _on_line(noun: Token, s: int, e: int) -> tuple[int, int]:
    """``s:e`` cut to the line of ``noun``: a title joined to the text below it by the parse
    lends no modifiers ("Prices show slight increase / Prices of homes rose" -> "Prices of homes")."""
    text = doc_text(noun.doc)
    top = text.rfind("\n", s, noun.idx) + 1
    bottom = text.find("\n", noun.idx, e)
    if top > s:
        s = next(t.idx for t in overlapping(noun.doc, top, noun.idx + 1) if not t.is_space)
    if bottom != -1:
        e = max(t.idx + len(t.text) for t in overlapping(noun.doc, noun.idx, bottom))
    return s, e


def line_subject(doc: Doc, start: int) -> Token | None:
    """The first plain noun on the line of character ``start``, before it and outside a
    prepositional phrase of that line: the subject of a lead sentence the parse joined to its
    title (where it often hangs as the object of the title's last word)."""
    top = doc_text(doc).rfind("\n", 0, start) + 1
    for tok in overlapping(doc, top, start):
        if _plain_noun(tok) and (tok.dep_ != "pobj" or tok.head.idx < top):
            return tok
    return None


# measure nouns whose owner or market follows in a phrase: "shares in Acme", "the rate on
# mortgages", "demand for steel", "prices at the pump"
_MEASURE_NOUNS = frozenset(
    {"share", "stake", "stock", "price", "rate", "yield", "holding", "cost", "demand", "spending"}
)
_OWNER_PREPS = frozenset({"in", "on", "for", "at"})


def _conjuncts_end(noun: Token, start: int) -> Token:
    """The last noun coordinated with a subject before the number ("Exports and imports fell
    5%" -> imports), else the subject itself."""
    last = noun
    for c in noun.rights:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not is_quantity(c):
            if c.idx + len(c.text) > start or any(t.pos_ == "NUM" for t in noun.doc[noun.i : c.i]):
                break  # "Kenteris, 31, and Thanou, 30": figures between say whose is whose
            last = _conjuncts_end(c, start)  # "Acme, Beta and Gamma": a chain of conjuncts
    return last


def _phrase_end(prep: Token) -> Token:
    """The last token of a prepositional phrase without the clauses and appositions hung on its
    object ("shares in Acme, which ..." -> "Acme")."""
    last = prep
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        last = obj
        for c in obj.rights:
            if c.dep_ in ("relcl", "acl", "appos", "advcl"):
                break
            if c.dep_ not in ("punct", "cc"):
                last = c.right_edge
    return last


def _owner_object(prep: Token) -> bool:
    """The phrase names a thing, not a time ("shares in Acme", not "shares in March")."""
    return any(
        c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")
        for c in prep.children
    )


def is_thing(tok: Token) -> bool:
    """A noun naming a thing: no quantity, no time ("in May")."""
    return (
        tok.dep_ in ("pobj", "compound")
        and tok.pos_ in ("NOUN", "PROPN")
        and not is_quantity(tok)
        and tok.ent_type_ not in ("DATE", "TIME")
    )


def nearest_noun(root: Token, start: int, end: int, *, after: bool = True) -> Token | None:
    """The head of the closest noun phrase before the number in its sentence (after it when
    none is before and ``after``): the last fallback."""
    sent = root.sent
    before = [t for t in sent if t.idx + len(t.text) <= start and _plain_noun(t)]
    if before or not after:
        return before[-1] if before else None
    after = [t for t in sent if t.idx >= end and _plain_noun(t)]
    return after[0] if after else None


def _plain_noun(tok: Token) -> bool:
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ not in ("compound", "nmod", "poss", "npadvmod")
        and not is_quantity(tok)
        and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
    )


def unit_noun(tok: Token) -> bool:
    """A plain noun a number counts ("18 sen", "22 goals"), not a change or name."""
    return tok.pos_ == "NOUN" and not _is_quantity_word(tok)


def _is_quantity_word(tok: Token) -> bool:
    return tok.like_num or tok.ent_type_ in ("MONEY", "PERCENT")


def outside_quantities(
    text: str, span: tuple[int, int], spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """``span`` cut to the part after the last quantity it holds ("between 1600 and 1900 world
    temperatures" -> "world temperatures"); None when a quantity covers its end."""
    s, e = span
    for fs, fe in spans:
        if fs < e and fe > s:
            if fe >= e:
                return None
            s = max(s, fe)
    while s < e and not text[s].isalnum():
        s += 1
    if s != span[0] and text[s - 1] in "'’" and text.startswith("s ", s):
        s += 2  # the possessive of a cut quantity ("2004's level" -> "level")
    if s != span[0] and text.startswith("of ", s):
        return None  # "15 mln stg of bills": the phrase belongs to the other quantity
    return (s, e) if s < e else None


# the end of a noun phrase whose "of" phrase (or another phrase of a preposition: "a 20% stake in
# Acme for $40m", "an issue of notes due 1997") is another figure ("a profit of about $5m")
_OF_FIGURE = re.compile(
    r"(?<=\w)(?:\s+due)?\s+(?:of|for|at|in|on|to|from|with|by|due)"
    r"(?:\s+(?:about|around|some|nearly|almost|roughly|just|only|over|under"
    r"|up to|more than|less than))?\s*$"
)


def before_figure(
    doc: Doc, span: tuple[int, int], spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The noun phrase ``span`` cut before its "of" phrase when that phrase is another figure
    ("reported a profit of $5m, up from $4m": the $4m measures the profit too); None unless a
    noun ends the cut part."""
    s, e = span
    text = doc_text(doc)
    # a figure at the phrase's end, or followed only by a stop the tokenizer glued to it ("$40m.")
    ends = [fs for fs, fe in spans if s < fs < e and not any(c.isalnum() for c in text[fe:e])]
    if not ends:
        return None
    found = _OF_FIGURE.search(text, s, ends[0])
    if found is None:
        return None
    head = doc.char_span(s, found.start(), alignment_mode="expand")
    if head is None or not len(head) or head[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    return outside_quantities(text, (s, found.start()), spans)
