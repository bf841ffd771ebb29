"""The noun phrase an "it" or "they" subject stands for, for ``about`` (through
transforms.numbers.subjects) when it is the subject of the number's own verb: in a coordinated
clause (or one after a semicolon or a colon), the nearest subject before it in its sentence ("the
pound fell to $1 and it ...", "Acme is old; it ..."); opening a
sentence, the main subject of the sentence before ("Oil prices rose. They climbed 3%." ->
prices); after a fronted clause of contrast or time, that clause's subject ("Although sales fell,
they were 5% higher"); only a noun that agrees in number and is not a person. The "I" of a quote
stands for its named speaker. A pronoun with no such noun stands for nothing the text names
nearby: no ``about`` rather than a guess."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.numbers.phrases import is_quantity

# pronoun -> the tags of the nouns it can stand for ("it": one thing, "they": several)
_AGREES = {"it": frozenset({"NN", "NNP"}), "they": frozenset({"NNS", "NNPS"})}
# a demonstrative opening a sentence stands for what the sentence before measured, one thing or
# several ("Sales rose to $5m. That was 26% more than a year earlier." -> Sales)
_DEMONSTRATIVES = {w: _AGREES["it"] | _AGREES["they"] for w in ("that", "this")}
_PRONOUNS = _AGREES | _DEMONSTRATIVES
_SUBJ = frozenset({"nsubj", "nsubjpass"})
_LISTED_NAME = frozenset({"attr", "appos", "conj", "dobj"})  # a name listed before ", down 5p"
_NAMED = _SUBJ | {"dobj"}  # a subject or an object named before a coordinated clause
_ENDS = frozenset({".", "!", "?"})


def is_personal(pronoun: Token) -> bool:
    """An "it" or "they" subject of a main or coordinated clause, or of a clause reported by a
    speech verb after it ("It costs $5, the firm said"), standing for a thing named before it."""
    head = pronoun.head
    reported = head.dep_ == "ccomp" and head.head.i > head.i  # "It costs $5, the firm said"
    return (
        pronoun.lower_ in _PRONOUNS
        and pronoun.dep_ in _SUBJ
        and (head.dep_ in ("ROOT", "conj") or reported)
    )


def clause_pronoun(tok: Token) -> Token | None:
    """The "it" or "they" subject of the verb above ``tok`` ("It lost 2%"), if that is its subject
    (of the first of conjoined verbs: "It weighs 2kg and costs $5")."""
    t = verb_above(tok)
    while t is not None:
        subj = [c for c in t.children if c.dep_ in _SUBJ]
        if not subj and t.dep_ == "conj":
            t = verb_above(t)  # "It weighs 2kg and costs $5": the subject of the first verb
            continue
        return subj[0] if len(subj) == 1 and is_personal(subj[0]) else None
    return None


def verb_above(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` in the parse (within six steps)."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def referent(tok: Token) -> Token | None:
    """What the "it" or "they" subject of the verb above ``tok`` stands for."""
    pronoun = clause_pronoun(tok)
    return antecedent(pronoun) if pronoun is not None else None


def antecedent(pronoun: Token) -> Token | None:
    """The subject noun ``pronoun`` ("it", "they") stands for, or None when none agrees."""
    if not is_personal(pronoun):
        return None
    tags = _PRONOUNS[pronoun.lower_]
    sent = pronoun.sent
    # "the pound going to $1 and it ...", "sent shares up and they", "Acme is old; it ..."
    after_stop = pronoun.i > sent.start and pronoun.doc[pronoun.i - 1].text in (";", ":")
    if pronoun.head.dep_ == "conj" or after_stop:
        for tok in reversed(sent[: pronoun.i - sent.start]):
            if tok.dep_ in _NAMED and tok.pos_ in ("NOUN", "PROPN") and _stands_for(tok, tags):
                return tok
    fronted = _fronted_subject(pronoun, tags)
    if fronted is not None:
        return fronted  # "Although sales fell in May, they were 5% higher than a year ago"
    if sent.start == 0 or pronoun.i != sent.start:
        return None  # only a sentence that opens with the pronoun refers to the one before
    doc = pronoun.doc
    before = doc[sent.start - 1].sent
    words = [t for t in before if not t.is_space]
    if (
        not words
        or words[-1].text not in _ENDS
        or "\n\n" in doc.text[words[-1].idx : sent.start_char]
    ):
        return None  # a title, or another paragraph: too far to refer back to
    for clause in (_reported(before.root), before.root):
        main = [t for t in clause.children if t.dep_ in _SUBJ] if clause is not None else []
        if len(main) == 1 and main[0].pos_ in ("NOUN", "PROPN") and _stands_for(main[0], tags):
            return main[0]
    return None


# words opening a clause of contrast or time whose subject a later "it"/"they" may stand for
_FRONTING = frozenset(
    {"although", "though", "while", "whereas", "after", "before", "when", "since", "once"}
)


def _fronted_subject(pronoun: Token, tags: frozenset[str]) -> Token | None:
    """The agreeing noun subject of a subordinate clause written before ``pronoun`` and hung on
    its verb ("Although inventories fell, they were 5% higher" -> inventories)."""
    for clause in pronoun.head.children:
        if clause.dep_ != "advcl" or clause.i > pronoun.i:
            continue
        if not any(m.dep_ == "mark" and m.lower_ in _FRONTING for m in clause.children):
            continue  # "If a bid emerges, it is likely in two weeks": "it" is no thing named
        subj = [t for t in clause.children if t.dep_ in _SUBJ]
        if len(subj) == 1 and subj[0].pos_ in ("NOUN", "PROPN") and _stands_for(subj[0], tags):
            return subj[0]
    return None


# speech verbs whose reported clause holds what a sentence is about ("Acme is expected to report
# a profit of $5m, analysts said." -> Acme)
_SPEECH = frozenset({"say", "tell", "add"})


def _reported(root: Token) -> Token | None:
    """The clause a speech verb at the root of a sentence reports, if any."""
    if root.lemma_.lower() not in _SPEECH:
        return None
    return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)


def quoted_speaker(tok: Token) -> Token | None:
    """The named speaker of a quote whose "I" is the subject of the verb above ``tok``
    ("Physically I am 100%, said Ferrero" -> Ferrero); not a pronoun speaker ("he said")."""
    verb = verb_above(tok)
    if verb is None or not any(c.dep_ in _SUBJ and c.lower_ == "i" for c in verb.children):
        return None
    while verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in _SPEECH:
        return None
    speaker = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(speaker) == 1 and speaker[0].pos_ in ("PROPN", "NOUN"):
        return speaker[0]
    return None


def may_stand_for(pronoun: Token, noun: Token) -> bool:
    """``noun`` agrees with the "it" or "they" ``pronoun`` and is no person or time."""
    tags = _AGREES.get(pronoun.lower_)
    return tags is not None and noun.pos_ in ("NOUN", "PROPN") and _stands_for(noun, tags)


def _stands_for(noun: Token, tags: frozenset[str]) -> bool:
    return (
        noun.tag_ in tags
        and noun.ent_type_ not in ("PERSON", "DATE", "TIME")
        and not is_quantity(noun)
        and not any(c.dep_ == "conj" for c in noun.children)  # "Acme and Beta": two things
    )


def absolute_subject(adverb: Token) -> Token | None:
    """The noun a direction word says moved in a verbless clause ("with the FTSE up 1.2%", "and
    oil prices down 3%", "with its shares up 4%"): its own subject, else the object of the "with"
    right before it, else a name and a comma right before it in a list of movers ("the fallers
    were Acme, down 5p at 90p, Beta, down 2p at 40p")."""
    for c in adverb.children:
        if (
            c.dep_ in _SUBJ
            and c.i < adverb.i
            and c.pos_ in ("NOUN", "PROPN")
            and not is_quantity(c)
        ):
            return c
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    if (
        before is not None
        and before.dep_ == "pobj"
        and before.head.lower_ == "with"
        and before.pos_ in ("NOUN", "PROPN")
        and not is_quantity(before)
    ):
        return before
    if before is not None and before.text == "," and adverb.i > 1:
        name = adverb.doc[adverb.i - 2]
        if name.pos_ == "PROPN" and name.dep_ in _LISTED_NAME and not is_quantity(name):
            return name
    return None
