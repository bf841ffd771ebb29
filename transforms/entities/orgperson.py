"""People the tagger folded into organisation spans.

* ``titled_org``: "General X" tagged ORG is a person with the title "General" when X looks
  like a surname (one capitalised singular proper noun that is not an institutional word and
  that the document never writes in lower case); "General Staff", "General Motors" and
  "Major League" stay organisations;
* ``split_org_person``: "European Parliament Anna Kowal" tagged as one ORG is the
  organisation followed by a person: an ORG span whose part before its last two words ends in
  an institutional noun, and whose last two words look like "First Last", is split in two.
"""

from __future__ import annotations

from transforms.entities.spans import Cand, TokenView
from transforms.entities.titles import norm, strip_title_prefix


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Nouns that head or end an organisation's name: never a surname after a title, and the end
# of the organisation part of "Organisation First Last".
_INSTITUTION = _words(
    """
    parliament council commission committee party ministry union bank assembly congress
    senate court agency government army navy police company corporation university
    institute foundation association federation league club group office board authority
    service department staff command headquarters directorate secretariat inspectorate
    hospital school college academy embassy consulate synod cabinet bureau tribunal
    chamber fund trust society alliance front movement guard force forces
    election elections strike secretary prosecutor manager accident insurance assurance
    post store stores hotel hall motors electric mills dynamics foods atomics
    """
)

# Words that end event and product names after an organisation ("X Union Grand Prix").
_EVENT = _words(
    """
    grand prix cup open championship championships trophy games award awards prize festival
    series classic masters marathon tour rally conference summit show fair expo
    """
)

# Titles that only stand before a person: honorifics and ranks ("Queen Mother", "King
# Crimson" and "Justice Division" are not "Title Surname").
_PERSONAL_TITLES = _words(
    """
    mr mrs ms miss mx dr prof sir dame gen general lt lieutenant col colonel capt captain
    sgt sergeant cpl corporal adm admiral brig brigadier cdr cmdr commander marshal sen
    senator rep gov governor rev reverend insp inspector supt det detective
    """
)

# Labels the tagger gives to "Title Surname" by mistake ("General X" as an ORG).
_ORG_TITLE_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "NORP", "EVENT", "WORK_OF_ART"})


def _name_like(v: TokenView, i: int) -> bool:
    """A capitalised singular proper noun the document never writes in lower case and that
    is not an institutional word."""
    t = v.text[i]
    return (
        len(t) > 1
        and t[:1].isupper()
        and not t.isupper()
        and t.replace("-", "").replace("'", "").isalpha()
        and v.tag(i) == "NNP"
        and t.casefold() not in _INSTITUTION
        and t.casefold() not in _EVENT
        and t.lower() not in v.lower_words
    )


def titled_org(v: TokenView, c: Cand) -> Cand:
    """A non-PERSON span "Title Surname" becomes a PERSON with ``title`` set."""
    if c.label not in _ORG_TITLE_LABELS or c.end - c.start < 2:
        return c
    j = strip_title_prefix(v.text, c.start, c.end)
    if j == c.start or c.end - j != 1 or not _name_like(v, j):
        return c
    if not all(norm(t) in _PERSONAL_TITLES for t in v.text[c.start : j]):
        return c
    return Cand(j, c.end, "PERSON", " ".join(v.text[c.start : j]), "split")


def split_org_person(v: TokenView, c: Cand) -> list[Cand]:
    """ "Organisation First Last" tagged as one ORG -> the ORG and a PERSON."""
    n = c.end - c.start
    if c.label != "ORG" or n < 4:
        return [c]
    head = c.end - 3  # last word of the organisation part
    if v.text[head].casefold() not in _INSTITUTION:
        return [c]
    if not (_name_like(v, c.end - 2) and _name_like(v, c.end - 1)):
        return [c]
    return [Cand(c.start, c.end - 2, "ORG", c.title, c.source), Cand(c.end - 2, c.end, "PERSON")]
