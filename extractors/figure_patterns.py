"""Regular expressions of the figures extractor, compiled once from `figure_lexicon`.

One master pattern finds every number (digits or number words) and a few run patterns
find stretches whose numbers are never figures (phone numbers, addresses); each scans the
text once. All others are anchored at a known position (`pattern.match(text, pos)`, or a
search bounded to a few dozen characters) to read the tokens around one number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .figure_lexicon import (
    BACK_REFERENCES_AFTER,
    BACK_REFERENCES_BEFORE,
    DURATION_ADJECTIVES,
    NAMING_NOUN_ENDINGS,
    NUMBER_WORD_PIECES,
    PHONE_CUES,
    QUALIFIERS,
    UNIT_ABBREVIATIONS,
)


def _alternation(words: Iterable[str]) -> str:
    """An alternation that tries longer words first, so "km/h" wins over "km"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_GAP = r"[^\S\n]"  # a space that stays on the line
_GROUP_SPACE = "[ \u00a0\u2009\u202f]"  # the spaces German texts group thousands with
_PIECES = "|".join(NUMBER_WORD_PIECES)  # order matters, see the lexicon
_DURATION_ADJ = _alternation(DURATION_ADJECTIVES)

# Every number of the text. `digits` also takes what only looks like a number ("14.03.2022",
# "2019/0873", "10:30") so that it can be rejected whole instead of read in pieces;
# possessive quantifiers keep a megabyte of digits a single linear match.
NUMBER = re.compile(
    rf"""
    (?P<digits>(?<![\w.,/@#=&?_])(?<!\d[.,])
        (?:\d{{1,3}}(?:{_GROUP_SPACE}\d{{3}}(?!\d))++(?:,\d+)?(?![.,:/]\d)
          |\d++(?:[.,:/]\d++)*+))
    |(?P<word>\b(?i:(?:{_PIECES})++)(?:-?(?P<wadj>(?i:{_DURATION_ADJ}))[a-zäöüß]*+)?\b)
    |(?P<one>\b[Ee]in(?:e|er|em)?(?P<half>{_GAP}+halben?)?(?={_GAP}+Milli(?:on|ard)))
    """,
    re.VERBOSE,
)

# "81-jährige", "3-tägigen" right after the digits.
DIGIT_ADJECTIVE = re.compile(rf"-(?P<adj>(?i:{_DURATION_ADJ}))[a-zäöüß]*+\b")

# Runs of digit groups that are telephone or fax numbers, post boxes, bank accounts, ISO
# dates: every number inside them is skipped. With a cue word the run is taken whatever
# its shape; without one, a run that starts with a 0 and holds six digits or more.
# The first-character lookaheads let the engine skip most positions at once.
_PHONE_CUE = _alternation(PHONE_CUES)
_CUE_INITIALS = "".join(sorted({w[0] for w in PHONE_CUES} | {"I", "B"}))
PHONE_RUN = re.compile(
    rf"""
    (?=[{_CUE_INITIALS}])(?<!\w)(?:{_PHONE_CUE}|IBAN|BIC)(?!\w)\.?{_GAP}*:?{_GAP}*(?:Nr\.{_GAP}*)?
        (?:[A-Z]{{2}})?[+(]?\d(?:[\d \u00a0/()\-–]*\d)?
    |(?=[+0])(?<![\w.,])(?:\+\d{{2}}|0)(?:[ \u00a0/()\-–]*+\d){{5,}}
    |(?=\d)(?<![\w.,])\d{{4}}-\d{{2}}-\d{{2}}(?!\d)
    |(?=\d)(?<![\w.,-])\d{{1,2}}-\d{{1,2}}-\d{{4}}(?![\d-])
    """,
    re.VERBOSE,
)
# File numbers after their label, whole: "Az. 4 Ls 112 Js 3387/23", "Geschäftszeichen: 61.2-14".
FILE_NUMBER_RUN = re.compile(
    rf"(?<!\w)(?:Az\.|AZ:|Aktenzeichen|Geschäftszeichen|Gz\.|GZ:|Drucksache|Drs\.|Vorlage(?:n-?Nr\.)?)"
    rf"{_GAP}*:?{_GAP}*[\w./\-–]*\d[\w./\-–]*"
    rf"(?:{_GAP}+(?:[A-Za-zÄÖÜäöü]{{1,3}}\.?|[\w./\-–]*\d[\w./\-–]*)(?=[\s),;]|$)){{0,6}}"
)
# Web and mail addresses; only searched for when the text holds "www.", "://" or "@".
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+")
MAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]+\.[\w.-]+")
# A quoted span; a name when the word before it is a naming noun (Motto „25 Jahre – 25
# Geschichten“, Landesprogramm „Gute Schule 2020“).
QUOTED = re.compile(r"„[^“”\"\n]{1,120}[“”\"]|\"[^\"\n]{1,120}\"|»[^«\n]{1,120}«")
NAMING_WORD_BEFORE = re.compile(rf"(?i:{_alternation(NAMING_NOUN_ENDINGS)}){_GAP}*:?{_GAP}*\Z")


# What follows a number: a multiplier, a unit symbol or abbreviation, or words.
MULTIPLIER_AFTER = re.compile(
    rf"{_GAP}*(?P<mult>Millionen|Million|Milliarden|Milliarde|Billionen|Billion|Mio\.|Mrd\.|Tsd\."
    r"|Mio|Mrd|Tsd|[Tt]ausend)(?![\w-])"
)
UNIT_ABBREVIATION_AFTER = re.compile(
    rf"{_GAP}{{0,2}}(?P<abbr>{_alternation(UNIT_ABBREVIATIONS)})(?![\w²³/-])"
)
# One word after a number: "Arbeitsplätze", "IT-Fachkräfte", "3D-Drucker", "Schüler*innen",
# "Nil-" (the first half of "Nil- und Kanadagänse"). A line break may stand between words,
# a blank line may not.
TOKEN_AFTER = re.compile(
    rf"(?:{_GAP}+|{_GAP}*\n{_GAP}*)[„\"»«‚]?(?P<w>(?:\d+[^\W\d_]*-)?[^\W\d_][\w-]*(?:[*:/][\w-]+)*|bzw\.)"
)
# A number to dial: "112 wählen", "die 110 anrufen".
DIAL_AFTER = re.compile(rf"{_GAP}+(?:wählen|wählt|wählte|anrufen|anruft|rufen)(?!\w)")
# A time of day written with minutes: "12.30 Uhr", "9:45 h".
CLOCK_TIME = re.compile(rf"(?:[01]?\d|2[0-4])[.:][0-5]\d{_GAP}*(?:Uhr|h)(?!\w)")
# The money dash of "5,- Euro".
MONEY_DASH = re.compile(r",[-–](?!\d)")
# "am 2. und 4. Montag": an ordinal listed after another one.
ORDINAL_LIST_BEFORE = re.compile(rf"\d\.{_GAP}*(?:,|und|oder|bis|sowie){_GAP}*\Z")
# The period after "N." and the word after it, to tell ordinals from sentence ends.
AFTER_PERIOD = re.compile(rf"\.{_GAP}*(?P<next>[\w(„\"]?)(?P<rest>\w*)")

# Qualifiers written before a number, searched in the few characters before it.
QUALIFIER_BEFORE = re.compile(rf"(?<![\w.])(?P<q>{_alternation(QUALIFIERS)}){_GAP}+\Z", re.IGNORECASE)
# "minus 5 Grad": the number is negative.
# An ASCII hyphen counts only glued to the number after a space or bracket ("-8 °C"), never
# between two numbers ("20-30", "5.000 - 6.000").
MINUS_BEFORE = re.compile(rf"(?:(?<!\w)minus{_GAP}+|(?<![\w−])−|(?<![^\s(\[])(?<!\d\s)-)\Z", re.IGNORECASE)
# A currency written before the number: "€ 50", "EUR 1.200".
CURRENCY_BEFORE = re.compile(rf"(?<!\w)(?P<cur>€|EUR|Euro){_GAP}?\Z")

# Back references: "von denen 2.700", "davon stammen 650.000", "knapp 9.000 davon".
BACK_REFERENCE_BEFORE = re.compile(
    rf"(?<!\w)(?:{_alternation(BACK_REFERENCES_BEFORE)})(?:{_GAP}+\w+){{0,2}}{_GAP}+\Z",
    re.IGNORECASE,
)
BACK_REFERENCE_AFTER = re.compile(rf"{_GAP}+(?:{_alternation(BACK_REFERENCES_AFTER)})(?!\w)", re.IGNORECASE)
# "Geschlossen haben auch vier, unter ihnen ...": a group named before.
GROUP_AFTER = re.compile(rf",{_GAP}*(?:unter{_GAP}+ihnen|darunter)(?!\w)", re.IGNORECASE)
# "sind es rund 210.000", "waren es 40": the number stands for what the sentence before counted.
ES_BEFORE = re.compile(rf"(?<!\w)es(?:{_GAP}+\w+){{0,2}}{_GAP}+\Z")
# "Brände gab es 512": the clause opens with the noun it counts.
ES_TOPIC = re.compile(rf"(?P<noun>[A-ZÄÖÜ][\w-]*){_GAP}+[a-zäöüß]+{_GAP}+es(?:{_GAP}+\w+){{0,2}}{_GAP}+\Z")
# "auf 40 begrenzt", "bei 35,2", "von 214 auf 301 gestiegen": a bare number that measures
# the clause's subject.
SUBJECT_MEASURE_BEFORE = re.compile(rf"(?<!\w)(?:auf|bei|um|von){_GAP}+\Z")
# "Statt bisher vier sollen sechs Impfstraßen ...": the number takes the unit of the next one.
INSTEAD_BEFORE = re.compile(
    rf"(?<!\w)(?:statt|anstatt|anstelle\s+von)(?:{_GAP}+\w+)?{_GAP}+\Z", re.IGNORECASE
)
# A bare number after an article counts only what was just named ("zu den fünf, die es
# gibt"); otherwise it names a line or a phone number ("über die 112", "die 306 fährt").
ARTICLE_BEFORE = re.compile(rf"(?<!\w)(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em)(?:{_GAP}+[a-zäöüß]+en)?{_GAP}+\Z")
# "38 Ratsmitglieder stimmten dafür, 21 dagegen, zwei enthielten sich": a parallel clause.
PARALLEL_BEFORE = re.compile(rf"(?:,|(?<!\w)und){_GAP}*\Z")
# The first noun of a clause after its article: "Die Plätze sind ...", "Die Zahl der Teilnehmer".
CLAUSE_SUBJECT = re.compile(
    r"(?<!\w)(?:[Dd](?:ie|er|as|en|em|es)|[Dd]iese[rsnm]?)\s+(?:[a-zäöüß]\w*\s+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\w-]*)(?:\s+(?:der|des)\s+(?:[a-zäöüß]\w*\s+){0,2}(?P<of>[A-ZÄÖÜ][\w-]*))?"
)

# What may stand between the two numbers of a range ("20 bis 30", "zwischen 20 und 30",
# "von 2,1 auf 2,4", "31 von 42") or of a list of identifiers ("Buslinien 311, 312 und 323").
RANGE_GAP = re.compile(
    rf"{_GAP}*(?:(?P<dash>[-–—])|(?P<word>bis|oder|bzw\.|beziehungsweise|und|auf|von|statt|mal|x|×|zu|gegen"
    rf"|der|den|dieser)){_GAP}*"  # "40 der 310 Ladenlokale"
    rf"(?:(?:um|an|in|bei){_GAP}+)?"  # "um 11 und um 14 Uhr", "an sechs statt an 31 Haltestellen"
    rf"(?:(?:derzeit|aktuell|bisher|bislang|zuletzt|damals|heute|inzwischen|ursprünglich){_GAP}+)?"
    rf"(?:(?:rund|etwa|knapp|über|ca\.|circa|insgesamt|mehr{_GAP}+als){_GAP}+)?"
    rf"(?:(?<=\s)[-−]|minus{_GAP}+)?"  # "von -8 bis -3 Grad"
)
LIST_COMMA = re.compile(rf"{_GAP}*,{_GAP}*")
LIST_GAP = re.compile(rf"{_GAP}*(?:,|und|oder|sowie|bis|u\.|/|-|–){_GAP}*(?:,{_GAP}*)?|{_GAP}+")
ZWISCHEN_BEFORE = re.compile(rf"(?<!\w)zwischen{_GAP}+(?:\w+{_GAP}+)?\Z", re.IGNORECASE)
VON_BEFORE = re.compile(rf"(?<!\w)von{_GAP}+(?:\w+{_GAP}+)?\Z", re.IGNORECASE)
# "im Alter von 81 Jahren", "Kinder ab sechs Jahren".
AGE_BEFORE = re.compile(rf"(?:Alter|Lebensjahr)\w*{_GAP}+(?:von|ab|bis|zwischen){_GAP}+\Z")
AGE_LIMIT_BEFORE = re.compile(rf"(?<!\w)(?:ab|bis|unter|über|zwischen|von){_GAP}+\Z")
# Ages without the word "Jahre": "mit ihren 82", "Holger Mattern, 71, sagte", "Anna Beck (34)",
# "Der Jüngste ist 16".
AGE_POSSESSIVE_BEFORE = re.compile(rf"(?<!\w)mit{_GAP}+(?:seinen|ihren){_GAP}+\Z")
AGE_APPOSITION_BEFORE = re.compile(rf"[A-ZÄÖÜ][\w-]+{_GAP}+[A-ZÄÖÜ][\w-]+{_GAP}*[,(]{_GAP}*\Z")
AGE_APPOSITION_AFTER = re.compile(rf"{_GAP}*[,)]")
AGE_SUPERLATIVE_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?:jüngst|ältest)\w*[^,.;:!?]*?(?<!\w)(?:ist|war){_GAP}+(?:\w+{_GAP}+)?\Z"
)
