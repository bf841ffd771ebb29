"""Boilerplate paragraphs: general rules that say what a paragraph is when it is not body text.

Kinds (the ``kind`` of :class:`transforms.types.Removed`):

- ``caption``: a photo caption that ends in (or starts with) a wire/photo credit
  ("... on June 24. REUTERS/Jane Doe", "(AP Photo/John Roe)", "Photo: Jane Doe/AFP").
- ``first_published``: "This article was first published on X", "Originally published in X",
  "Republished from X under a Creative Commons licence".
- ``url``: a paragraph that is only a URL or a bare domain path ("example.org/contact").
- ``related``: an in-text "Read more: ..." / "See also: ..." link line.
- ``advert``: an advertisement placeholder ("Advertisement", "Story continues below advertisement").
- ``bio``: a one- or two-sentence author bio at the end ("Jane Doe is a fellow at ...") whose
  name does not occur in the article body.
- ``trailer``: a short labelled credit line at the end ("Translation: AB", "Bonus video:",
  "Editing by ...", "Reporting by ...").
- ``footer``: a short contact/subscribe/share/newsletter/copyright line at the end.
- ``signoff``: a news agency's sign-off closing the article ("REUTER", "Reuters", "AP",
  "REUTER..."), as the last paragraph or after the last sentence of the last paragraph.

Captions, URLs, "first published" notes, "read more" lines and advert placeholders are
recognised anywhere; bios,
trailers and footers only in the trailing run of paragraphs at the end of the article (walking
back from the end, removal stops at the first paragraph that is body text), so a body paragraph
that merely mentions a newsletter is never touched.
"""

from __future__ import annotations

import re

from transforms.lexicon import REPORTED_SPEECH

_AGENCIES = (
    r"REUTERS|Reuters|AP|AFP|EPA(?:-EFE)?|EFE|Getty(?: Images)?|Associated Press|Bloomberg|"
    r"Anadolu(?: Agency)?|Sputnik|TASS|Tass|Xinhua|Shutterstock|Alamy|PA(?: Images| Wire| Media)?|"
    r"Pool|POOL|NurPhoto|SOPA Images|ZUMA(?: Press| Wire)?|AAP|Kyodo|Yonhap|UPI|dpa|DPA|Imago|"
    r"IMAGO|ANSA|Polaris|Redux|WireImage|Rex Features|REX|Rex|Sipa(?: USA)?|SIPA|Abaca|ABACA|"
    r"Handout|HANDOUT|Ukrinform|RIA Novosti|Avalon|Corbis|LightRocket|Hindustan Times|Photoshot"
)
_NAMEISH = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_CREDIT_TAIL = re.compile(
    rf"(?:\(|\b)(?:{_AGENCIES})(?:\s+Photo)?\s*/\s*{_NAMEISH}(?:\s*/\s*{_NAMEISH})?\)?\s*$"
    rf"|\b{_NAMEISH}\s*/\s*(?:{_AGENCIES})(?:\s+via\s+{_NAMEISH})?\)?\s*$"
    rf"|\b(?:via|Photo:|Photograph:|Image:|Picture:|Credit:)\s+(?:{_AGENCIES})\)?\s*$"
    rf"|\((?:Photo|Image|Picture|Credit)(?:\s+by)?:?\s+[^()]{{2,80}}\)\s*$"
)
_CAPTION_HEAD = re.compile(
    r"^(?:Photo|Photograph|Picture|Image|Caption|Image caption|Image source|Credit|"
    r"Photo credit|Pictured|Above|Top|Main image)\s*(?:\([^)]*\))?\s*:\s*\S",
    re.I,
)
_FIRST_PUBLISHED = re.compile(
    r"^(?:\(?(?:This|The|A version of this|An earlier version of this)\s+"
    r"(?:article|story|piece|post|essay|column|commentary|interview|report|op-ed|analysis|text)"
    r"\s+(?:was|is|has been|first)\s+(?:(?:originally|first|previously)\s+)?"
    r"(?:published|appeared|posted|printed|republished|reproduced)"
    r"(?=\s+(?:on|in|at|by|with|under|courtesy|here|first|originally|online)\b|[\s.:]*$)"
    r"|(?:Originally|First|Previously)\s+(?:published|appeared|posted)"
    r"|(?:Republished|Reprinted|Reproduced)\s+(?:from|with|by|courtesy|under)\b)",
    re.I,
)
_PUBLISHED_WHERE = re.compile(
    r"(?:published|appeared|posted|printed|republished|reproduced|reprinted)\s+"
    r"(?:(?:originally|first)\s+)?(?:on|in|by|at|from|with)\s+(?:the\s+(?=[a-z]))?"
    r"(?P<where>[A-Z0-9][^,;()]*?)(?=\s+(?:on|in|under|and|as|at)\s|[,;.(]|\s*$)",
)
_URL_ONLY = re.compile(
    r"^[<(\[]?(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?-i:[a-z]{2,12})(?:/\S*)?)[>)\]]?$",
    re.I,
)
_RELATED = re.compile(
    r"^(?:READ MORE|Read more|Read also|Also read|See also|Related|Related articles?|"
    r"Recommended|More on this story|MORE)\s*[:>»|-]\s*\S",
)
_TRAILER = re.compile(
    r"^\(?(?:(?i:Translation|Translated by|Translator|Translated from [a-z]+(?: by)?|Bonus video|"
    r"Video|Watch|Watch video|Listen|Podcast|Audio|Photo gallery|Gallery|Editing by|Edited by|"
    r"Reporting by|Additional reporting by|Writing by|Written by|Compiled by|Research by|"
    r"Fact-checking by|Source|Sources|Tags|Topics|Filed under|Keywords|Category|Categories)"
    r"\s*:"
    r"|(?i:Translated|Editing|Edited|Reporting|Additional reporting|Writing|Written|Compiled|"
    r"Research|Fact-checking) by\s+[A-Z])"
)
_FOOTER = re.compile(
    r"^(?:please |to |click here to |tap here to )?(?:sign up|subscribe|register)\b|"
    r"\b(?:(?:our|the|my|a)(?: \w+)? newsletters?\b.*\b(?:sign|subscri|inbox|email|free)|"
    r"newsletters?\s*[:|]|"
    r"follow (?:us|me) (?:on|at)\b|share (?:this (?:article|story|page|post)|on (?:facebook|twitter|x|linkedin|whatsapp|social media)|via (?:email|e-mail|facebook|twitter|whatsapp|linkedin))\b|to contact\b|contact us\b|"
    r"get in touch\b|click here\b|tap here\b|download (?:our|the) app\b|"
    r"support (?:our|independent|quality) journalism\b|donate (?:now|today|here)\b|"
    r"copyright (?:©|\(c\)|\d{4})|all rights reserved\b|listen again\b|"
    r"you can (?:hear|listen to|watch|read) more\b|terms of (?:use|service)\b|"
    r"privacy policy\b|cookie policy\b|send us (?:a|your) tips?\b)|©",
    re.I,
)
_BIO = re.compile(
    r"^(?P<names>(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|der|den|la|le|del|"
    r"di|du|bin|al|el|ter))+)(?:,?\s+(?:and|&)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+)?)"
    r"\s+(?:is|are|was|has been|have been|teaches|writes|covers|reports|works)\b(?P<rest>.*)$",
    re.S,
)
_BIO_ROLE = re.compile(
    r"\b(?:editor|correspondent|reporter|journalist|writer|author|columnist|commentator|"
    r"contributor|fellow|professor|lecturer|researcher|scholar|analyst|economist|historian|"
    r"member|director|founder|co-founder|chair|host|producer|blogger|novelist|editorial|"
    r"student|candidate|associate|teacher|expert|specialist|doctoral|PhD|emeritus|freelance|"
    r"teaches|writes|covers|reports)s?\b",
    re.I,
)
_ADVERT = re.compile(
    r"^(?:advertisement|advert|ad|sponsored(?: content)?|"
    r"story continues (?:below|after) (?:this )?(?:advertisement|ad)|"
    r"(?:article|story) continues (?:below|after) (?:this )?(?:advertisement|ad)|"
    r"skip (?:this )?(?:ad|advert|advertisement)|scroll to continue(?: with content)?)[.:]?$",
    re.I,
)
_SIGNOFF_AGENCIES = (
    r"REUTERS?|Reuters?|reuters?|AP|AFP|UPI|DPA|dpa|Xinhua|XINHUA|EFE|ANSA|Kyodo|KYODO|Yonhap|"
    r"YONHAP|TASS|Tass|PTI|AAP|Associated Press|Agence France-Presse|Bloomberg"
)
_SIGNOFF = re.compile(rf"^[-–—(\s]*(?:{_SIGNOFF_AGENCIES})[)\s]*(?:\.{{1,3}}|…)?$")
_SIGNOFF_TAIL = re.compile(
    rf"(?<=[.!?…\"”’)\]])\s+(?P<signoff>[-–—(]*\s*(?:{_SIGNOFF_AGENCIES})\)?(?:\.{{3}}|…)?)$"
)
_NAME_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady|The|This|That|It|He|She)\b")
_QUOTE_CHARS = re.compile('["“”«»„]')
_REPORTED = re.compile(r"\b(?:" + "|".join(REPORTED_SPEECH) + r")\b")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?:\s+|$)")


def _sentences(text: str) -> int:
    return max(
        1, len(_SENTENCE_END.findall(text.rstrip() + ("" if text.rstrip()[-1:] in ".!?…" else ".")))
    )


def is_caption(text: str) -> bool:
    """A photo caption: a short paragraph that ends with a wire/photo credit or starts "Photo:"."""
    if len(text) > 500:
        return False
    return bool(_CREDIT_TAIL.search(text) or _CAPTION_HEAD.match(text))


def is_first_published(text: str) -> bool:
    """A "this article was first published on X" note."""
    return len(text) <= 300 and bool(_FIRST_PUBLISHED.match(text))


def published_where(text: str) -> str | None:
    """The outlet named in a "first published on X" note ("The Conversation")."""
    m = _PUBLISHED_WHERE.search(text)
    if not m:
        return None
    where = m.group("where").strip(" .:")
    return where if 0 < len(where) <= 80 else None


def is_url_only(text: str) -> bool:
    """A paragraph that is a URL or a bare domain path and nothing else."""
    return len(text) <= 300 and " " not in text.strip() and bool(_URL_ONLY.match(text.strip()))


def is_related(text: str) -> bool:
    """A "Read more: ..." / "See also: ..." link line."""
    return len(text) <= 200 and bool(_RELATED.match(text))


def is_trailer(text: str) -> bool:
    """A short labelled credit line such as "Translation: AB" or "Bonus video:"."""
    return len(text) <= 120 and bool(_TRAILER.match(text))


def is_footer(text: str) -> bool:
    """A short contact/subscribe/share/newsletter/copyright line (no quotation, no reporting)."""
    if len(text) > 250 or _QUOTE_CHARS.search(text) or _REPORTED.search(text):
        return False
    return bool(_FOOTER.search(text))


def bio_name(text: str, body_before: str) -> str | None:
    """The author's name when ``text`` is an author bio ("Jane Doe is a fellow at ..."), else None.

    A bio is at most two sentences, names a media or academic role, carries no quotation, and
    its person is not mentioned in the article body (``body_before``), which tells it apart from
    a last body paragraph about someone in the story.
    """
    if len(text) > 400 or _QUOTE_CHARS.search(text) or _HONORIFIC.match(text):
        return None
    m = _BIO.match(text)
    if not m or not _BIO_ROLE.search(m.group("rest")) or _sentences(text) > 2:
        return None
    surname = [w for w in m.group("name").split() if not _NAME_SUFFIX.match(w)][-1]
    if re.search(rf"\b{re.escape(surname)}\b", body_before):
        return None
    return m.group("names")


def is_signoff(text: str) -> bool:
    """A paragraph that is only an agency's sign-off ("REUTER", "(AP)", "Reuter...")."""
    return len(text) <= 40 and bool(_SIGNOFF.match(text.strip()))


def split_signoff(text: str) -> tuple[str, str] | None:
    """``(body, signoff)`` when a sign-off follows the paragraph's last sentence, else None.

    "... the company said. REUTER" -> ("... the company said.", "REUTER"); a paragraph that
    merely ends with an agency's name ("... he told Reuters.") is body text.
    """
    m = _SIGNOFF_TAIL.search(text)
    if not m:
        return None
    return text[: m.start()].rstrip(), m.group("signoff")


def trailing_kind(text: str, body_before: str) -> str | None:
    """The boilerplate kind of a paragraph in the trailing run at the end, or None for body text."""
    if is_signoff(text):
        return "signoff"
    if bio_name(text, body_before):
        return "bio"
    if is_trailer(text):
        return "trailer"
    if is_footer(text):
        return "footer"
    return anywhere_kind(text)


def is_advert(text: str) -> bool:
    """An advertisement placeholder line ("Advertisement", "Story continues below advertisement")."""
    return len(text) <= 60 and bool(_ADVERT.match(text))


def anywhere_kind(text: str) -> str | None:
    """The boilerplate kind of a paragraph anywhere in the article, or None for body text."""
    if is_advert(text):
        return "advert"
    if is_url_only(text):
        return "url"
    if is_first_published(text):
        return "first_published"
    if is_caption(text):
        return "caption"
    if is_related(text):
        return "related"
    return None
