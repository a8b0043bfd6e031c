"""Language cues more than one stage reads: who governs, who speaks, questions, the past."""

from __future__ import annotations

import re

from kamertaak.core.extract.quick import quick

_I = re.IGNORECASE

GOVERNMENT_WORD = re.compile(r"\b(?:minister\w*|staatssecretaris\w*|kabinet|regering|bewindspersoon|ministerie)\b", _I)
# Who governs a municipality, a province or a water board, as their own texts name them: the wethouder, the college
# (van B&W, van burgemeester en wethouders, van Gedeputeerde Staten), the burgemeester, a gedeputeerde, Gedeputeerde
# Staten, the commissaris van de Koning, the dijkgraaf and the dagelijks bestuur. Not "het College voor de Rechten van
# de Mens", "het college van bestuur" nor any other body called a college "voor" or "van" something else.
LOCAL_GOVERNMENT_WORD = re.compile(
    r"\b(?:wethouders?|gedeputeerden?|(?:loco-?)?burgemeester|dijkgraaf|heemraden|commissaris\s+van\s+de\s+Koning"
    r"|Gedeputeerde\s+Staten|(?-i:GS)|dagelijks\s+bestuur"
    r"|college\s+van\s+(?:B\s*(?:&|en)\s*W|burgemeester\s+en\s+wethouders|Gedeputeerde\s+Staten|GS|dijkgraaf)"
    # lower case, and not a college of something else: "het college van bestuur", "het college voor toetsen"
    r"|(?:het|dit|ons|uw)\s+(?-i:college)(?!\s+van\s)(?!\s+voor\s+(?:de\s+|het\s+)?(?-i:[A-Z])))\b",
    _I,
)
# What the government of a municipality, a province or a water board writes to its council as "uw Kamer": "uw raad",
# "uw Staten", "uw vergadering", "uw bestuur"
ADDRESSED_COUNCIL = re.compile(r"\buw\s+(?:gemeente)?raad\b|\buw\s+(?:Staten|vergadering|algemeen\s+bestuur)\b", _I)
FIRST_PERSON = re.compile(r"\b(?:ik|wij|we)\b", _I)
QUESTION = re.compile(
    r"\?|\bvra(?:agt|agde|gen)\b.{0,30}\bof\b|\bwil weten\b|\bpleit\w*\b|\bvraagt zich af\b|\broept\b.{0,60}\bop\b|"
    r"\bdring\w*\b.{0,60}\baan\b|\bverzoekt\b",
    _I,
)
# A promise asked for, in any words: a member asks, hopes or calls for it ("vraagt de minister toe te zeggen dat",
# "vraagt of de staatssecretaris kan toezeggen dat", "zou graag de toezegging krijgen dat", "riep de minister op
# toe te zeggen"), or asks it turned round ("Kan de staatssecretaris mij toezeggen dat ..., vroeg zij"). The verb, not
# the noun: "op verzoek van", "naar aanleiding van vragen van" introduce a promise given; the promise as the thing
# asked for ("de toezegging krijgen", "om de toezegging dat"), not a topic ("verneemt graag ... de termijnen waarop de
# toezeggingen zullen worden nagekomen").
_ASKED_TO_PROMISE = re.compile(
    r"(?:(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)(?<!\bop\s)(?<!\bvan\s)(?<!\bnaar\s)(?<!\bdeze\s)(?<!\bhaar\s)"
    r"(?<!\bzijn\s)\b(?:vraag|vraagt|vragen|vroeg|vroegen|verzoek|verzoekt|verzoeken|verzocht|verzochten|wil\w*\s+weten"
    r"|hoop|hoopt|hopen|hoopte|hoopten|roept|roepen|riep|riepen|dringt|dringen|drong|drongen|graag)\b"
    r"|^\W*(?:kan|kunt|wil|wilt|zal|zou|is)\s+(?:de|het|u)\b)"
    r"(?:(?!\b(?:zegt|zegde|zegden|zei|zeiden)\b)[^.;?]){0,100}?\b(?:toe\s+te\s+zeggen|toezeggen|toezegging(?:en)?(?=\s+(?:krijgen|te\s+krijgen|dat|om)\b))",
    _I,
)
# ... and given in the same sentence after all: "..., wat de minister toezegt", "en dat zegde zij toe"
_GIVEN_AFTER_ALL = re.compile(
    r"\b(?:zegt|zegde|zegden|zei|zeiden)\b[^.;?]{0,60}?\btoe\b(?!\s+te\b)|\btoe(?:zegt|gezegd)\b", _I)


def asked_to_promise(text: str) -> re.Match[str] | None:
    """Where a sentence asks for a promise, not given in it: what follows the asking is asked for, not promised."""
    if "toe" not in text.lower():
        return None
    asked = _ASKED_TO_PROMISE.search(text)
    if asked is None or _GIVEN_AFTER_ALL.search(text, asked.end()):
        return None
    return asked


# "eerder" is the past, not in "zoveel eerder als mogelijk" or "niet eerder dan".
PAST_MARKER = re.compile(
    r"(?<!zoveel )(?<!zo )(?<!niet )\beerder\b(?!\s+(?:als|dan|mogelijk)\b)"
    r"|\b(?:jl\.|vorige week|vorige maand|vorig jaar|destijds)",
    _I,
)
# The main verb in the past: "was", "werd", "heeft ... gestemd"
PAST_TENSE_MAIN = re.compile(
    r"\b(?:was|waren|werd|werden|had|hadden)\b|\b(?:heeft|hebben)\b[^.;]{0,80}?\bge\w+(?:d|t|en)\b"
    r"|\b(?:is|zijn)\b[^.;]{0,60}?\b(?:afgelopen|geweest|gebleken|afgerond)\b",
    _I,
)
# A vote that went against a motion, by any verb of the family the rejection lists did not have: "werd weggestemd",
# "stemde de motie weg", "is gesneuveld", "is gestrand", "heeft het niet gehaald". Kept apart from the adoption
# words so a rejection is never read as adopted for a "meerderheid" after it ("weggestemd door een ruime
# meerderheid"). Not "afgestemd" (agreed with someone).
VOTED_DOWN = (
    r"\bweg(?:ge)?stem(?:d|t|de|den|men)\b|\bweg\s+te\s+stemmen\b"
    r"|\bstem(?:t|de|den|men)\b[^.;]{0,100}?\bweg\b(?!\s+(?:van|uit|naar|bij)\b)"
    r"|\bgesneuveld\b|\bgestrand\b|\bhe(?:eft|bben)\s+het\s+niet\s+gehaald\b"
)


# An event told as held, in the main clause: "Op donderdag 20 december vonden de laatste stemmingen plaats", "Het
# debat werd op 3 maart gehouden", "heeft plaatsgevonden". It is over: its day, also one read without a year
# (counted from today when the text has no date), is no term to come. What an aside says between commas ("het
# debat, dat in maart werd gehouden, krijgt op 12 mei een vervolg") is not the sentence's tense.
_HELD = re.compile(
    r"\bvond(?:en)?\b[^.;]{0,120}?\bplaats\b|\bplaatsgevonden\b|\bh(?:ield|ielden)\b[^.;]{0,80}?\b(?:debat\w*|stemming\w*"
    r"|overleg\w*|hoorzitting\w*|rondetafel\w*)|\b(?:werd|werden|is|zijn|was|waren)\s+(?:\w+\s+){0,10}?(?:gehouden|gevoerd)\b"
    # not "is gehouden om / te" (is bound to)
    r"(?!\s+(?:om|te|tot|aan)\b)",
    _I,
)
_HELD_ASIDE = re.compile(r",\s+(?:die|dat|wat|waarin|waarop|waarmee|waarover)\s[^,;]*,", _I)


def told_as_held(sentence: str) -> bool:
    """Whether the sentence's main clause tells an event as held (over)."""
    return bool(_HELD.search(_HELD_ASIDE.sub(",", sentence)))


# Asked only about sentences with one of their words in them (quick.py: the same answers, sooner).
(PAST_MARKER, GOVERNMENT_WORD, LOCAL_GOVERNMENT_WORD, ADDRESSED_COUNCIL) = map(
    quick, (PAST_MARKER, GOVERNMENT_WORD, LOCAL_GOVERNMENT_WORD, ADDRESSED_COUNCIL))


# A news page telling its own update: "Dit bericht is op 14 juni geactualiseerd na de stemmingen", "Dit artikel werd
# aangevuld nadat de Kamer had gestemd"
TEXT_UPDATED = re.compile(
    r"^(?:\W*(?:update|naschrift)\W+)?(?:dit|deze)\s+(?:\w+)?(?:bericht|artikel|blog|stuk|pagina|item|overzicht)\s+"
    r"(?:is|werd|zijn|werden|wordt)\b[^.;]{0,60}?\b(?:bijgewerkt|geactualiseerd|aangevuld|aangepast|gewijzigd|geüpdatet"
    r"|ge-updatet|herzien)\b",
    re.IGNORECASE,
)


# A letter's head wherever the lines were joined: "Nr. 12 BRIEF VAN DE MINISTER ... Aan de Voorzitter van de
# Tweede Kamer der Staten-Generaal"
LETTER_HEAD = re.compile(
    r"\bBRIEF VAN DE (?:MINISTER|STAATSSECRETARIS)\b|\bAan de Voorzitter van de (?:Tweede|Eerste) Kamer\b")

# A letter's opening saying what it is, a reply (u4): "Hierbij ontvangt u, mede namens de minister van X, een reactie op
# het verzoek van de vaste commissie", "Met deze brief ontvangt uw Kamer de antwoorden op de vragen van het lid Y"
LETTER_IS_A_REPLY = re.compile(
    r"\b(?:hierbij|hiermee|met\s+deze\s+brief)\s+(?:ontvangt|krijgt)\s+(?:u|uw\s+Kamer)\b(?:\s*,[^,.;]{0,120},)?\s+"
    r"(?:een|de|mijn|onze)\s+(?:\w+\s+)?(?:(?:kabinets|beleids)?reactie|antwoorden|beantwoording)\s+(?:op|van|inzake|over)\b",
    re.IGNORECASE,
)


# A day someone will not commit to: "wil niet garanderen dat", "kan geen garantie geven dat", "wilde niet beloven dat"
NOT_GUARANTEED = re.compile(
    r"\b(?:niet|geen)\s+(?:\w+\s+){0,2}?(?:garanderen|garantie|beloven|belofte|toezeggen|toezegging)\b[^.;]{0,30}?\bdat\b",
    re.IGNORECASE,
)
# Asked of every sentence, rarely there: only sentences with one of their words are searched (quick.py)
(TEXT_UPDATED, LETTER_IS_A_REPLY, NOT_GUARANTEED) = map(quick, (TEXT_UPDATED, LETTER_IS_A_REPLY, NOT_GUARANTEED))
