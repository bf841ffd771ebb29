"""attribute_rules and lemma_cache: the same token attributes as spaCy's attribute_ruler and
rule lemmatizer, which load_nlp replaces with them."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.attrs import IDS
from spacy.tokens import Doc

from flows.nlp import (
    ATTRIBUTE_RULER,
    ATTRIBUTE_RULES,
    LEMMA_CACHE,
    LEMMATIZER,
    add_paragraph_breaks,
    add_unit_stops,
    pipeline_key,
    use_replacements,
)
from newsfacts.settings import DEFAULT_MODEL
from transforms.attribute_rules import KEY_ATTRS, SET_ATTRS, compile_rules

ID_MAP = {name: IDS[name] for name in KEY_ATTRS + SET_ATTRS}

SENTENCES = [
    "Ain't nobody gonna pay $5m for that, y'all.",
    "Let's go. C'mon, there are 3 cars and there's one bus.",
    "The firm said  it would   cut 200 jobs.\n\nHis rival's shares fell 4.5%.",
    "I got ta say: we were n't told, she said.",
    "\n  Mr Smith, 64, told the BBC he'd resign.  ",
]

# (sentence, token index, (pos, lemma, morph)) from the model's own rules
EXACT = [
    ("Ain't nobody gonna pay.", 0, ("AUX", "be", "Tense=Pres|VerbForm=Fin")),
    ("Ain't nobody gonna pay.", 1, ("PART", "not", "Polarity=Neg")),
    ("We are gonna pay.", 2, ("VERB", "go", "Aspect=Prog|Tense=Pres|VerbForm=Part")),
    ("We are gonna pay.", 3, ("PART", "to", "")),
    ("Let's go.", 1, ("PRON", "us", "PronType=Prs")),
    ("Thanks, y'all.", 2, ("PRON", "you", "PronType=Prs")),
    ("He said there are 3 cars.", 3, ("VERB", "be", "Mood=Ind|Tense=Pres|VerbForm=Fin")),
    ("The cars are red.", 2, ("AUX", "be", "Mood=Ind|Tense=Pres|VerbForm=Fin")),
    (
        "His car is red.",
        0,
        ("PRON", "his", "Gender=Masc|Number=Sing|Person=3|Poss=Yes|PronType=Prs"),
    ),
    ("The firm  cut jobs.", 2, ("SPACE", " ", "")),
]


def token_rows(doc: Doc) -> list[tuple]:
    return [
        (
            *(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_),
            t.is_sent_start,
            str(t.morph),
        )
        for t in doc
    ]


@pytest.fixture(scope="module")
def spacy_nlp():
    """The model with spaCy's own attribute_ruler (and our unit stops and paragraph breaks)."""
    return add_paragraph_breaks(add_unit_stops(spacy.load(DEFAULT_MODEL)))


def test_load_nlp_puts_ours_in_spacys_places(nlp, spacy_nlp):
    theirs = spacy_nlp.pipe_names
    ours = [{ATTRIBUTE_RULER: ATTRIBUTE_RULES, LEMMATIZER: LEMMA_CACHE}.get(n, n) for n in theirs]
    assert nlp.pipe_names == ours
    assert pipeline_key(nlp) != pipeline_key(spacy_nlp)


# (sentence, lemmas) of the model's lemmatizer, cached or not
LEMMAS = [
    ("The mice were running faster.", ["the", "mouse", "be", "run", "fast", "."]),
    ("She has bought two geese.", ["she", "have", "buy", "two", "goose", "."]),
    ("The geese were running.", ["the", "goose", "be", "run", "."]),  # cached by now
    ("Prices  rose.", ["price", " ", "rise", "."]),  # a space: not cached, asked again
]


@pytest.mark.parametrize(("text", "lemmas"), LEMMAS)
def test_lemmas(nlp, text, lemmas):
    assert [t.lemma_ for t in nlp(text)] == lemmas


def test_a_lookup_lemmatizer_is_kept():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert use_replacements(nlp).pipe_names == [LEMMATIZER]


@pytest.mark.parametrize("text", SENTENCES)
def test_same_token_attributes_as_spacys_ruler(nlp, spacy_nlp, text):
    assert token_rows(nlp(text)) == token_rows(spacy_nlp(text))


@pytest.mark.parametrize(("text", "i", "expected"), EXACT)
def test_rule_values(nlp, text, i, expected):
    token = nlp(text)[i]
    assert (token.pos_, token.lemma_, str(token.morph)) == expected


def test_pickled_rules_give_the_same_attributes(nlp):
    rules = pickle.loads(pickle.dumps(nlp.get_pipe(ATTRIBUTE_RULES)))
    doc = nlp.make_doc(SENTENCES[0])
    for name, proc in nlp.pipeline:
        doc = rules(doc) if name == ATTRIBUTE_RULES else proc(doc)
    assert token_rows(doc) == token_rows(nlp(SENTENCES[0]))


# invented rules over hand-made Docs: spaCy's ruler and ours on the same words, tags and labels
RULES = [
    ([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"}, 0),
    ([[{"TAG": {"IN": ["NN", "NNS"]}, "LOWER": "data"}]], {"POS": "PROPN"}, 0),  # later wins
    ([[{"LOWER": "new"}, {"LOWER": {"REGEX": "^york"}}]], {"LEMMA": "NYC"}, -1),
    ([[{"LOWER": "new"}, {"TAG": "NN"}]], {"LEMMA": "novel"}, 0),
    ([[{"DEP": "nsubj", "LOWER": {"NOT_IN": ["it"]}}]], {"DEP": "subj", "TAG": "XX"}, 0),
    ([[{"IS_SPACE": True}]], {"POS": "SPACE", "MORPH": "_"}, 0),
]
WORDS = ["New", "York", "data", "  ", "new", "data", "it", "grew", "New", "yorkers"]
TAGS = ["NNP", "NNP", "NN", "_SP", "JJ", "NN", "PRP", "VBD", "NNP", "NNS"]
DEPS = ["compound", "nsubj", "nsubj", "dep", "amod", "dobj", "nsubj", "ROOT", "amod", "dobj"]
HEADS = [1, 7, 7, 2, 5, 7, 7, 7, 9, 7]


def hand_made(vocab) -> Doc:
    return Doc(vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def invented_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, index in RULES:
        ruler.add(patterns, attrs, index=index)
    return nlp, ruler


def test_invented_rules_equal_spacys_ruler():
    nlp, ruler = invented_ruler()
    rules = compile_rules(ruler.patterns, ruler.attrs, ID_MAP)
    assert rules is not None
    ours, theirs = rules(hand_made(nlp.vocab)), ruler(hand_made(nlp.vocab))
    assert token_rows(ours) == token_rows(theirs)
    assert [(t.pos_, t.lemma_, t.dep_, t.tag_) for t in ours] == [
        ("", "", "compound", "NNP"),
        ("", "NYC", "subj", "XX"),  # index -1: the pattern's last token
        ("PROPN", "", "subj", "XX"),
        ("SPACE", "", "dep", "_SP"),
        ("", "novel", "amod", "JJ"),
        ("PROPN", "", "dobj", "NN"),
        ("", "", "nsubj", "PRP"),
        ("", "", "ROOT", "VBD"),
        ("", "", "amod", "NNP"),
        ("", "NYC", "dobj", "NNS"),
    ]


@pytest.mark.parametrize(
    "pattern",
    [
        [{"TAG": "NN", "OP": "?"}],  # quantifiers
        [{"ORTH": "data"}],  # an attribute the rules do not key on
        [{"LOWER": {"FUZZY": "data"}}],  # another predicate
        [{"IS_SPACE": "yes"}],
        [{"LENGTH": 4}],
    ],
)
def test_unsupported_rules_keep_spacys_component(pattern):
    _, ruler = invented_ruler()
    ruler.add([pattern], {"POS": "NOUN"})
    assert compile_rules(ruler.patterns, ruler.attrs, ID_MAP) is None


def test_rules_setting_other_attributes_keep_spacys_component():
    _, ruler = invented_ruler()
    ruler.add([[{"TAG": "NN"}]], {"NORM": "thing"})
    assert compile_rules(ruler.patterns, ruler.attrs, ID_MAP) is None
