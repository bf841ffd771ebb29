"""Speaker of an attribution: the subject token -> the mention as written and its resolved name."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from transforms.quotes.frames import noun_phrase
from transforms.quotes.pronouns import resolve_pronoun, resolve_topic
from transforms.quotes.resolve import (
    FEMALE,
    MALE,
    PLURAL,
    MentionIndex,
    Speaker,
    resolve_descriptive,
)
from transforms.quotes.resolve_orgs import resolve_org, subject_before
from transforms.types import Mention

TITLE_WORDS = 8  # words between a title's head and the name that ends it
_DEFINITE = frozenset(("the", "this", "that", "these", "those"))
_ARTICLES = _DEFINITE | frozenset(("a", "an"))
_PERSONAL = MALE | FEMALE | PLURAL | frozenset(("i", "you", "me", "it"))
# generic nouns of a company or a body: "the company said" names the story's organisation
ORG_NOUNS = frozenset(
    (
        "company",
        "firm",
        "group",
        "bank",
        "corporation",
        "maker",
        "manufacturer",
        "seller",
        "retailer",
        "carrier",
        "airline",
        "insurer",
        "lender",
        "producer",
        "supplier",
        "brewer",
        "chain",
        "operator",
        "developer",
        "publisher",
        "utility",
        "concern",
        "conglomerate",
        "watchdog",
        "regulator",
        "agency",
        "association",
        "institute",
        "commission",
    )
)


def mention_speaker(m: Mention, tok: Token, mindex: MentionIndex) -> Speaker:
    """Speaker for a mention: the comma-separated part holding ``tok`` of a run-on mention
    ("Rostov, Jane Roe"), with a one-word name widened to an earlier full name."""
    start, end, name = m.start, m.end, m.name
    if ", " in m.text and m.name == m.text:
        rel = tok.idx - m.start
        seg0 = (
            m.text.rfind(", ", 0, max(rel, 0)) + 2 if m.text.rfind(", ", 0, max(rel, 0)) >= 0 else 0
        )
        seg1 = m.text.find(", ", rel)
        seg1 = len(m.text) if seg1 < 0 else seg1
        start, end = m.start + seg0, m.start + seg1
        name = mindex.text[start:end]
    if " " not in name:
        name = mindex.full_name(name, m.label, start) or name
    return Speaker(start, end, name, m.label)


# a clock time ("9:30 p.m.", "11 a.m.", "14:05"): never a speaker (a count, "43 said", may be)
_TIME = re.compile(
    r"^(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|\d{1,2}:\d{2}|[ap]\.?m\.?)$", re.IGNORECASE
)
_RUN_IN = re.compile(r"[ \t]+[A-Z][a-z]")
_DATELINE_DASH = re.compile(r"[ \t]*(?:\([\w ]+\)[ \t]*)?[-\u2013\u2014]")


def _heading_like(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a clock time, or an all-capitals line of its own
    (a live blog's "9:30 p.m.", a section heading "THE PLAN"), a run-in heading or a dateline
    ("WASHINGTON — …"): layout, not a noun phrase naming a speaker."""
    phrase = text[start:end].strip()
    if _TIME.match(phrase):
        return True
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False  # an all-caps name inside a sentence ("NATO said")
    rest = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
    if len(phrase.split()) >= 2 and _RUN_IN.match(rest):
        return True  # a run-in heading: "THE PLAN Back then, Roe said …"
    return not rest.strip() or bool(_DATELINE_DASH.match(rest))


def _after_heading(
    tok: Token, spk: Speaker, mindex: MentionIndex, speakers: list[tuple[int, str, str]]
) -> Speaker:
    """A speaker phrase that runs over a paragraph break keeps its last paragraph's part; one
    that is a heading, time or dateline gives way to the subject phrase after it (the first
    noun phrase after the line, before the cue), or to nobody."""
    text = mindex.text
    cut = text.rfind("\n", spk.start, spk.end)
    start = cut + 1
    while 0 < start < spk.end and text[start].isspace():
        start += 1
    if 0 < start < spk.end:  # a phrase after the break (not only white space)
        m = mindex.at(start, spk.end)
        if m is not None and (m.start, m.end) == (start, spk.end):
            return Speaker(m.start, m.end, m.name, m.label)
        name = spk.name if spk.name is None or "\n" not in spk.name else text[start : spk.end]
        return Speaker(start, spk.end, name, spk.label)
    if not _heading_like(text, spk.start, spk.end):
        return spk
    after = spk.end
    dash = _DATELINE_DASH.match(text, after)
    if dash is not None:
        after = dash.end()  # "WASHINGTON (AP) — Jane Roe said": after the dash
    head = tok.head if tok.head.i > tok.i else None
    if head is not None and head.dep_ in ("advcl", "xcomp") and head.head.i > tok.i:
        head = head.head  # "WASHINGTON — Roe defended the plan, saying …": the main verb
    # the nearest noun phrase before the verb, after the line ("Roe has told", "Roe's aide says")
    for t in reversed(tok.doc[tok.i + 1 : head.i] if head is not None else ()):
        if t.idx < after:
            break
        if t.pos_ not in ("PROPN", "NOUN", "PRON") or t.ent_type_ in ("TIME", "DATE", "CARDINAL"):
            continue
        if t.dep_ in ("pobj", "dobj", "compound", "poss") or mindex.quoted(t.idx):
            continue
        if not _heading_like(text, t.idx, t.idx + len(t)):
            return _speaker_for(t, mindex, speakers)
    return Speaker(spk.start, spk.end, None)


def speaker_for(tok: Token, mindex: MentionIndex, speakers: list[tuple[int, str, str]]) -> Speaker:
    """The speaker mention headed by ``tok`` and its resolved name (never a heading line, a
    time or a number: see :func:`_after_heading`). Sources joined by "and" ("Jane Roe and Tom
    Doe said"): the mention is the whole phrase, the name the first source's."""
    spk = _after_heading(tok, _speaker_for(tok, mindex, speakers), mindex, speakers)
    return Speaker(spk.start, _joined_end(tok, spk), spk.name, spk.label)


_NOMINAL = frozenset(("NOUN", "PROPN", "PRON"))
_CUTS = frozenset((",", "(", "-", "\u2013", "\u2014", ";", ":"))


def _joined_end(tok: Token, spk: Speaker) -> int:
    """End of the last source joined to ``tok`` by "and" when the mention ends the first one
    ("[Jane Roe and Tom Doe] said", "[Acme and its partner] said"), else the mention's end."""
    if not spk.start <= tok.idx < spk.end or tok.pos_ not in _NOMINAL:
        return spk.end
    chain = [tok]  # "Roe, Doe and Lee": the parser hangs each source on the one before
    while conj := [c for c in chain[-1].rights if c.dep_ == "conj" and c.pos_ in _NOMINAL]:
        chain.append(conj[-1])
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&") for t in chain for c in t.rights)
    if len(chain) == 1 or not joined:
        return spk.end
    last = chain[-1]
    for t in tok.doc[chain[-1].i + 1 : chain[-1].right_edge.i + 1]:
        if t.tag_ in ("WDT", "WP") or t.text in _CUTS or t.is_space:
            break  # the last source's own clause or apposition is no part of the list
        last = t
    end = last.idx + len(last)
    between = tok.doc.text[spk.end : chain[-1].idx]
    if end <= spk.end or between.count(",") > len(chain) - 2 or any(c in between for c in "()-;:"):
        return spk.end  # nothing joined after the mention, or a list with appositions
    if tok.head.i > tok.i and last.i >= tok.head.i:
        return spk.end
    return end


def _speaker_for(tok: Token, mindex: MentionIndex, speakers: list[tuple[int, str, str]]) -> Speaker:
    """The speaker mention headed by ``tok`` and its resolved name."""
    m = mindex.at(tok.idx, tok.idx + len(tok))
    named = _name_after_title(tok, mindex)
    if named is not None and (m is None or m.label != "PERSON"):
        return mention_speaker(named, tok, mindex)
    if m is not None:
        return mention_speaker(m, tok, mindex)
    for c in tok.children:
        # '"…," said ranking Democrat Jane Roe': the tagger made "ranking" a verb, the name its object
        if c.dep_ == "appos" or (tok.tag_ == "VBG" and c.dep_ == "dobj" and c.i > tok.i):
            m = mindex.at(c.idx, c.idx + len(c))
            if m is not None and (c.dep_ == "appos" or m.label == "PERSON"):
                return mention_speaker(m, c, mindex)
    named = _name_in_apposition(tok, mindex)
    if named is not None:
        return mention_speaker(named, tok, mindex)
    end = tok.idx + len(tok)
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
        named = _speaker_for(tok.head.head, mindex, speakers)  # "X, who said": who -> X
        return Speaker(tok.idx, end, named.name, named.label)
    low = tok.lower_
    if tok.pos_ == "PRON" or low in _PERSONAL:
        found = resolve_pronoun(mindex, low, tok.idx, speakers)
        if found is None and low == "it" and tok.dep_ == "nsubj" and subject_before(tok) is None:
            found = resolve_org(mindex, tok.idx, speakers, company=False)
        if found is not None:
            mindex.learn_gender(found[0], low)
            return Speaker(tok.idx, end, found[0], found[1])
        return Speaker(tok.idx, end, None)
    # "Member of the European Parliament Jane Roe": a name inside the subject's phrase
    for t in tok.rights if tok.is_title else ():
        if t.dep_ not in ("appos", "compound", "prep") or (t.dep_ == "prep" and t.lower_ != "of"):
            continue
        m = mindex.at(t.idx, t.right_edge.idx + len(t.right_edge))
        if m is not None and m.label == "PERSON" and m.start - end < 60:
            return mention_speaker(m, t, mindex)
    start, end = noun_phrase(tok)
    named_start = _name_after_possessed_title(tok)
    if named_start is not None:  # "Roe's lawyer Jane Doe": the name, not the whole phrase
        phrase = mindex.text[named_start:end]
        return Speaker(named_start, end, phrase, "PERSON" if looks_like_name(phrase) else None)
    if tok.pos_ == "PROPN":
        found = resolve_descriptive(mindex, tok, tok.idx)
        if found is not None:
            return Speaker(start, end, found[0], found[1])
        for t in tok.rights:  # "Member of the City Council Jane Roe": the whole phrase
            if t.dep_ not in ("prep", "compound", "nmod") or t.right_edge.i - tok.i > 10:
                break
            end = t.right_edge.idx + len(t.right_edge)
        phrase = mindex.text[start:end]  # a name the NER missed: most likely a person
        words = phrase.split()
        if words[0] in _ARTICLES and not any(w[:1].isupper() for w in words):
            # "the prime minister" tagged a proper noun (not a lower-cased wire's "jane roe")
            return Speaker(start, end, None)
        return Speaker(start, end, phrase, "PERSON" if looks_like_name(phrase) else None)
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in tok.children)
    if definite:
        found = resolve_descriptive(mindex, tok, tok.idx)
        if found is None and tok.lemma_.lower() in ORG_NOUNS and tok.tag_ == "NN":
            found = resolve_org(mindex, tok.idx, speakers, company=True)
        if found is None and _person_noun(tok):
            found = resolve_topic(mindex, tok.idx)
        if found is not None:
            return Speaker(start, end, found[0], found[1])
    return Speaker(start, end, None)


# nouns of a person's trade or standing that a story uses for its own subject ("The singer
# said"); not offices ("the minister"), which mostly stand for someone named elsewhere
_TOPIC_NOUNS = frozenset(
    (
        "writer",
        "author",
        "singer",
        "actor",
        "actress",
        "star",
        "player",
        "coach",
        "manager",
        "boss",
        "veteran",
        "champion",
        "winner",
        "founder",
        "entrepreneur",
        "businessman",
        "businesswoman",
        "campaigner",
    )
)


def _person_noun(tok: Token) -> bool:
    """A singular noun of a person's trade ("the coach") or age ("the 30-year-old")."""
    if tok.lower_ == "old":  # "The 30-year-old said": "year" hangs on "old"
        return any(c.lower_ in ("year", "years") for c in tok.children)
    return tok.tag_ == "NN" and tok.lower_ in _TOPIC_NOUNS


def _name_after_title(tok: Token, mindex: MentionIndex) -> Mention | None:
    """ "Vice President for news and talk Jane Roe said": the PERSON name that ends the subject
    (a title before it, no punctuation or verb between) instead of the title's head word."""
    verb = tok.head
    if verb.i <= tok.i or verb.pos_ not in ("VERB", "AUX") or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.ent_type_ == "PERSON":
        return None  # a name itself
    if any(c.dep_ == "det" for c in tok.children):
        return None  # "a spokesman for Roe": a person of its own
    # a possessor before the title is the title's ("Roe's lawyer Jane Doe said": Jane Doe)
    span = tok.doc[tok.i + 1 : verb.i]
    m = mindex.last_person(tok.idx + len(tok), verb.idx) or _second_subject(tok, span, mindex)
    if m is None or mindex.text[m.end : verb.idx].strip():
        return None  # the name is right before the verb
    # punctuation inside the name is the name's ("office chief Karl-Heinz Roe")
    if len(span) > TITLE_WORDS or any(
        (t.is_punct and t.idx < m.start) or t.pos_ in ("VERB", "AUX") for t in span
    ):
        return None
    before = [t for t in span if t.idx < m.start]
    name_root = next((t for t in span if t.idx >= m.start and t.head.idx < m.start), None)
    if name_root is not None and name_root.dep_ == "pobj":
        return None  # "advisers to Mr. Roe said"
    if any(t.dep_ in ("det", "poss") for t in before):
        return None  # "Roe and his wife Jane": a noun phrase of its own
    if before and before[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None  # "Aides to Roe", "Doe and Roe": the name is no title's end
    return m


def _name_after_possessed_title(tok: Token) -> int | None:
    """Start of the proper nouns ending at ``tok`` after a possessor and a title, all one phrase
    of the parse ("Roe's lawyer Jane Doe" the NER did not label whole), else None."""
    if tok.pos_ != "PROPN":
        return None
    i = tok.i
    while i > 0 and tok.doc[i - 1].pos_ == "PROPN" and tok.doc[i - 1].head.i == tok.i:
        i -= 1
    title = tok.doc[i - 1] if i > 0 else None
    if i == tok.i or title is None or title.pos_ != "NOUN" or title.head.i != tok.i:
        return None
    possessed = any(c.dep_ == "poss" for c in (*tok.children, *title.children))
    return tok.doc[i].idx if possessed and title.dep_ == "compound" else None


def _second_subject(tok: Token, span: Span, mindex: MentionIndex) -> Mention | None:
    """ "Roe's lawyer Jane Doe said" parsed as two subjects of the verb, the NER calling the name
    an organisation: the name-shaped mention the verb's second subject ends."""
    if tok.dep_ != "nsubj":
        return None
    t = next((t for t in span if t.dep_ == "nsubj" and t.head.i == tok.head.i), None)
    m = None if t is None or t.pos_ != "PROPN" else mindex.at(t.idx, t.idx + len(t))
    if m is None or m.end != t.idx + len(t) or not looks_like_name(m.text):
        return None
    return m if m.start > tok.idx and not mindex.quoted(m.start) else None


_APPOS_DEPS = frozenset(("appos", "npadvmod", "nsubj"))


def _name_in_apposition(tok: Token, mindex: MentionIndex) -> Mention | None:
    """ "One of the Riverside Three, Tom Roe, said": the PERSON name set off by a comma right
    after a described subject (a noun or "one" with its "of" phrase), hung on the subject or on
    its verb however the parser attached it."""
    if tok.pos_ not in ("NOUN", "NUM") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    edge = tok
    for c in tok.rights:
        if c.dep_ in ("prep", "amod", "compound", "nummod"):
            edge = c.right_edge
    after = edge.idx + len(edge)
    m = mindex.last_person(after, min(after + 40, len(mindex.text)))
    if m is None or mindex.text[after : m.start].strip() != "," or mindex.quoted(m.start):
        return None
    span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.head.i == tok.i and root.dep_ == "appos":
        return m
    if root.head.i == tok.head.i and root.dep_ in _APPOS_DEPS and root.i < tok.head.i:
        return m
    return None


def looks_like_name(phrase: str) -> bool:
    """Two to four capitalised words ("Jane Q. Roe"): a name the NER missed."""
    words = phrase.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words)
