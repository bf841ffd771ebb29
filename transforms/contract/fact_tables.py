"""The declarations of the fact tables extracted from each article's text: quotations and
numbers (see :mod:`transforms.contract`; the other tables are in :mod:`.tables`)."""

from __future__ import annotations

import polars as pl

from transforms.contract.columns import (
    ABOUT_SPAN_OK,
    CHANGES,
    NUMBER_KINDS,
    QUALIFIERS,
    QUOTE_KINDS,
    SPAN_CHECKS,
    SPEAKER_SPAN_OK,
    Column,
    Table,
    article_id_column,
    id_column,
    span_columns,
)

QUOTES = Table(
    "quotes",
    "one row per quotation or reported-speech content",
    (
        id_column("quote_id", "deterministic id"),
        article_id_column(),
        *span_columns(
            "content",
            "the content: a quotation *without* its quotation marks; for `indirect` and "
            "`mixed`, the reported content as defined below (marks inside it kept)",
        ),
        Column(
            "kind",
            pl.String,
            "`direct` (a full quoted statement), `partial` (a quoted fragment inside the "
            "reporter's sentence), `scare` (a short quoted phrase or a title, no "
            "speaker), `block` (an unmarked paragraph introduced by an attributed "
            "paragraph ending with a colon), `indirect` (reported content in the "
            "reporter's words), `mixed` (reported content holding quoted fragments); see "
            "below",
            nullable=False,
            values=QUOTE_KINDS,
        ),
        Column(
            "speaker",
            pl.String,
            "resolved speaker name, or null when unknown",
            details='sources joined by "and" are one row: `speaker` (and '
            "`speaker_entity_id`) is the first source's, the mention "
            "(`speaker_start`, `speaker_end`) the whole joined phrase as written "
            '("Jane Roe and Tom Doe said" → `Jane Roe`, mention `Jane Roe and Tom '
            'Doe`; "Acme and its partner said" → `Acme`); a list whose sources carry '
            "appositions keeps the first mention only. A name after a possessor and a "
            'title is the speaker and the mention ("Roe\'s lawyer Jane Doe said" → '
            "`Jane Doe`)",
        ),
        Column(
            "speaker_start",
            pl.Int64,
            'start of the attributing mention as written ("he", "the minister", the name), or null',
        ),
        Column("speaker_end", pl.Int64, "end of the attributing mention, or null"),
        Column(
            "speaker_entity_id",
            pl.String,
            "the speaker's catalog entity, or null",
            references="entities.entity_id",
        ),
        Column(
            "cue",
            pl.String,
            'the reporting verb or phrase ("said", "according to", "claim"), or ":" '
            'after a speaker label ("Jane Roe: …" in a headline or a transcript), or '
            'the spaced dash before a headline\'s source ("Oil may fall - analysts"); '
            "null when the speaker is carried over from an earlier attributed quote or "
            "paragraph",
        ),
    ),
    sort_keys=("article_id", "start", "end", "quote_id"),
    checks=(*SPAN_CHECKS, SPEAKER_SPAN_OK),
)


NUMBERS = Table(
    "numbers",
    "one row per numeric expression",
    (
        id_column("number_id", "deterministic id"),
        article_id_column(),
        *span_columns("expression"),
        Column(
            "value",
            pl.Float64,
            "its value (`1.5 million` → 1500000, `a couple of` → 2, `a couple of hundred` → 200, `an hour and a half` → 1.5); for a date, its year; the lower bound of a range",
        ),
        Column(
            "value_max",
            pl.Float64,
            'upper bound of a range (`24 to 36 hours`), else null. Alternatives joined by "or" are a range of estimates when they are number words (`two or three`) or bare digits before a unit, the second larger and under three times the first (`fell 10 or 15 pct` → 10..15, `5 or 6 cents`); not `20.5 or 14.5 years`, `16 or 17 March`. A bid and an offer of one price written with a slash before a plural are a range (`25/35 points` → 25..35, `117/118 dlrs a tonne`), where the second number is no denominator a fraction is written with (`7/8 inches` stays 0.875). A vague magnitude is the range of one order of magnitude: `dozens` → 12..120, `hundreds` → 100..1,000, `tens of thousands` → 10,000..100,000, `a few thousand`/`several thousand` → 1,000..10,000. A rise or fall "from X to Y" (also with words between: "from $36,040 at 10pm to $34,935") is one row, the interval moved over; its bounds are levels, so it has no `change`',
        ),
        Column(
            "unit",
            pl.String,
            "ISO currency for money (`$` → USD, `£` → GBP, `RM` → MYR, wire `dlrs`/`dlr` → USD, `stg` → GBP, `lire` → ITL); cents and pence too, with the value in the major unit (`22 cts` → 0.22 USD, `310p` → 3.10 GBP, `a five ct a share charge` → 0.05 USD; `text` keeps the amount as written), so that summing `value` over one unit adds like amounts; `%`, `%`, `percentage point`, a measurement unit in singular (mile, hour, kilometre, horsepower), `factor` for a multiplier of a change (`rose by a factor of 5`, `a five-fold rise`, `a fivefold rise`: 5, so that a sum over one unit never adds a five-fold rise to 5%), or the counted noun in singular (`25,000 fighters` → fighter; a bare count of a rise or fall takes the counted noun of the level it reached, and a bare level that of the move: `fell 180,000 to 1.94 mln units`, `fell 10 points to 2396` → unit, point for both). Units come from quantulum3's unit table and currencies from Unicode CLDR (generated into `transforms/numbers/vocab_data.py` by `python -m newsfacts.vocab`)",
        ),
        Column(
            "kind",
            pl.String,
            "count, money, percent, quantity, duration, age, year, date, ordinal, fraction",
            nullable=False,
            values=NUMBER_KINDS,
        ),
        Column(
            "qualifier",
            pl.String,
            'exact, approximately ("about", "some", "~"; a figure the verb "average" gives: "prices averaged $3.40"), at_least ("or more", "-plus", a glued "+": "1,000+"), at_most ("up to"; not the particle of a verb of moving after its object, "pushed rates up to 2.25%", nor of a verb whose particle it always is, "ticked up to 3.7%", nor of a past "went" or "shot", "rates went up to 5%": exact, the level reached; "could go up to 20%" keeps the bound), more_than, less_than ("nearly", "almost", "sub-"); a restatement in brackets takes the qualifier of the figure it restates ("almost £20m ($25m)"), except a percentage after a share in words ("almost a quarter (21%)": exact)',
            nullable=False,
            values=QUALIFIERS,
        ),
        Column(
            "date",
            pl.Date,
            'for kind `date`, the resolved day (a missing year comes from the article\'s published date); null when only a month or year is known. A day under ten spelled out after a capitalised month, as wire text writes it, is a date ("the week ended March six", "payable April one"; not before a plural noun it counts: "in March six people died")',
        ),
        Column(
            "change",
            pl.String,
            '`up` or `down` when the number is the size of a rise or fall ("rose 4%", "a 3 percent drop", "cut by 2 points", "closed 2% lower", "cut 13,000 jobs"); null for a level, also the level reached or left ("rose 4.2% to 310p": 4.2 is `up`, 310p has none; "was 3.4%, up from 3.1%": both none), for the reference of a comparison, a change of zero, a count of events ("three rate cuts"), money raised or a loss incurred ("investors lost $180bn"), and after a negated change verb ("did not rise 5%"). A signed negative figure keeps its sign in `value` and gets no direction',
            details='`up` or `down` when the number is the size of a rise or fall ("rose 4%", "a 3 percent drop", "cut by 2 points", "vacancies rose by 1,900 to 26,300" (also "by a net 1,900"; in bare counts a level more than three times the move after "by": "deaths rose by 20 to 120", while "by 3 to 4" is a range of the rise), "was up 19 cents", "+0.3%", "closed 2% lower", "0.6% weaker", "12% more than in 2019", "500 fewer people than a year ago" (a count only against a time), "were 9% and 4% lower" (both), "a 180-point drop", "the decline was 6%", "an increase in sales of 9%", "knocked 3% off the shares", "wiped $100bn off its value" (however the parse hangs "off"), "5% growth", "a 1/16 point drop", "expanded by a record 8.5%", "grew by an average of 3%", "rose an annual 6%", "grew at an annual rate of 2.4%", "gaining 45 points", "closed up 23 points", moves in a chart or table: "dropped three places", "moved up five spots", "was up in February by 1.7%", "ended 2.3% in the red", "12 basis points below a month earlier", "a $90m write-down"; with the verb left out: "A fell 2%, B by 3%", "A rose 3%, B 2% and C 1%", "rose 4% in March and 7% in April", "rose by 8% in May and by 24% in June"; the "by" amount of a participle describing the object of a change verb: "lowered the price demanded by $2"; a figure compared with a change in the same unit, nothing else between: "rose 1.2%, compared with 0.1% a month earlier", "fell 2% versus 1% for the sector"; in all-caps wire headlines ("ACME NET FALLS 12 PCT"); an amount after the object of a change verb, then "to" and a larger level of the same unit, also in a headline the parse reads as nouns: "raised its posted price 40 cts to 19 dlrs", "ORBIT LOWERS ZINC PRICE 0.50 CENT TO 41 CTS", and with no object between when the level is at least three times the amount ("was raised 40 cts to 16.25 dlrs"; "raised $40m to $60m" is money raised) (the move is `up`/`down`, the level none; also when a wrapped line breaks after "by"); a figure in brackets after a change word of its own ("to $12m (up 3% on a year ago)": 3% is `up`, not a restatement of $12m; also with a plus sign: "to $12m (+3%)"); restated: "gained 12 points, or 0.4%", "were up 8 pence, or 1.3%", "rose 4p or nearly 1%"; a second amount of a change noun\'s "of" phrase: "gains of 2% for A and 3% for B"; a count in the "of" phrase of a change noun: "a decline of 40,000 units", "a gain of eight rigs" (not "gains and losses of 10"); a share after "by": "fell by a quarter to $3bn" (a quarter is `down`, $3bn none; "by a third to a half" is a range of the change); a count of a stock held, as the object of a change verb or the subject of its passive: people on a payroll, roll or list, places run, seats held: "cut 13,000 jobs", "axed 2,000 posts", "gained 2,000 users", "lost 12 seats", "400 jobs were lost", also with a bound: "cut up to 500 jobs"; not after "add", which also appends and scores: "added 500 jobs" has none); null for a level, also the level reached or left ("rose 4.2% to 310p": 4.2 is `up`, 310p has no change; "claims rose 12,000 to 230,000"; a figure written in full, then a level with a larger scale word more than five times it: "fell 180,000 to 1.94 mln", "rose 792 mln to 12.92 billion dlrs" (while "rise 500,000 to two mln barrels" and "5 to 10 billion" are ranges of the change), also after "a net": "lost a net 26p to 464"; "was 3.4%, up from 3.1%": both levels, the one reached and the one left; "doubled to $8m", "halved its dividend to 5 cents": the level reached; a wire move in a whole number and a fraction, "rose 1-3/8 to 9-1/4", or in a fraction before a whole price, "lost 1/8 to 32 dlrs", which takes the price\'s unit, "fell 3-3/8 to 61-1/2 cents": 0.03375 USD; after the object of a change verb, "by X to Y" with Y at least three times X: "raised its dividend by $0.10 to $1", $0.10 is `up`, $1 none, while closer bounds are a range of the change, "cut costs by $3m to $4m"; "up to 5%" is a bound; so is "rose to around 148"), the reference of a comparison ("higher than the $5 of May", "lower than in the preceding three quarters", "fell 9% to $31m, against $34m a year earlier"; "compared with a 4% rise" stays `up`), a threshold crossed ("sank below 20"), a difference between two things ("9% smaller than its rival", "12% more likely"), a duration framing the change ("lost $9 in six days", "a 12-month decline"), a change of zero, for a count of events or of anything not held ("three rate cuts", "raised rates seven times", "lost three games", "lost nine of their 14 matches", "won two races", "raised three concerns", "one tax rise"; "won 355 seats" is a level), for a share ("nurses make up 12% of staff"), for money raised or got back ("raised $40m from investors", "raised a total of $5m", "recover $27bn in taxes": collected, not a rise), for a length jumped ("a leap of 6.82m") and for an amount rated ("upgraded $2bn of debt") and for nouns that only look like change words ("a $5m contract"). Change verbs include the directed calibratable change-of-state verbs (Levin 45.6: appreciate, depreciate, balloon, diminish ...) and the directed units of the FrameNet frames Change_position_on_a_scale and Cause_change_of_position_on_a_scale (dwindle, escalate, explode, curtail; leap; their market senses: firm, soften, sag, tank, slacken, shave, pare), and verbs that end or remove a held stock (FrameNet Cause_to_end, Removing: axe, scrap, eliminate), of a rate that slows (slow, moderate: "growth slowed by 1.2 points") and of ground won back (bounce, regain, recoup: "bounced back 7%"); market verbs of a fall: skid, crater; nouns of a currency or economy moving, only for a share: "a 20% devaluation", "an expansion of 2.4%", "a 4% appreciation" (depreciation, revaluation; "a $285m expansion" is a cost); the "by" amount of a verb with the particle "up" or "down" takes the direction of the particle ("ratcheted up prices by 8%"). A negated change verb gives none ("did not rise 5%", "never fell 3%", "failed to grow by 2%", "is not expected to rise 4%": no rise or fall took place or is foreseen). Also no change: a level past a threshold after the object of the verb or aimed at ("raise its stake beyond 49%", "rise toward 13,000", "back above the $47 mark"), the object of a preposition that does not size the change ("lost $40m on $900m of sales", "fell in seven of 10 regions"), an accounting gain ("includes an extraordinary gain of $12m", "a gain of $8m on the sale" (however the parse hangs "on"), "a one-time gain of $5m", "excludes a charge of 12 cents and a gain of 11 cents", "include an extraordinary loss of $6.9m and gain of $9.9m"; "a gain of $2 on Friday" is a rise), the level compared with after "up on" or "down on" ("slightly up on the 456m of January"), a loss incurred: money lost by people, a firm or a place ("investors lost $180bn", "the chain lost $40m on $900m of sales", "may lose millions of euros"; a price, share or currency that loses a sum falls: "shares lost 65 cents", "the pound lost 2 cents", and so does a sum lost to or at a level or out of a value: "lost $2 to $38", "lost $40bn of its market value"), a burden or a support ("weighed down by $5bn of loans", "propped up by $5bn of spending"), a rate left or reached ("down from one in eight"), a level with a bound after "to" ("down to below $20"), who acts in a passive ("was dropped by six stations"; a held stock or a unit of a scale stays the size: "was cut by 2,000 jobs"), time lost ("lost three years of my life"), an age ("drops by 70% after the age of 10"), a distance "off" a place ("10 miles off the coast") or along a way ("10 miles down the road"), a particle inside a hyphened noun ("a pay-off", "the sell-off of 20%"; a move on a scale keeps it: "write-down", "mark-up"), a completive "up" ("stump up", "put up $480m"), "upwards of", a participle describing the noun ("the expanded 9 cent limit"), bracketed restatements of a level reached ("to A$458m ($357m; £191m)") and a level left in brackets ("was 4% (up from 3%)": 3% none), an amount above or below another thing rather than a time ("0.4% above target"). A signed negative figure keeps its sign in `value` and gets no direction Also (round 18): a sum made of change nouns is their size ("€2bn in pension cuts": `down`; not "$4m in gains"), a held stock with a reduced passive of a change verb ("with 700 posts axed": `down`), a bound between "by" and the figure keeps the direction ("was up by more than 3 cents"), a gapped conjunct after a time phrase ("fell 1% and this year 2%": both `down`), a sum after the object of "raise" is a rise ("raise its payout 15 cents a share"), a bare count paired with a "by" count ("rose by 4 and 9, respectively"), a unit figure before a plural change noun ("40% wage increases": `up`); a figure before "behind" is a gap to a rival, not a move. Also (round 19): a multiplier of a change takes its direction ("fell by a factor of two", "lifted sales 8-fold", "was up threefold": unit `factor`; "smaller by a factor of ten" and "the problem is two-fold" none); a booked gain in a wire results note has none also as a bare figure ("net includes gain of 90,000") and after "including" or "excluding"',
            values=CHANGES,
        ),
        Column(
            "about",
            pl.String,
            'what the number measures, as written: the subject of the verb it depends on ("Acme shares rose 4%" → `Acme shares`), the noun it modifies ("a $5m deal" → `deal`), the noun of an "of" phrase ("revenue of $4m" → `revenue`), what a change noun applies to ("a 3% drop in exports" → `exports`); for a count or a duration, whoever has or does it ("Ford has 13,000 workers" → `Ford`); an "it" or "they" subject stands for the noun before it that it refers to ("Oil prices rose. They climbed 3%" → `Oil prices`), else null. Never a time; null for dates, years and ordinals',
            details='what the number measures, as written: the subject of the verb it depends on ("Acme shares rose 4%" → `Acme shares`), the noun it modifies ("a $5m deal" → `deal`, "a two-pronged assault" → `pronged assault`; also where the parse splits a sum from its noun: "any formal £800m offer" → `offer`, "the A$1.5bn (£600m) rebuild" → `rebuild`; a word between "a" and the figure is no noun it modifies: "grew by a breakneck 9.5%" → what grew), the noun of an "of" phrase ("revenue of $4m" → `revenue`, "60% of the workers" → `workers`, also after a restatement in brackets: "3m euros (£2.1m) of aid" → `aid`, also when counted: "30% of the 2,000 workers"; a count taken from a definite whole: "three of the ten members" → `members`, while the noun after a vague count is its unit: "millions of Americans"), what a change noun applies to ("a 3% drop in exports" → `exports`, "an export drop of 3%" → `export`, also when the change noun hangs on a verb: "paid for from a 1% tax rise" → `tax`; a place after "in" says where, not what: "GDP growth of 2% in Peru" → `GDP`), the object of the verb the phrase of an amount hangs on ("sold the plant for $5m" → `plant`); a measure noun keeps its owner or market phrase ("shares in Acme", "prices at the pump", without a clause or apposition hung on it); a conjoined or listed number reads as its first conjunct ("Acme has 40 shops and 12 depots" → `Acme` for both, "Lee had 28 points, 10 rebounds and 7 assists" → `Lee` for all); for a count or a duration, whoever has or does it ("Ford has 13,000 workers" → `Ford`, also the "by" agent of a counted passive subject: "300 homes were destroyed by the fire" → `fire`, and the noun a participle with a counted object modifies: "laws affecting 750,000 people" → `laws`, "Japan\'s 600 judges" → `Japan`, "the four owners of the firm" → `firm`: an "of" phrase with a name or a determiner says whose they are: the counted noun is `unit` and is never the `about`; "left the group with three divisions" → `group`, the object of a giving verb; "he wore a uniform for five years" → the subject; a measured act, by who does it: "ran a 40-yard dash" → the runner, "landed after a 12-hour flight" → what landed, "Bolton\'s 10-game run" → `Bolton`; the parties a noun is between or among have none: "the rivalry between the two clubs" → null); a time ("last year", "in May") is never the `about`; on a results-table line ("Shr 22 cts vs 13 cts") the line\'s label. A pronoun or a bare quantifier subject is passed over to the clause above it ("Acme said it cut 500 jobs" → `Acme`, "the boat drifted, but most sank 30 feet deep" → `boat`); an "it" or "they" subject no clause above names stands for the noun before it that agrees in number and is no person: in a coordinated clause (or one after a semicolon or a colon) the nearest subject or object before it, opening a sentence the main subject of the sentence before in the same paragraph ("Oil prices rose. They climbed 3%" → `Oil prices`; also for a count: "It employs 700 people" → the firm named before; and in a clause reported by a speech verb after it: "The phone is new. It costs $5, the firm said" → `phone`, not the speaker, who is taken only when no noun before agrees and the speaker does: "It has 40 stores, the company said" → `company`, "It costs $5, he said" → null; an "it" of "take" or "cost" that stands for an infinitive after it is who it takes, else what the infinitive acts on: "it took Acme nine years to ..." → `Acme`, "it will take £40m to stage a takeover" → `takeover`), else nothing, and then no noun after the number is taken instead ("It lost 2% against the dollar" → null); a coordinated subject is measured whole ("Exports and imports fell 5%" → `Exports and imports`); a direction word in a verbless clause measures its own subject or the object of "with" before it ("closed with the index up 1.2%" → `index`), and so does the level after it ("with sales down 3% at 1.06 million" → `sales`); a measure adjective measures the noun it describes ("a stake worth $40m" → `stake`, "a wall 3 metres high" → `wall`); a participle phrase measures the noun it modifies ("rugs priced at $90" → `rugs`; also a participle of yield or price right after a noun, however the parse hangs it: "sold notes due 1997 yielding 13% and priced at 101" → `notes` for both; also a participle of amount: "a deal totalling $375m" → `deal`, "strikes lasting two hours" → `strikes`, not "averaging", mostly said of the subject); a signed figure in a market list belongs to the name before it ("DAX +0.9%" → `DAX`); a noun that only marks a level passes to what reached it ("sold for a record $44m" → the thing sold, "hit a high of $58", "a record low of 1.5%", "hit a six-year high"). A share "of which" is of the whole the relative clause hangs on, or of what that figure measures ("sales were $5m, of which 40% came from exports" → `sales`). A share keeps its whole also when the "of" phrase is fronted ("Of the bondholders, 38% live abroad" → `bondholders`, "Of those asked, 62% ..." → `those asked`; also for the shares listed after it with the verb left out: "38% live in Peru, 15% in Chile and 3% in Spain"), but after a copula the subject is measured ("the deficit was 3.2% of GDP" → `deficit`), as it is when a change or level verb gives the share as a level ("the deficit fell to 2.9% of GDP", "debt stood at 90% of output" → the subject); a number that is itself the subject ("about 70% voted against") has none, unless a copula says what it is ("7/8 pct was the new benchmark spread" → `new benchmark spread`) or it is a sum spent or given ("£4m was spent on marketing" → `marketing`, "$5,000 will be given to the winner" → `winner`). A relative clause on "N of M" is about N ("the price of gold, which hit $1,900" → `price of gold`), also inside a report ("the leaflet, which officials say cost £2,500" → `leaflet`); of two subjects the parse gives one verb, the one after a comma next to it is measured ("In Leeds, the city with the highest rents, inflation rose to 7%" → `inflation`); a clause without its own subject takes the object of the verb above ("asked firms to pay £350m" → `firms`). A title line the parse joined to the text below it lends nothing: the `about` stays on the number\'s line (the lead\'s first noun phrase when the parse found it only across the line). A duration that says when rather than how long ("over the past two years" before its verb, "every 76 years", "five years later", "in the three months to December", minutes on a clock: "after 45 seconds", "two minutes into extra time"; the span of a record or a first: "the highest level in 12 years", "the first strike for 25 years"; a period bounded by an event or a clause, or its opening part: "in the two years after the merger", "in the first three months"; a wait from now or a period something happens in: "in three weeks\' time", "will be ready in three years", "within two years of release") has none, while how long something lasts keeps who or what lasts ("was closed for three months" → the subject; also "the past (last) N years" after its verb, up to now: "Acme has been hit by strikes over the past two years" → `Acme`, not with a pronoun subject, nor a reporting period: "in the last three months of 2004"); a duration with only a pronoun subject takes no noun nearby ("In 72 hours, he found a buyer" → null), nor the place or event after it ("she spent four days in hospital" → null). An age is whoever is that old: the noun it modifies ("the 27-year-old winger" → `winger`), and "at (from, by) the age of N" reads as "the age" in the clause ("the singer died at the age of 93" → `singer`); a pronoun gives none and no noun nearby is taken ("she began from the age of 14" → null). Figures in brackets restate the figure before them and share its `about`, `change` and qualifier ("just under 296 hp (224 kW)"); so does a figure in an apposition ("grew 0.4%, an annual rate of 1.6%" → what grew). A conjunct whose verb is left out measures the noun phrase before its figure ("rents rose by 3% and house prices by 5%" → `house prices`); an amount taken "off" something measures it ("knocked 0.2% off the growth rate" → `growth rate`) and so does an amount something is sent up or down by ("the news sent shares in Acme up 8p" → `shares`); "N worth $X" measures N ("manages assets worth £12bn" → `assets`); a relative "which" never stands for a person ("a bonus for the director, Jane Smith, which was worth $2m" → `bonus`). A bare noun after "in" right after a sum says what the sum is made of ("gave $700m in aid" → `aid`; not a time, place or name, nor a noun with a determiner: "in the deal", nor after a price: "for $5m in cash"); a change noun after "after", "following", "to", "from", "since" or "before" on a verb is its subject\'s ("sales rose 2% after a 1% fall in May" → `sales`); a figure listed after another figure reads as the first ("compared with 12% in Spain, 10% in Italy" → what the 12% measures); a figure compared with one of the same kind before it measures the same, also when more are listed after it ("26% of networks used it, compared to 30% in Paris, 31% in Rome" → `networks` for all, "sales were $40m against $32m"), unless it has a noun phrase of its own ("a profit of $5m, compared with a loss of $2m" → `loss`); so does a figure the parse joined to the noun phrase of the figure before it ("growth of 1.5% in Peru and 2.2% in Chile" → what the 1.5% measures); "in the range (region, vicinity) of", "a maximum (minimum) of", "to the tune of" and "in excess of" mark a level, as does "the N mark (threshold, barrier, level)": what reached it is measured; a noun phrase whose "of" phrase (or another last phrase of a preposition or "due") is another figure is cut before it ("a profit of $2.4m, up from $1.9m" → `profit` for both, "a 20% stake in Acme for $40m" → `stake in Acme`, "a $30m issue of notes due 1997" → `issue of notes`); a share of "those" keeps the clause that says who they are ("51% of those polled" → `those polled`), and a bare share in the sentence of a share with its whole is of that whole ("45% of voters … and 24% would back it" → `voters`); a verb of share (account for, represent, constitute, comprise, make up, take up) measures its subject, as a copula does ("tourism accounts for 12% of income" → `tourism`). A bare "a total of" or "an average of" only frames the figure and is never the `about` ("A total of 3,028 adults were polled" → null; "the eurozone average of 2%" names what is averaged). A demonstrative subject opening a sentence ("That was 26% more", "This compares with 2.9%") stands for the main subject of the sentence before, as "it" and "they" do (of either number); after a sentence of reported speech that is the subject of the reported clause, not the speaker ("Acme will report a loss, analysts said. It …" → `Acme`). The "it" of a verb of a thing\'s measure (cost, weigh, measure, last) is never the speaker of the clause above nor a noun nearby ("Acme says it will cost $5" → null), and a bare quantifier subject ("Many earn $300 a week, the study found") takes no noun nearby. "aged N" the parse hangs on an object that is no person is the age of the verb\'s subject ("died of cancer aged 67" → who died; "classes for children aged 5" → `children`); "the 29-year-old" as a noun names a person by age: null (after "as" the subject\'s age: "joined as a 20-year-old" → who joined). A change noun compared with the clause\'s own change is of the clause\'s subject ("loans rose 13.8%, compared with a 4.5% increase" → `loans`); one after a change noun subject is of what that change applies to ("the rise in energy costs followed a 3% rise" → `energy costs`). A sum spent, paid or given as an object is about what it is spent on, paid for or given to ("spent £2bn on hospitals" → `hospitals`, "paid $40m for the brand" → `brand`; also after "a total of": "a total of £40m was earmarked for schools" → `schools`), and "with $N" on a verb is the subject\'s ("topped the chart with $12m" → the subject) unless the verb provides ("provided the hospital with £3m" → `hospital`); "$N worth of X" measures X; a price "at N each" (or "apiece") is the object\'s; "with X on (at) N" is X\'s ("ended with the Greens on 12%" → `Greens`); a participle of price after a noun and a comma measures the noun ("a licence, costing £60," → `licence`); a sum before a possessive noun is the possessed thing\'s ("his £9,000 director\'s fee" → `director\'s fee`); a bound right after a noun bounds it ("earnings over £100,000" → `earnings`, "speeds up to 50Mbps", "pushed claims up to $37bn" → `claims`); ", or N" restates the figure before it in another unit ("profits of $3.1m, or 37 cents a share" → `profits`) unless it has its own "of" whole; "compared with N for X" after the figure of a named holder is X\'s ("Brazil accounted for 31%, compared with 22% for Chile" → `Chile`); a year before a noun is a date, not a figure ("cut its 2006 growth forecast from 2.1% to 1.5%" → `growth forecast`); a weekday is never the `about`; a count\'s unit (or "strong") hyphened to it is no part of the noun it describes ("a 23-man squad", "a 23-strong squad" → `squad`); a phrase never crosses a spaced dash ("did well - Acme sales rose 8%" → `Acme sales`) and keeps a hyphened last word whole ("a $3bn bail-out" → `bail-out`). Null for dates, years and ordinals',
        ),
        Column(
            "about_start",
            pl.Int64,
            "start of `about` in `articles.text` (null with it)",
        ),
        Column(
            "about_end",
            pl.Int64,
            "end of `about` (exclusive; null with it)",
        ),
        Column(
            "about_entity_id",
            pl.String,
            "the catalog entity of a mention inside the `about` span (the last one, the head of the phrase), else null",
            references="entities.entity_id",
        ),
    ),
    sort_keys=("article_id", "start", "end", "number_id"),
    checks=(*SPAN_CHECKS, ABOUT_SPAN_OK),
)
