"""Content and speaker helpers of reported speech on the dependency parse: the tokens a cue
governs (subtrees without embedded reports, fronted content; a cue's objects are in
:mod:`.reported_objects`), how a run of tokens is trimmed into a piece, and the speaker of a cue
whose parse lost its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from transforms.quotes.reported_appositives import closing_appositive
from transforms.quotes.reported_lexicon import (
    ACCORDING,
    CLAUSE_VERBS,
    NAMING_VERBS,
    OBJECT_VERBS,
    PEOPLE_NOUNS,
    PREP_OBJECT_VERBS,
    QUANTITY_WORDS,
    verb_lemma,
)
from transforms.quotes.stray_words import stray_name_ids

_OPEN_MARKS = frozenset("\"“‘'`«")
_CLOSE_MARKS = frozenset("\"”’'»")
_FINAL = frozenset(".!?…")
_DASHES = frozenset(("—", "–", "--", "―"))
_CONTROL = frozenset(("xcomp", "acomp", "conj", "advcl", "pcomp", "prep"))
VERB_COMPS = frozenset(("ccomp",))
_SIDE_CLAUSES = frozenset(("advcl", "conj", "parataxis"))
_CUE_VERBS = CLAUSE_VERBS | OBJECT_VERBS | NAMING_VERBS | frozenset(PREP_OBJECT_VERBS)


def cue_lemma(tok: Token) -> str:
    """The cue lemma of a token (the tagger's, corrected for regular verb forms it gets
    wrong: "hopes" is "hope", not "hop")."""
    lemma = tok.lemma_.lower()
    return verb_lemma(tok.lower_, lemma) if tok.pos_ in ("VERB", "AUX") else lemma


def is_verbal(tok: Token) -> bool:
    """Whether ``tok`` is a verb heading its clause (not an auxiliary)."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass")


def subtree_ids(tok: Token) -> list[int]:
    """Token indices of ``tok``'s subtree, leaving out reports embedded in it: a reporting
    clause hung on it as a side clause ("…, while Y says B") and "according to X"; and the
    writer's closing description: a non-restrictive relative clause, and in a clause an
    appositive (:mod:`.reported_appositives`)."""
    out = [tok.i]
    last = tok.right_edge.i
    clause = is_verbal(tok)
    stack = list(tok.children)
    while stack:
        t = stack.pop()
        if t.lower_ in ACCORDING or (
            t.dep_ in _SIDE_CLAUSES
            and cue_lemma(t) in CLAUSE_VERBS
            and any(c.dep_ in VERB_COMPS for c in t.children)
            and not has_that(t)  # "says that A and that he knows B": one content
            and not _shares_clause(t)
        ):
            continue
        if own_report(t):
            continue  # "A, while most voters want B": a report of its own
        if _trailing_participle(t, last):
            continue  # "…, reopening its probe": the writer's comment on the content
        if (
            t.dep_ == "relcl"
            and t.doc[t.left_edge.i - 1].text == ","
            and t.right_edge.i >= last - 1
        ):
            continue  # "praised Jane Roe, who has …": a closing non-restrictive relative clause
        if clause and closing_appositive(t, tok):
            continue  # "said [A], a bill that …": :mod:`.reported_appositives`
        out.append(t.i)
        stack.extend(t.children)
    out.extend(stray_name_ids(tok))  # "said [it would help Acme Corp.]" with "Corp." as a point
    return out


def _shares_clause(t: Token) -> bool:
    """ "could sway the race and suggest [B]", "cited A to show [B]": an infinitive clause, or
    a bare or gerund conjunct of the same form as its head (sharing a modal or "to" when bare),
    with no comma before it carries on the clause it hangs on: part of that content, not a
    report of its own (which a finite verb, a participle or a comma opens: "said A and said B",
    "…, saying B")."""
    if not (t.tag_ == "VB" and t.dep_ == "advcl") and not (
        t.tag_ in ("VB", "VBG") and t.dep_ == "conj"
    ):
        return False  # "…, adding B", "… adding: B": a participle of a cue is a report of its own
    head = t.head
    if t.dep_ == "conj" and (  # "could hurt A and suggest B", "looking at A and wishing B"
        head.tag_ != t.tag_
        or (t.tag_ == "VB" and not any(a.tag_ == "MD" or a.lower_ == "to" for a in head.children))
    ):
        return False  # "say A and claim B" ("claim" shares no modal: a report of its own)
    doc = t.doc
    k = t.left_edge.i - 1
    if k >= 0 and doc[k].dep_ == "cc":
        k -= 1
    while k >= 0 and doc[k].text in _CLOSE_MARKS:
        k -= 1  # '"A," and suggest B': the comma inside the quotation
    return k < 0 or (doc[k].text not in (",", ";", ":") and doc[k].text not in _DASHES)


def own_report(t: Token, *, after_content: bool = False) -> bool:
    """ "…, and most voters said B", "…, though voters are likely to say B": a clause after a
    comma, hung on the content as a side clause (``after_content``: as a second complement of
    the cue, after a first one), with a subject of its own and a verb of saying or believing
    (or such an infinitive on its predicate) governing a clause: a report of its own, not part
    of this one."""
    doc = t.doc
    deps = VERB_COMPS if after_content else _SIDE_CLAUSES
    if t.dep_ not in deps or t.i <= t.head.i or t.left_edge.i == 0:
        return False
    before = doc[t.left_edge.i - 1]
    if before.text != "," and not (
        before.dep_ == "cc" and before.i > 0 and doc[before.i - 1].text == ","
    ):
        return False
    if has_that(t) or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i and c.tag_ not in ("WP", "WDT")
        for c in t.children
    ):
        return False
    verbs = [t, *(g for c in t.children if c.dep_ == "acomp" for g in c.children)]
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VB"]
    return any(
        cue_lemma(v) in CLAUSE_VERBS
        and any(c.dep_ in VERB_COMPS and c.i > v.i and not has_that(c) for c in v.children)
        for v in verbs
    )


def _trailing_participle(t: Token, last: int) -> bool:
    """ "…, calling it a disaster", "…, pointing to the polls": a participle of a cue closing
    the content after a comma, with no subject or conjunction of its own (a report of its own,
    not part of this one)."""
    return (
        t.dep_ == "advcl"
        and t.tag_ == "VBG"
        and t.i > t.head.i
        and t.doc[t.left_edge.i - 1].text == ","
        and t.right_edge.i >= last - 1
        and not any(c.dep_ in ("nsubj", "mark") for c in t.children)
        and cue_lemma(t) in _CUE_VERBS
    )


def _edge(t: Token, marks: frozenset[str]) -> bool:
    """Whether ``t`` is trimmed at a piece's edge (punctuation or space, not a quotation mark)."""
    return t.is_space or (t.is_punct and t.text not in marks) or t.dep_ == "cc"


_BRACKETS = {")": "(", "]": "["}


def _closes_inside(doc: Doc, a: int, b: int) -> bool:
    """A last token kept: a percent sign ("grew [1.7%]") or a bracket closing one the piece
    opened ("at 1700 [(0800 gmt)]")."""
    t = doc[b].text
    if t == "%":
        return True
    opener = _BRACKETS.get(t)
    if opener is None:
        return False
    depth = 0
    for i in range(b - 1, a - 1, -1):
        w = doc[i].text
        if w == t:
            depth += 1
        elif w == opener:
            if depth == 0:
                return True
            depth -= 1
    return False


def trimmed_spans(doc: Doc, run: list[int]) -> list[tuple[int, int]]:
    """The char span of the token ``run`` less edge punctuation (none without a word)."""
    a, b = run[0], run[-1]
    while a <= b and _edge(doc[a], _OPEN_MARKS):
        a += 1
    while b >= a and _edge(doc[b], _CLOSE_MARKS) and not _closes_inside(doc, a, b):
        b -= 1  # a last "and" whose conjunct is not in the run is trimmed too
    if a > b or not any(doc[i].is_alpha or doc[i].like_num for i in range(a, b + 1)):
        return []
    if all(doc[i].dep_ == "mark" for i in range(a, b + 1)):
        return []  # "said that, [aside], B": a complementizer cut off its clause is no content
    return [(doc[a].idx, doc[b].idx + len(doc[b]))]


def after_dateline(subj: Token, verb: Token) -> Token:
    """ "CITY, May 1 (Agency) — Jane Roe said": the noun phrase after the dateline's dash."""
    doc = verb.doc
    dash = next(
        (i for i in range(verb.i - 1, subj.i, -1) if doc[i].text in _DASHES and doc[i].whitespace_),
        None,
    )
    if dash is None:
        return subj
    seg = range(dash + 1, verb.i)
    head = next(
        (
            doc[i]
            for i in seg
            if doc[i].pos_ in ("PROPN", "NOUN", "PRON") and doc[i].head.i not in seg
        ),
        None,
    )
    return head if head is not None else subj


def controller_of(verb: Token) -> Token | None:
    """ "X was quick to add", "X would be able to claim": the subject of the clause the
    infinitive or participle hangs on (through adjectives, prepositions and coordination)."""
    t = verb
    for _ in range(4):
        if t.dep_ not in _CONTROL or t.head.i == t.i:
            return None
        t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


_ABSOLUTE_SUBJECTS = frozenset(("that", "all"))


def impersonal(verb: Token) -> bool:
    """A cue that credits nobody: the writer's own "it is fair [to say] that …", "it is too
    soon [to say] …" ("say" as an infinitive whose clause has the dummy subject "it" of "be";
    not other verbs: "it is hard to imagine …" reports the writer's belief), and the absolute
    phrases "That said, …", "All told, …" opening a sentence."""
    doc = verb.doc
    i = verb.i
    if (
        verb.lower_ in ("said", "told")
        and i > 0
        and doc[i - 1].lower_ in _ABSOLUTE_SUBJECTS
        and (i == 1 or doc[i - 1].is_sent_start or doc[i - 2].is_punct)
        and i + 1 < len(doc)
        and doc[i + 1].text == ","
    ):
        return True
    if verb.lemma_.lower() != "say" or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    if any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "it is easy for X to say": X's words
    t = verb
    for _ in range(3):  # "to say" hung on "fair", "soon" or "is"
        if (t.dep_ not in _CONTROL and t.dep_ != "advmod") or t.head.i == t.i:
            break
        t = t.head
        if t.lemma_.lower() == "be":
            return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in t.children) and not any(
                c.lower_ == "for" for c in t.doc[t.i : verb.i]
            )
    return False


def has_that(tok: Token) -> bool:
    """Whether the clause headed by ``tok`` opens with "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def prep_infinitive(verb: Token) -> list[int]:
    """ "called on [Congress to act]", "appealed to [voters to stay home]": the object of "on" or
    "to" right after the verb and the to-infinitive after it (hung on the verb or the object)."""
    if verb.i + 1 >= len(verb.doc):
        return []
    prep = verb.doc[verb.i + 1]
    if prep.head.i != verb.i or prep.dep_ != "prep" or prep.lower_ not in ("on", "upon", "to"):
        return []
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if obj is None:
        return []
    inf = next(
        (
            c
            for c in (*verb.children, *obj.children)
            if c.dep_ in ("xcomp", "acl", "relcl", "ccomp", "advcl")
            and c.i > obj.i
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        ),
        None,
    )
    if inf is None:
        return []
    return sorted(set(subtree_ids(obj)) | set(subtree_ids(inf)))


_PERSONAL = frozenset(("i", "we", "you", "he", "she", "they", "who", "whom"))
_PEOPLE_ENTS = frozenset(("PERSON", "NORP", "ORG"))
_SHARE_PREPS = frozenset(("of", "in", "among"))


def passive_agent(verb: Token) -> Token | None:
    """The ``X`` of a passive ``… was asked by X`` (the object of the verb's "by" agent)."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def is_people(tok: Token) -> bool:
    """Whether a subject names people: a personal pronoun, a person, group or organisation
    name, a noun of people ("voters", "officials"), or a share of people ("most of the voters",
    "four in ten voters", "two-thirds of Republicans")."""
    if (
        tok.lower_ in _PERSONAL
        or tok.ent_type_ in _PEOPLE_ENTS
        or (tok.pos_ == "NOUN" and tok.lemma_.lower() in PEOPLE_NOUNS)
    ):
        return True
    if not (tok.like_num or tok.pos_ == "NUM" or tok.lemma_.lower() in QUANTITY_WORDS):
        return False
    return any(
        g.dep_ == "pobj" and g.i != tok.i and is_people(g)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in _SHARE_PREPS
        for g in c.children
    )


def fronted_content(verb: Token) -> list[int]:
    """ "[A], X said." with a parse that hangs A on the verb as a loose dependent."""
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    doc = verb.doc
    out: list[int] = []
    for c in verb.lefts:
        if c.i >= subj.i or c.dep_ not in ("dep", "parataxis", "ccomp", "dobj", "intj"):
            continue
        if not any(doc[k].text == "," for k in range(c.right_edge.i, subj.left_edge.i)):
            continue
        out.extend(t.i for t in c.subtree)
    return out


def cue_end_of(verb: Token) -> int:
    """The end of a cue verb with its particle right after it ("pointed out")."""
    prt = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    last = prt[-1] if prt else verb
    return last.idx + len(last)


def ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the parser's sentence start at token ``i`` follows a sentence-final mark."""
    k = i - 1
    while k > 0 and (doc[k].is_space or doc[k].text in _CLOSE_MARKS or doc[k].text in ")]"):
        k -= 1
    t = doc[k].text
    return t in _FINAL or "\n" in doc[i - 1].text or (t[-1:] in _FINAL and len(t) > 5)


def copula_subject(according: Token) -> tuple[list[int], Token] | None:
    """ "[That]'s according to X", "[The figure] is according to X": the subject of the "be"
    right before "according" (the content's token ids) and that "be" (where the cue opens)."""
    if according.i == 0:
        return None
    be = according.doc[according.i - 1]
    if be.lemma_ != "be" and be.lower_ not in ("'s", "’s"):
        return None
    subj = next((c for c in (*be.children, *according.children) if c.dep_ == "nsubj"), None)
    return ([t.i for t in subj.subtree], be) if subj is not None and subj.i < be.i else None


def quantity_subject(verb: Token) -> Token | None:
    """ "[Less than a third] agreed …", "[About 4 in 10] say …": a share of people the parser
    hangs on a subjectless verb as a modifier right before it, instead of as its subject."""
    left = [c for c in verb.lefts if c.dep_ not in ("aux", "neg", "advmod")]
    if not left or left[-1].dep_ not in ("npadvmod", "nummod"):
        return None
    share = left[-1]
    if not (share.like_num or share.lemma_.lower() in QUANTITY_WORDS):
        return None
    between = verb.doc[share.right_edge.i + 1 : verb.i]
    return share if all(t.dep_ in ("aux", "neg", "advmod") for t in between) else None
