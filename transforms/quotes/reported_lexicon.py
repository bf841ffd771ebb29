"""Word lists of reported speech (indirect and mixed attributions), kept apart from the
direct-quote cue lists in :mod:`.lexicon` so that shared lists can move without touching these.

Plain English verbs and nouns of saying, writing, believing, knowing, showing and announcing;
nothing here comes from any particular article.
"""

from __future__ import annotations

from transforms.inflection import regular_inflections
from transforms.quotes.reported_prepositions import PREP_OBJECT_NOUNS, PREP_OBJECT_VERBS
from transforms.quotes.reported_prepositions import by_preposition as _by_preposition
from transforms.quotes.reported_prepositions import words as _words

# Verbs whose clausal complement is what the subject says, writes, believes or shows
# ("X said [the plan would fail]", "polls suggest [that …]", "X hopes [to win]" is not one).
CLAUSE_VERBS = _words(
    """
    say tell add write tweet post warn argue claim declare state explain note reply respond
    answer insist recall announce observe remark acknowledge admit concede conclude joke quip
    predict urge stress emphasize emphasise testify assert contend maintain mention comment
    caution counter retort boast lament plead recount reiterate inform protest reason speculate
    text email opine proclaim complain point suggest report confirm deny allege charge accuse
    promise vow pledge guarantee assure agree disagree estimate forecast calculate believe think
    know feel fear worry hope expect suspect doubt assume presume suppose guess reckon figure
    imagine consider understand realize realise recognize recognise learn hear find discover
    rule show indicate reveal demonstrate prove signal hint imply disclose
    brief demand propose recommend advise request ask question wonder hypothesize theorize
    project wish remind
    """
)
# Verbs of manner of speaking (B. Levin 1993, "English Verb Classes and Alternations", 37.3):
# cues of reported speech only with a that-clause ("X shouted [that the bridge was closed]");
# otherwise they mostly open a quotation ('chanting "No! No!"'), which is the quote's own.
MANNER_OF_SPEAKING_VERBS = _words(
    """
    shout yell scream whisper mutter murmur mumble holler exclaim chant groan moan
    """
)
# Verbs of complaining (Levin 37.8) take a clause like "say": "X bemoaned [that …]".
CLAUSE_VERBS |= _words(
    """
    bemoan grumble gripe grouse brag whine fret marvel muse scoff
    """
)

# Clause verbs of knowing and perceiving whose direct object is a thing found or known, not
# something said or believed ("found [new markets]", "know [the area]", "heard [the crowd]").
COGNITION_VERBS = _words(
    """
    find know hear learn understand realize realise recognize recognise
    discover feel imagine consider figure guess reckon assume presume suppose
    """
)

# Clause verbs of saying or showing only with a clause: their direct object is a thing added,
# kept, shown or written, a thing had, or the one made to worry, not something said ("X added
# [that …]" but "the economy added 200,000 jobs", "X maintained [that …]" but "X maintained a
# lead", "showed ease", "wrote a book", "boasts a lead", "the remark worried analysts").
THING_OBJECT_VERBS = _words("add maintain demonstrate write boast worry")

# Verbs of perception that report a belief of people with a clausal complement ("voters saw
# [that Roe could win]", "Roe has seen [her lead erode]"); kept out of CLAUSE_VERBS (so never a
# report inside another's content, nor an indirect question: "to see if …" is a purpose).
PERCEPTION_VERBS = _words("see")

# Clause verbs whose direct object is the person addressed, not the content ("told reporters",
# "emailed her aides").
ADDRESSEE_VERBS = _words(
    """
    tell inform ask brief assure advise urge warn remind email text
    """
)

# Verbs whose object (with an infinitive) is the content: "X urged [Congress to act]",
# "X persuaded [Roe to run]", "X lobbied [lawmakers to cut the toll]" (not "authorize", "allow",
# "convince": "not authorized to speak", "convinced that …" is an attitude).
OBJECT_INFINITIVE_VERBS = _words(
    """
    urge ask call tell encourage implore beg push press advise warn challenge invite order
    direct instruct pressure petition appeal persuade lobby exhort
    """
)

# Verbs of stance and speech acts whose direct object is the content: "X criticized [the plan]",
# "X announced [a new tax]"; and verbs whose prepositional object is: "X called for [a ban]".
OBJECT_VERBS = _words(
    """
    criticize criticise condemn praise endorse support announce deny cite describe blame reject
    dismiss question defend attack slam blast applaud welcome oppose propose recommend
    acknowledge admit confirm promise predict demand mention echo repeat reiterate dispute
    challenge mock tout highlight emphasize emphasise stress claim reveal disclose decry
    denounce lambaste assail accuse thank congratulate characterize characterise label dub hail
    laud commend fault rebuke ridicule deride insult pledge vow favor favour tweet retweet
    quote report want offer seek wish
    discuss express outline detail recite invoke back champion prefer resist debate
    list promote
    """
)
# Verbs of taking a stance on something said or proposed, of feeling towards it (Levin 1993,
# 31.2 admire verbs) and of judging it (Levin 33, judgement verbs), and verbs of denying a
# claim, whose object is what the stance is about: "X disavowed [the remarks]", "X advocates
# [a tax on sugar]", "voters hate [the toll]", "X ignored [the warnings]", "X accepted [the
# result]", "X deplored [the decision]", "X rebutted [the claim]", "X vetoed [the bill]"
# (PolNeAR counts mental states and loose stances as attributions, not only speech). Not
# "value" (mostly a price: "valued the firm at $2bn"), "knock", "hammer", "scorn", "contest"
# (PolNeAR's even half marks few of their objects).
OBJECT_VERBS |= _words(
    """
    disavow repudiate renounce retract advocate accept ignore admire distrust dislike hate love
    resent despise detest loathe respect appreciate tolerate revere envy relish cherish
    berate castigate censure chastise compliment condone deplore denigrate disparage excoriate
    glorify vilify salute reprimand upbraid bash trash skewer refute rebut contradict debunk veto
    """
)

# Verbs of intention, preference and expectation whose to-infinitive is the content: "X plans
# [to run]", "X would like [to win]", "X decided [to run]", "the bill is expected [to pass]".
INFINITIVE_VERBS = _words(
    """
    want hope plan seek decline intend aim refuse threaten vow promise pledge expect agree
    offer wish desire vow swear resolve like prefer decide choose vote
    """
)

# Nominalizations of the infinitive verbs above, of OBJECT_INFINITIVE_VERBS and of the attitude
# adjectives below, whose to-infinitive is the content: "X's decision [to run]", "the plan [to
# cut taxes]", "her refusal [to testify]", "their willingness [to pay]", "her claim [to be the
# heir]" (a claim's infinitive says what is claimed) (not "order" and "bid":
# "in order to", "in a bid to" are connectives).
INFINITIVE_NOUNS = _words(
    """
    hope plan intention intent aim refusal threat vow promise pledge expectation agreement
    offer wish desire resolve resolution preference decision choice urging request call
    encouragement plea push advice warning challenge invitation directive instruction
    appeal willingness unwillingness eagerness reluctance readiness determination
    proposal commitment claim
    """
)

# Verbs that name or judge their object as something: "X called [the plan "a disaster"]",
# "X described [the deal as unfair]", "X accused [Y of lying]". The content is the object with
# that second complement; without one ("called the meeting") there is no relation.
NAMING_VERBS = _words(
    """
    call dub label brand term liken compare describe characterize characterise portray paint
    deem regard accuse mock praise criticize criticise blame fault credit thank hail slam blast
    attack chide scold rebuke lambaste ridicule dismiss pronounce declare see view perceive
    envision
    """
)

SECOND_COMPLEMENT_PREPS = _words("as for of to with")

# Verbs that present their object as something only with "as" ("X cast [herself as the heir]",
# "X framed [the vote as a referendum]"); otherwise they mean other things ("cast a ballot").
AS_NAMING_VERBS = _words("cast depict frame present")

# Verbs whose subject receives what the noun object names, so is not its speaker ("Roe faced
# criticism over the plan": the critics are unnamed).
RECEIVING_VERBS = _words("face receive draw attract get earn endure weather suffer")

# Nouns whose "that"-clause or complement is the content: "X's claim [that …]",
# "the announcement [that …]", and nouns of belief and hearsay: "the narrative [that …]", "the
# impression [that …]", "rumors [that …]" (not "news" nor "word": "news that …" mostly reports a
# fact, "word(s)" is also the utterance itself; PolNeAR's even half marks 1 of 4 "news that").
CLAUSE_NOUNS = _words(
    """
    claim statement announcement belief assertion argument allegation suggestion view warning
    promise pledge report assessment estimate prediction insistence admission charge accusation
    fear hope notion idea opinion conclusion finding contention complaint comment remark
    testimony declaration assurance vow confirmation denial message reminder sense
    acknowledgment acknowledgement speculation theory concern worry expectation conviction
    rumor rumour realization realisation narrative impression suspicion assumption
    perception
    """
)
# Prepositions that name nothing but a topic: every verb of saying (not of knowing or finding)
# and every noun of saying or stance takes them for its content ("Roe spoke [about the plan]",
# "her remarks [about the plan]", "allegations [regarding the fund]"; Levin 1993, 37: the
# verbs of communication take their topic with "about").
TOPIC_PREPS = _words("about regarding concerning")
for _noun in CLAUSE_NOUNS | frozenset(PREP_OBJECT_NOUNS):
    PREP_OBJECT_NOUNS[_noun] = PREP_OBJECT_NOUNS.get(_noun, frozenset()) | TOPIC_PREPS
for _verb in CLAUSE_VERBS - COGNITION_VERBS:
    PREP_OBJECT_VERBS[_verb] = PREP_OBJECT_VERBS.get(_verb, frozenset()) | TOPIC_PREPS
# Every noun cue: with a that-clause, a prepositional object or a to-infinitive.
NOUN_CUES = CLAUSE_NOUNS | frozenset(PREP_OBJECT_NOUNS) | INFINITIVE_NOUNS

# Adjectives of attitude whose that-clause or to-infinitive is what their (people) subject
# holds: "X is confident [that …]", "X is willing [to …]".
ATTITUDE_ADJECTIVES = _words(
    """
    confident sure certain convinced hopeful optimistic pessimistic afraid fearful worried
    concerned aware adamant insistent skeptical sceptical doubtful willing unwilling eager
    reluctant ready determined keen anxious happy glad proud sorry
    """
)

# Where something was said: a phrase "in a statement" after a cue's object is the cue's
# setting, not part of the content ("criticized [the plan] in an interview").
MEDIUM_NOUNS = _words(
    """
    statement interview speech remark remarks address letter memo email tweet post op-ed
    editorial column article essay book memoir autobiography report testimony hearing debate
    video ad advertisement commercial broadcast podcast conference briefing call rally message
    note filing lawsuit appearance
    """
)

# Raising verbs: the writer's own judgement of a subject ("[The plan] seems [to work]",
# "[It] appears [likely to pass]"); the subject and the complement are the content, with no
# speaker. Passive verbs of belief and expectation read the same way: "[The bill] is expected
# [to pass]", "[She] is considered [a moderate]" (the agent, "by X", is the speaker).
RAISING_VERBS = _words("seem appear")
# Nouns of people (subjects that hold what they say: a that-clause of any verb with such a
# subject is a report; a raising verb with one judges them only right before its complement).
PEOPLE_NOUNS = _words(
    """
    people person voter resident citizen official leader supporter critic opponent advocate
    lawyer attorney analyst expert strategist candidate lawmaker legislator senator member
    delegate activist donor aide adviser advisor spokesman spokeswoman spokesperson investor
    economist observer participant respondent worker executive officer diplomat minister
    president governor mayor pollster insider conservative liberal progressive moderate
    republican democrat man woman parent student teacher fan veteran immigrant taxpayer
    consumer employee colleague ally rival backer proponent challenger nominee contender
    evangelical independent
    friend politician chairman chairwoman director manager lobbyist businessman businesswoman
    reporter journalist editor columnist commentator historian scientist researcher scholar
    professor doctor prosecutor judge congressman congresswoman operative organizer organiser
    protester demonstrator attendee witness survivor owner partner host moderator pastor
    actor actress author writer wife husband mother father son daughter brother sister family
    source staffer user millennial caucusgoer elector viewer reader listener audience public
    electorate
    """
)
# Bodies of people that hold and state views, as an organisation's name does ("[the committee]
# is confident that …", "the plan was criticized by [the council]").
PEOPLE_NOUNS |= _words(
    """
    group organization organisation administration party board team union campaign committee
    commission panel council agency department government court police
    """
)
# Heads of a description of who speaks, beside titles and nouns of people: an office's holder
# or a speaking body ("Acme chief: …", "Police: …", "Rail watchdog: …" in a headline).
SPEAKING_BODY_NOUNS = _words(
    """
    chief boss head founder owner chair police union ministry government court agency
    campaign regulator watchdog firm company
    """
)
# Words of quantity heading a share of people ("most of the voters", "a majority of
# Democrats"); numbers count too ("four in ten voters").
QUANTITY_WORDS = _words(
    """
    most many some several few all half majority minority third quarter percent plurality
    number share handful dozen dozens hundreds thousands millions none each both
    """
)
PASSIVE_RAISING_VERBS = _words(
    """
    expect say report believe think consider know rumor rumour predict project presume
    understand deem regard view see anticipate allege estimate
    """
)

# "according to X", "in X's words/view": prepositional cues whose clause is the content.
ACCORDING = _words("according")


# Adjectives of attitude, emotion and judgement with the prepositions that introduce what the
# attitude is about (adjective complementation by a prepositional phrase, Quirk et al. 1985,
# "A Comprehensive Grammar of the English Language", 16.69-16.70, limited to adjectives
# predicated of people's stance): "X is critical [of the plan]", "X was clear [about one thing]".
STANCE_ADJECTIVES = _by_preposition(
    {
        "of": """critical supportive skeptical sceptical wary suspicious dismissive contemptuous
        respectful appreciative proud ashamed afraid fearful fond tolerant protective mindful
        aware unaware convinced certain sure confident hopeful""",
        "about": """skeptical sceptical wary clear open candid frank coy cagey upfront vocal silent
        quiet shy right wrong optimistic pessimistic positive negative bullish bearish
        enthusiastic excited nervous anxious worried concerned confident sure certain hopeful
        doubtful cautious hesitant uneasy uncomfortable comfortable happy unhappy angry furious
        mad upset adamant serious passionate""",
        "on": """clear vocal silent quiet divided split united unified firm soft tough wrong
        right hawkish dovish insistent keen bullish bearish""",
        "over": "divided split angry furious upset concerned worried",
        "to": "opposed hostile sympathetic receptive open committed averse",
        "with": """unhappy happy comfortable uncomfortable satisfied dissatisfied frustrated
        impatient disappointed pleased""",
        "by": """troubled bothered alarmed encouraged heartened impressed unimpressed disturbed
        dismayed outraged offended angered frustrated disappointed pleased""",
        "at": "angry furious mad outraged alarmed",
        "in": "disappointed confident",
        "for": "grateful thankful eager",
    }
)

# Sources of evidence that credit a clause through "in": "[Roe leads by ten points] in a new
# poll", "In the survey, [most voters backed the plan]".
EVIDENCE_NOUNS = _words("poll survey study report analysis census audit investigation")
# Sources of evidence whose findings are their report: the object of "find" with such a
# subject is the content ("[The survey] found [broad support for the toll]").
FINDING_NOUNS = EVIDENCE_NOUNS | _words("inquiry probe review research experiment")
FINDING_VERBS = _words("find")
# Nouns of a point of view that credit a clause to their possessor through "in": "In Roe's
# view, [the bridge is safe]", "[The plan failed], in her words".
VIEWPOINT_NOUNS = _words("view opinion words estimation judgment judgement mind eyes telling")
# Nouns of an account that credit a clause to their possessor through "by": "[The plan], by
# her own admission, [was a mistake]", "By his account, [the bridge was never safe]" (the
# source-of-knowledge stance adverbials of Biber et al. 1999, "Longman Grammar of Spoken and
# Written English", 10.2.1).
ACCOUNT_NOUNS = _words("admission account accounts reckoning estimate estimates count")


_VERBS = (
    CLAUSE_VERBS
    | OBJECT_VERBS
    | OBJECT_INFINITIVE_VERBS
    | INFINITIVE_VERBS
    | NAMING_VERBS
    | RAISING_VERBS
    | PASSIVE_RAISING_VERBS
    | PERCEPTION_VERBS
    | frozenset(PREP_OBJECT_VERBS)
)
# Inflected form -> lexicon verb, for forms the tagger's lemmatizer gets wrong ("hopes" ->
# "hop", "hoped" -> "hop").
VERB_FORMS = {f: v for v in sorted(_VERBS) for f in regular_inflections(v) if f not in _VERBS}


def verb_lemma(lower: str, lemma: str) -> str:
    """The lexicon lemma of a word form: the tagger's ``lemma`` when the lexicon knows it,
    else the lexicon verb the regular form ``lower`` inflects, else ``lemma``."""
    if lemma in _VERBS:
        return lemma
    return VERB_FORMS.get(lower, lemma)


# every word that can make a token a cue candidate of reported speech (besides the further
# constructions' own words, ``reported_stance.FURTHER_WORDS``)
REPORTED_CUE_WORDS = (
    CLAUSE_VERBS
    | MANNER_OF_SPEAKING_VERBS
    | INFINITIVE_VERBS
    | NAMING_VERBS
    | AS_NAMING_VERBS
    | OBJECT_INFINITIVE_VERBS
    | OBJECT_VERBS
    | set(PREP_OBJECT_VERBS)
    | NOUN_CUES
    | ACCORDING
    | ATTITUDE_ADJECTIVES
    | RAISING_VERBS
    | PERCEPTION_VERBS
    | set(VERB_FORMS)
)

# Verbs of stance that sports reports use of play ("claimed the title", "conceded a goal",
# "defended a break point", "attacked the net", "blasted an ace"), and the nouns of play that
# make them literal (a "point" only of a game: "conceded the point" is an argument's).
PLAY_VERBS = _words("claim concede defend attack blast slam")
PLAY_NOUNS = _words(
    """
    game set break net ace goal try penalty title match round race medal trophy cup
    championship serve service return kick shot wicket tiebreak tie-break mini lead crown ball
    rebound corner frame hole putt lap pole header volley forehand backhand winner equaliser
    equalizer opener
    """
)
