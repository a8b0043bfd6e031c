"""Motions: announced, submitted (a motion text, a header, a number), and their outcome."""

from __future__ import annotations

import functools
import re

from kamertaak.core.actors import NAME, ExtractedActor, dedupe_actors, normalise_name
from kamertaak.core.extract.cues import PAST_TENSE_MAIN
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import mentions_in, sentence_actors
from kamertaak.core.extract.sentences import Sentence

_I = re.IGNORECASE

# "Vandaar de volgende motie", "ik dien de volgende motie in": a motion text follows.
_MOTION_FOLLOWS = re.compile(
    r"\bvandaar (?:de|mijn) volgende motie\b|\bik (?:dien|wil)\b.{0,40}?\bmoties?\b.{0,20}?"
    r"\b(?:in|indienen)\b|\b(?:dien|dienen) (?:ik|wij|we)\b.{0,40}?\bmoties?\b.{0,20}?\bin\b",
    _I,
)
# Handelingen after a motion text: "Deze motie is voorgesteld door het lid Leijten."
_PROPOSED_BY = re.compile(r"\b(?:deze|de) motie is voorgesteld door\b", _I)
# A motion's own header: "MOTIE VAN HET LID KROL"
_MOTION_HEADER = re.compile(r"\bMOTIE VAN (?:HET LID|DE LEDEN)\b")
# The chair numbers it: "Zij krijgt nr. 82 (29325)."
_GETS_NUMBER = re.compile(r"\bZij krijgt nr\.\s*\d+")

_PUT_TO_VOTE = re.compile(r"\bIn stemming komt\b|\bWij stemmen (?:nu )?over\b", _I)
# "zodat zij is verworpen", "dat deze motie met algemene stemmen is aangenomen"
_OUTCOME_BACKREF = re.compile(
    r"\b(?:zodat (?:zij|hij|deze|het)|deze motie|de motie)\b[^.;]{0,80}?\bis\s+(?:\w+\s+)?(?:aangenomen|verworpen)\b",
    _I,
)
# An agenda or vote list names a motion's subject once: "de motie-Westerveld over een landelijk tarief voor
# jeugdhulpaanbieders (31839, nr. 1012)"; a later "haar motie (31839, nr. 1012)" is that motion.
_LISTED_SUBJECT = re.compile(r"\bmotie\b[^()\n;]{0,80}?\bover\s+(?P<subj>[^()\n;]{3,150}?)\s*\(?\s*$", _I)
_OUTCOME_ONLY = re.compile(r"^(?:Aangenomen|Verworpen|Aangehouden|Ingetrokken)\b")
# "waar moties kunnen worden ingediend" describes the procedure, not a motion
_GENERIC_MODAL = re.compile(r"\bmoties?\b.{0,20}?\b(?:kunnen|kan|mogen|mag) worden\b", _I)
_MOTION_BODY_START = re.compile(r"\bgehoord de beraadslaging\b", _I)
_MOTION_BODY_END = re.compile(r"\borde van de dag\b", _I)
_DICTUM = re.compile(
    r"\b(?:verzoekt|roept|draagt|spreekt (?:als (?:haar|zijn) (?:mening )?)?uit|geeft .{0,20}in overweging"
    r"|besluit)\b.*",
    _I,
)
_DICTUM_LEAD = re.compile(
    r"^(?:verzoekt|roept|draagt)\s+(?:de regering|het kabinet|de minister\w*|de staatssecretaris\w*|"
    r"het presidium|de Voorzitter)(?:\s+(?:van|voor)\s+(?-i:[A-Z])[\w&]+(?:\s+en\s+(?-i:[A-Z])[\w&]+)?)?\s*,?\s*"
    r"(?:op\s*,?\s*)?(?:om\s+)?",
    _I,
)
_REGISTER = re.compile(
    r"\bnr\.\s*(?P<nr1>\d+)\s*\((?P<dos1>\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\)"
    r"|\b(?P<dos2>\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\s*,\s*nr\.\s*(?P<nr2>\d+)",
)
_MOTION_NUMBER = re.compile(r"\b(?:Nr\.|Motie|motie)\s*(?P<nr>\d{1,4})\b")
_DOSSIER = re.compile(r"(?<![\d.,])(\d{2}\s?\d{3})(?:-[A-Z0-9]+)?(?![\d.,]\d)")
# "de motie-Westerveld", "motie-Bikker/Ceder", "de motie Rosenmöller/Jorritsma c.s."
_MOTION_NAMES = re.compile(
    r"\b[Mm]otie-(?P<names>(?:(?:[Vv]an|[Dd]e|[Tt]en|[Tt]er)\s+(?:(?:der|den|de)\s+)?)?[A-Z][\w'’-]*"
    r"(?:\s+(?:van|de|der|den|ter|ten)\s+[A-Z][\w'’-]*)?"
    r"(?:/[A-Z][\w'’ -]*?)*)(?=\s*\(|\s+over\b|\s+c\.s\.|\s+die\b|[,.;:]|\s+\d|\s*$)"
    r"|\b[Mm]otie\s+(?P<names2>[A-Z][\w'’-]+(?:/[A-Z][\w'’-]+)+|[A-Z][\w'’-]+(?=\s+c\.s\.))"
)


def motion_drafts(ctx: Context) -> list[Draft]:
    """Motion texts ("De Kamer, gehoord de beraadslaging, ... orde van de dag") with their header,
    announcement, submitters ("Deze motie is voorgesteld door ...") and number ("Zij krijgt nr.")."""
    sents = ctx.sentences
    drafts: list[Draft] = []
    i = 0
    while i < len(sents):
        header = _MOTION_HEADER.search(sents[i].text) or _MOTION_NUMBER_HEADER.match(sents[i].text)
        body = _MOTION_BODY_START.search(sents[i].text)
        announce = _MOTION_FOLLOWS.search(sents[i].text)
        if not (header or body or announce):
            i += 1
            continue
        first = i
        # find the motion text that starts here or within the next three sentences
        body_at = next((k for k in range(i, min(i + 4, len(sents))) if _MOTION_BODY_START.search(sents[k].text)), None)
        if body_at is None and not header:
            if announce:
                # an announcement followed by "Deze motie is voorgesteld" without the text in between
                follow = next(
                    (
                        k
                        for k in range(i + 1, min(i + 3, len(sents)))
                        if _PROPOSED_BY.search(sents[k].text)
                    ),
                    None,
                )
                if follow is None:
                    i += 1
                    continue
                body_at = follow - 1
            else:
                i += 1
                continue
        last = i
        if body_at is not None and body_at > i and not _MOTION_BODY_START.search(sents[body_at].text):
            last = body_at
        elif body_at is not None:
            last = next(
                (k for k in range(body_at, min(body_at + 15, len(sents))) if _MOTION_BODY_END.search(sents[k].text)),
                body_at,
            )
        dictum_zone = _dictum_zone(ctx, first, last)
        # a motion whose text is read out is submitted, even before the chair numbers it
        status = "submitted"
        conf = 0.95 if header else 0.85
        submitters: list[ExtractedActor] = []
        register = None
        if header:
            submitters = [
                m.actor for m in mentions_in(ctx, sents[first].start, sents[first].end) if m.actor.role == "member"
            ]
            register = _register_near(ctx, first, first)
        # trailing "Deze motie is voorgesteld door ..." and "Zij krijgt nr. ..."
        for k in range(last + 1, min(last + 4, len(sents))):
            t = sents[k].text
            if _PROPOSED_BY.search(t):
                status, conf, last = "submitted", 0.95, k
                submitters = [
                    m.actor for m in mentions_in(ctx, sents[k].start, sents[k].end) if m.actor.role == "member"
                ] or submitters
            elif _GETS_NUMBER.search(t):
                status, conf, last = "submitted", max(conf, 0.9), k
                register = _register_near(ctx, k, k) or register
            elif _MOTION_BODY_START.search(t) or (header and _MOTION_HEADER.search(t)):
                break
        if not submitters and body_at is not None:
            # Handelingen print the signers' names on their own lines under the text
            signers: list[ExtractedActor] = []
            k = last + 1
            while k < min(last + 9, len(sents)) and _SIGNER_LINE.fullmatch(sents[k].text.strip()):
                signers.append(ExtractedActor(normalise_name(sents[k].text.strip()), role="member"))
                k += 1
            if signers:
                submitters, status, conf, last = signers, "submitted", max(conf, 0.9), k - 1
        if not submitters:
            speaker = ctx.speakers.get(first)
            submitters = [speaker] if speaker and speaker.role == "member" else []
        trigger = (sents[first].start, sents[first].end)
        drafts.append(
            Draft(
                "motion",
                status,
                conf,
                first,
                last,
                trigger,
                clause=_dictum_text(ctx, dictum_zone),
                actors=submitters,
                register=register,
                due_zone=dictum_zone,
            )
        )
        i = last + 1
    return drafts


_SIGNER_LINE = re.compile(rf"{NAME}")
_MOTION_NUMBER_HEADER = re.compile(r"^Nr\.\s*\d+\s+MOTIE\b")


def _dictum_zone(ctx: Context, first: int, last: int) -> tuple[int, int] | None:
    start, end = ctx.sentences[first].start, ctx.sentences[last].end
    m = _DICTUM.search(ctx.clean.text, start, end)
    if not m:
        return None
    stop = _MOTION_BODY_END.search(ctx.clean.text, m.start(), end)
    return m.start(), stop.start() if stop else end


def _dictum_text(ctx: Context, zone: tuple[int, int] | None) -> str:
    if zone is None:
        return ""
    text = ctx.clean.text[zone[0] : zone[1]].replace("\n", " ")
    text = re.sub(r",?\s*en\s+gaat\s+over\s+tot\s+de\s*$", "", text.rstrip(" ,;."))  # the body's closing words
    return _DICTUM_LEAD.sub("", text).strip(" ,;.")


def _register_near(ctx: Context, first: int, last: int) -> str | None:
    text = ctx.clean.text[ctx.sentences[first].start : ctx.sentences[last].end]
    m = _REGISTER.search(text)
    if m:
        dossier = (m.group("dos1") or m.group("dos2")).replace(" ", "")
        return f"{dossier}, nr. {m.group('nr1') or m.group('nr2')}"
    n = _MOTION_NUMBER.search(text)
    if n:
        dossier = _dossier_from_context(ctx, ctx.sentences[first].start, n.group("nr"))
        return f"{dossier}, nr. {n.group('nr')}" if dossier else f"nr. {n.group('nr')}"
    return None


_FOOTER = re.compile(r"\b(\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\s*,\s*nr\.\s*(\d+)\b")


@functools.lru_cache(maxsize=4)
def _footers(raw: str) -> dict[str, str]:
    """Number → dossier for every "25 295, nr. 797" in the text (the first one of each number)."""
    out: dict[str, str] = {}
    for m in _FOOTER.finditer(raw):
        out.setdefault(m.group(2), m.group(1).replace(" ", ""))
    return out


def _dossier_from_context(ctx: Context, before: int, number: str) -> str | None:
    """The Kamerstuk dossier a bare "Nr. 797" belongs to: a footer "25 295, nr. 797", else the nearest
    dossier-like number before it."""
    footer = _footers(ctx.raw).get(number)
    if footer:
        return footer
    window = ctx.clean.text[max(0, before - 1500) : before]
    found = [m.group(1) for m in _DOSSIER.finditer(window) if not re.fullmatch(r"(?:19|20)\d\d\d?", m.group(1))]
    return found[-1].replace(" ", "") if found else None


# --- motions named in running text -----------------------------------------------------------------

# A motion noun: "motie", "moties", "motie-Kox", "afkeuringsmotie".
_MOTION_NOUN = re.compile(r"\b(?:afkeurings|wantrouwens)?moties?\b|\bmotie-(?=[A-Z])", _I)
# What the noun phrase says before the noun: a determiner that points back, or a count.
_POINTS_BACK = re.compile(r"\b(?:de|deze|die|dit|haar|zijn|hun|mijn|onze|beide)\s+(?:\w+\s+)?$", _I)
_COUNT = re.compile(
    r"(?:\b\d+|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|"
    r"dertig|veertig|vijftig|zestig|honderd|tientallen|enkele|alle|alle\s+\w+|verschillende|diverse|"
    r"\w+tal))\s+(?:\w+\s+)?$",
    _I,
)
# A relative clause that only says the motions were filed or voted on: "moties die waren ingediend"
_DESCRIBED = re.compile(
    r"^\s*(?:die|dat)\s+(?:[^,;.]{0,100}?\s)?(?:waren|zijn|werden|was|is|werd|hadden|heeft|hebben)\s+(?:\w+\s+){0,3}?"
    r"(?:ingediend|aangenomen|verworpen|aangehouden|ingetrokken|aangekondigd|gestemd)\b",
    _I,
)
# "Ook zijn moties aanvaard": "zijn" second in the sentence is the verb, not "his"
_VERB_ZIJN = re.compile(r"^\S+\s+zijn\s+$", _I)
_DEFINITE = re.compile(r"\b(?:de|deze|die)\s+(?:\w+\s+)?$", _I)
# What the noun phrase says after the noun: its kind, its subject, its submitters, its number.
_OWN_CONTENT = re.compile(
    r"^-?\s*(?:van\s+(?:afkeuring|wantrouwen|treurnis)\b|over\b|om\b|waarin\b|tegen\b|die\b|dat\b|"
    r"met\s+als\s+strekking\b|van\s+(?:het\s+lid|de\s+leden|senator|[A-Z])|[A-Z][\w'’-]+(?:[/ ]|\s*\())",
)
_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdrawn", re.compile(r"\bingetrokken\b|\btrok(?:ken)?\b.{0,80}?\bin\b|\btrek(?:t|ken)?\b.{0,80}?\bin\b"
                             r"|\bin te trekken\b", _I)),
    ("held", re.compile(r"\baan\s+te\s+houden\b|\baangehouden\b|\bhoud(?:t|en)?\b.{0,80}?\baan\b", _I)),
    ("adopted", re.compile(
        r"\baangenomen\b(?!\s+dat\b)|\baanvaard\b|\bzonder stemming aan\w*\b|\bnam(?:en)?\b[^.;]{0,60}?\bmoties?\b"
        r"[^.;]{0,80}?\baan\b|\b(?:kreeg|kregen|haalde|haalden|krijgt|krijgen)\s+(?:wel\s+)?(?:een\s+)?"
        r"(?:ruime\s+|brede\s+|krappe\s+)?meerderheid\b", _I)),
    ("rejected", re.compile(
        r"\bverworpen\b|\bhaalde(?:n)?\s+het\s+niet\b|\b(?:kreeg|kregen|haalde|haalden)\s+geen\s+meerderheid\b"
        r"|\bsneuvelde(?:n)?\b|\bstrandde(?:n)?\b", _I)),
)  # fmt: skip
_SUBMITTED_CUE = re.compile(
    r"\b(?:dient|diende|dienden|dienen)\b.{0,80}?\bin\b|\bingediend\b|\bvoorgesteld door\b"
    r"|\bontra(?:adt|adde|dden|den)\b|\bmede-?ondertekend\b|\b[Ii]n\s+(?:een|haar|zijn|hun)\s+motie\b",
    _I,
)
_ANNOUNCED_CUE = re.compile(
    r"\boverw(?:eeg|eg|oog|og)\w*\b|\bkondig\w*\b.{0,100}?\baan\b|\baan(?:ge)?kondig\w*\b"
    r"|\b(?:zal|zullen|gaat|gaan|wil|willen|wilde|wilden|van plan|voornemens)\b.{0,80}?\b(?:indienen|in te dienen)\b"
    r"|\b(?:indienen|in te dienen)\b.{0,20}?\b(?:zal|zullen|wil|willen)\b|\bin voorbereiding\b",
    _I,
)
# "dient bij het tweeminutendebat een motie in": the present with a later moment is an announcement.
_LATER = re.compile(r"\bbij het (?:tweeminutendebat|vervolg\w*|VAO|VSO|notaoverleg|wetgevingsoverleg)\b|\bstraks\b"
                    r"|\bvolgende week\b|\bmorgen\b|\blater\b", _I)
_PRESENT_SUBMIT = re.compile(r"\b(?:dient|dienen)\b", _I)
# A list follows: "Drie moties werden aangenomen, namelijk:", "De volgende moties werden aangenomen:"
_LIST_FOLLOWS = re.compile(r"(?::|\bnamelijk\b:?|\bte weten\b:?)\s*$|\bvolgende moties\b", _I)
# Who signed along: "mede-ondertekend door X", "samen met X"
_CO_SIGNED = re.compile(r"\bmede-?ondertekend\b|\bsamen met\b|\bc\.s\.", _I)
# "X kondigde dit aan": the announcer of the motion just named.
_ANNOUNCED_THAT = re.compile(r"\b(?:kondig\w*\s+(?:dit|dat|die|deze)\s+aan|(?:dit|dat)\s+kondig\w*)\b", _I)
# The motion's own subject after its noun.
_SUBJECT = re.compile(
    r"^-?[^,;:]{0,60}?(?:\bover\s+|\bom\s+|\bwaarin\s+(?:[^,;:]{0,60}?\s)?(?:wordt\s+)?(?:gevraagd|verzocht|"
    r"opgeroepen|geëist|gevraagd)\s+(?:om\s+)?|\bwaarin\s+|\b(?:die|dat)\s+(?:[^,;:]{0,80}?\s)?(?:verzoek\w*|oproep\w*|"
    r"opriep\w*|roep\w*\s+\S+(?:\s+\S+)?\s+op|vraagt|vragen|vroeg\w*|eist|eisen|eiste\w*|uitspreekt|spreekt\s+uit)"
    r"\s+(?:op\s+)?(?:om\s+)?|\bdie\s+betrekking\s+heb\w*\s+op\s+|\btegen\s+|\bspreekt\s+uit\s+(?:dat\s+)?"
    r"|\b(?:verzoekt|roept)\s+(?:de regering|het kabinet)\s+(?:op\s+)?(?:om\s+)?)(?P<subj>.+)",
    _I,
)
_SUBJECT_STOP = re.compile(
    r"\s+(?:(?:is|zijn|werd|werden|was|waren|heeft|hebben)\s+(?:\w+\s+){0,6}?(?:aangenomen|verworpen|ingetrokken|"
    r"aangehouden|ingediend|aanvaard)|in\s+te\s+dienen|indienen|(?:aan|in)\s*$)\b.*$|\s*[;:]\s*.*$|\s*\(\d.*$",
    _I,
)
# Conjuncts of a plural motion phrase: "moties die het kabinet verzoeken om af te zien van A, van B en C"
_CONJUNCT = re.compile(r",\s+(?=(?:van|om|op|het|de|een|te|dat|geen|niet)\b)|\s+en\s+(?=(?:van|om|op|het|de|een|te|"
                       r"dat|geen|niet)\b)")


def mention_drafts(ctx: Context, skip: set[int]) -> tuple[list[Draft], set[int]]:
    """Motions named in running text, with what the sentence says happened to them. A motion phrase that
    points back ("de motie", "deze moties") without its own subject or submitter tells what happened to the
    motions just named (their outcome, a co-signer); a count ("tien moties") tells it of the listed motions
    after it; any other motion phrase is a motion. Also returns the sentences read as pointing back."""
    drafts: list[Draft] = []
    used: set[int] = set()
    list_status: str | None = None
    i = 0
    sents = ctx.sentences
    while i < len(sents):
        s = sents[i]
        if i in skip:
            list_status = None
            i += 1
            continue
        if drafts and _ANNOUNCED_THAT.search(s.text) and not _MOTION_NOUN.search(s.text):
            last = drafts[-1]
            if i - last.last <= 1 and last.status == "announced":
                last.actors = list(dedupe_actors([*last.actors, *_members(ctx, i, i)]))
                used.add(i)
            i += 1
            continue
        nouns = list(_MOTION_NOUN.finditer(s.text))
        if not nouns and (asked := _kamer_asks(ctx, drafts, i)):
            drafts.append(asked)
            i += 1
            continue
        if nouns and len(s.text.split()) <= 4 and not _register_near(ctx, i, i) and not _MOTION_NAMES.search(s.text):
            i += 1  # a heading: "Aangenomen moties"
            continue
        if not nouns or _GENERIC_MODAL.search(s.text):
            list_status = list_status if s.item else None
            i += 1
            continue
        last_i, outcome_text = _with_outcome_after(ctx, i)
        status, conf, trigger = _status(outcome_text, s)
        if status is None and s.item and list_status:
            status, conf, trigger = list_status, 0.8, (s.start, s.end)
        if status is None or conf is None:
            list_status = list_status if s.item else None
            i += 1
            continue
        phrases = [_phrase(s.text, n) for n in nouns]
        recent = [d for d in drafts if 0 <= i - d.last <= 8]
        phrases = [("back" if kind == "those" and len(recent) >= 2 else "new" if kind == "those" else kind, end, pl)
                   for kind, end, pl in phrases]
        named = _MOTION_NAMES.search(s.text) or _register_near(ctx, i, last_i)
        new = [p for p in phrases if p[0] == "new"] or ([("new", nouns[0].end(), False)] if named else [])
        if not new:
            if any(kind == "count" for kind, _, _ in phrases):
                if _LIST_FOLLOWS.search(s.text):
                    list_status = status
                i = last_i + 1
                continue
            if _apply_back(ctx, drafts, i, status, plural=any(p[2] for p in phrases)):
                used.add(i)
            i = last_i + 1
            continue
        if _LIST_FOLLOWS.search(s.text) and not s.item:
            list_status = status  # "... moties ingediend bij het tweeminutendebat, te weten:" introduces them
        else:
            drafts.extend(_new_motions(ctx, i, last_i, status, conf, trigger, new))
            list_status = list_status if s.item else None
        i = last_i + 1
    return drafts, used


# The Kamer as the one who asks: in a report of votes that is an adopted motion. "Verder vroeg de Eerste Kamer
# studenten op een andere manier te compenseren".
_KAMER_ASKS = re.compile(
    r"\b(?:vroeg|vraagt|verzocht|verzoekt|riep|roept)\s+de\s+(?:(?:Eerste|Tweede)\s+)?Kamer\b"
    r"(?P<a>.*?\bte\s+\w+en\b.*)"
    r"|\bde\s+(?:(?:Eerste|Tweede)\s+)?Kamer\s+(?:vroeg|vraagt|verzocht|verzoekt|riep|roept)\b"
    r"(?P<b>.*?\bte\s+\w+en\b.*)"
)


def _kamer_asks(ctx: Context, drafts: list[Draft], i: int) -> Draft | None:
    s = ctx.sentences[i]
    m = _KAMER_ASKS.search(s.text)
    if m is None or not any(d.status == "adopted" and 0 <= i - d.last <= 8 for d in drafts):
        return None
    clause = re.sub(r"^\s*(?:de regering|het kabinet)?\s*(?:op\s+)?(?:om\s+)?", "", m.group("a") or m.group("b") or "")
    zone = (s.start, s.end)
    return Draft("motion", "adopted", 0.6, i, i, zone, clause=clause.strip(" ,."), due_zone=zone)


# --- what the votes decided, told without the word "motie" ------------------------------------------

# A vote on motions that is over: "Stemmingen over zo'n 60 moties voorbij", "De Kamer heeft over de moties gestemd"
_VOTES_OVER = re.compile(
    r"\b(?:stemming\w*|gestemd|stemde\w*)\b[^.;]{0,80}\bmoties\b[^.;]{0,40}"
    r"\b(?:voorbij|afgelopen|afgerond|achter de rug)\b"
    r"|\b(?:heeft|hebben|is|zijn|werd|werden)\b[^.;]{0,60}\bgestemd\b[^.;]{0,40}\bmoties\b",
    _I,
)
# What a result says the motions brought: an obligation, a right, something that comes.
_RESULT = re.compile(
    r"\b(?:moet|moeten|krijgt|krijgen|mag|mogen|wordt|worden|komt er|komen er|gaat|gaan)\b", _I
)
_SUBORDINATE = re.compile(r"^\s*(?:als|dat|omdat|wanneer|of|terwijl|zodat|hoewel)\b", _I)
# Where one result ends and the next begins: ", " or " en " before a new subject or verb.
_RESULT_SPLIT = re.compile(
    r",\s+(?=[a-z])|\s+en\s+(?=(?:het|de|er|een|komt|komen|moet|moeten|krijgt|krijgen|gaat|wordt)\b)"
)


def vote_results(ctx: Context, skip: set[int]) -> tuple[list[Draft], set[int]]:
    """A report that the votes on motions are over, then says what they decided ("huurders krijgen het recht
    ..., het kabinet moet sneller ... en komt er een energieplafond"): each result is an adopted motion."""
    drafts: list[Draft] = []
    used: set[int] = set()
    sents = ctx.sentences
    for i, s in enumerate(sents):
        if i in skip or not _VOTES_OVER.search(s.text):
            continue
        seen_result = False
        for k in range(i + 1, min(i + 5, len(sents))):
            if k in skip or (PAST_TENSE_MAIN.search(sents[k].text) and not _RESULT.search(sents[k].text)):
                if seen_result:
                    break
                continue
            results = [c for c in _RESULT_SPLIT.split(sents[k].text)
                       if _RESULT.search(c) and len(c.split()) >= 4 and not _SUBORDINATE.match(c)]
            if not results:
                if seen_result:
                    break
                continue
            seen_result = True
            t = sents[k]
            for clause in results:
                at = t.start + t.text.find(clause)  # its own words give its date, not the sentence's
                zone = (at, at + len(clause))
                clause = re.sub(r"^(?:ook|verder|daarnaast)\s+", "", clause.strip(" ."), flags=_I)
                drafts.append(Draft("motion", "adopted", 0.55, k, k, zone, clause=clause, due_zone=zone))
            used.add(k)
    return drafts, used


def _with_outcome_after(ctx: Context, i: int) -> tuple[int, str]:
    """The sentence with the line or sentence that gives its outcome or number: "... (nr. 12)" + "Aangenomen",
    "In stemming komt de motie-X." + "... zodat zij is verworpen."."""
    s = ctx.sentences[i]
    nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else None
    if nxt is not None and (_OUTCOME_ONLY.match(nxt.text) or _GETS_NUMBER.match(nxt.text)):
        return i + 1, s.text + " " + nxt.text
    if _PUT_TO_VOTE.search(s.text):
        for k in range(i + 1, min(i + 4, len(ctx.sentences))):
            later = ctx.sentences[k].text
            if _PUT_TO_VOTE.search(later):
                break
            if _OUTCOME_BACKREF.search(later):
                return k, s.text + " " + later
    return i, s.text


def _status(text: str, s: Sentence) -> tuple[str | None, float | None, tuple[int, int]]:
    """The status a sentence gives its motion: an outcome, else submitted, else announced (by tense)."""
    for code, pattern in _OUTCOMES:
        if m := pattern.search(text):
            return code, 0.85, (s.start + min(m.start(), len(s.text)), s.start + min(m.end(), len(s.text)))
    submitted = _SUBMITTED_CUE.search(text) or _MOTION_HEADER.search(text) or _GETS_NUMBER.search(text)
    announced = _ANNOUNCED_CUE.search(text) or _MOTION_FOLLOWS.search(text)
    if submitted and _PRESENT_SUBMIT.search(submitted.group()) and _LATER.search(text):
        announced = announced or submitted
        submitted = None
    if announced and (not submitted or announced.start() < submitted.start()):
        return "announced", 0.8, (s.start + announced.start(), s.start + min(announced.end(), len(s.text)))
    if submitted:
        return "submitted", 0.85, (s.start + submitted.start(), s.start + min(submitted.end(), len(s.text)))
    if re.search(r"\bMotie (?:van (?:het lid|de leden)|\d+ van|-[A-Z])", text):
        return "submitted", 0.7, (s.start, s.end)
    return None, None, (s.start, s.end)


def _phrase(text: str, noun: re.Match[str]) -> tuple[str, int, bool]:
    """("new" | "back" | "count", where the noun ends, plural) for one motion noun phrase."""
    before = text[max(0, noun.start() - 30) : noun.start()]
    after = text[noun.end() : noun.end() + 160]
    plural = noun.group().lower().endswith("moties")
    own = bool(_OWN_CONTENT.match(after)) or noun.group().endswith("-")
    if _COUNT.search(before) and (not own or _DESCRIBED.match(after)):
        return "count", noun.end(), plural
    if _POINTS_BACK.search(before) and not own and not _VERB_ZIJN.match(text[: noun.start()]):
        return "back", noun.end(), plural
    if re.search(r"\b(?:de|deze|die)\s+(?:\w+\s+)?$", before, _I) and re.match(r"^\s*(?:die|dat)\b", after):
        return "back", noun.end(), plural  # "de motie die hij indiende": the one just named
    if _DESCRIBED.match(after):
        return "back", noun.end(), plural  # "moties die waren ingediend tijdens ...": those already there
    if plural and _DEFINITE.search(before) and own:
        return "those", noun.end(), plural  # "de moties tegen de bewindslieden": the ones named, if several
    return "new", noun.end(), plural


def _apply_back(ctx: Context, drafts: list[Draft], i: int, status: str, plural: bool) -> bool:
    """What a sentence pointing back says of the motions just named: their outcome, a co-signer."""
    recent = [d for d in drafts if d.kind == "motion" and 0 <= i - d.last <= 8]
    if not recent:
        return False
    targets = [d for d in recent if d.status in ("announced", "submitted")] if plural else [recent[-1]]
    if plural and not targets:
        return False
    for d in targets:
        if status in ("adopted", "rejected", "held", "withdrawn") or d.status == "announced":
            d.status = status
    if _CO_SIGNED.search(ctx.sentences[i].text):
        for d in targets:
            d.actors = list(dedupe_actors([*d.actors, *_members(ctx, i, i)]))
    return True


def _members(ctx: Context, first: int, last: int) -> list[ExtractedActor]:
    return [a for a in sentence_actors(ctx, first, last) if a.role == "member"]


def _new_motions(
    ctx: Context,
    i: int,
    last: int,
    status: str,
    conf: float,
    trigger: tuple[int, int],
    phrases: list[tuple[str, int, bool]],
) -> list[Draft]:
    s = ctx.sentences[i]
    actors = _members(ctx, i, last)
    for names in _MOTION_NAMES.finditer(s.text):
        listed = names.group("names") or names.group("names2")
        actors.extend(ExtractedActor(normalise_name(n.strip())) for n in listed.split("/"))
    registers = _all_registers(ctx, i, last)
    zone = (s.start, ctx.sentences[last].end)

    def draft(clause: str, register: str | None) -> Draft:
        return Draft("motion", status, conf, i, last, trigger, clause=clause, actors=list(dedupe_actors(actors)),
                     register=register, due_zone=zone)

    if len(registers) > 1:
        return [draft("", r) for r in registers]
    register = registers[0] if registers else None
    out: list[Draft] = []
    for _, end, plural in phrases:
        subject = _subject(s.text[end:])
        parts = [p.strip(" ,") for p in _CONJUNCT.split(subject)] if plural and subject else [subject]
        if len([p for p in parts if len(p.split()) >= 2]) < 2:
            parts = [subject]
        parts = [parts[0], *(_with_head(parts[0], p) for p in parts[1:])]
        out.extend(draft(part, register) for part in parts if part or not out)
    return out


def _with_head(first: str, part: str) -> str:
    """A later conjunct that starts with the preposition the first one's verb takes gets that verb:
    "af te zien van A" + "van B" → "af te zien van B"."""
    word = part.split(" ", 1)[0].lower()
    head = re.search(rf"^(.*?\b){word}\s", first)
    return head.group(1) + part if head and word in ("van", "op", "om", "over", "met", "aan", "voor") else part


def _subject(after: str) -> str:
    """The subject a motion phrase names: "over X", "om X", "die de regering verzoekt X", "eist het CDA dat X",
    or the name it was given ("genoemd "Pas op de plaats"")."""
    m = _SUBJECT.match(after) or _DEMANDS.match(after)
    if not m:
        quoted = _QUOTED_NAME.search(after)
        return quoted.group(1) if quoted else ""
    subject = _SUBJECT_STOP.sub("", m.group("subj").rstrip(" ,.")).strip(" ,.")
    return _ASKS_GOVERNMENT.sub("", subject)


# "In een motie eist het CDA dat X"
_DEMANDS = re.compile(
    r"^\s*(?:eist|eisen|vraagt|vragen|verzoekt|wil|willen)\s+[^,;]{0,40}?\s+(?:dat|om)\s+(?P<subj>.+)", _I
)
_QUOTED_NAME = re.compile(r"[\"“]([^\"”]{3,80})[\"”]")
# "de regering op te roepen de 12 miljoen te regelen" → "de 12 miljoen te regelen"
_ASKS_GOVERNMENT = re.compile(
    r"^(?:de regering|het kabinet)\s+(?:op\s+te\s+roepen|te\s+verzoeken|te\s+vragen)\s+(?:om\s+)?", _I
)


def listed_motions(ctx: Context) -> dict[str, tuple[str, list[ExtractedActor]]]:
    """Register number → (subject, submitters) for each motion a list names with its subject."""
    text = ctx.clean.text
    out: dict[str, tuple[str, list[ExtractedActor]]] = {}
    for m in _REGISTER.finditer(text):
        window = text[max(0, m.start() - 230) : m.start()]
        listed = next(reversed(list(_LISTED_SUBJECT.finditer(window))), None)
        if listed is None:
            continue
        reg = f"{(m.group('dos1') or m.group('dos2')).replace(' ', '')}, nr. {m.group('nr1') or m.group('nr2')}"
        names = [
            ExtractedActor(normalise_name(n.strip()))
            for found in _MOTION_NAMES.finditer(listed.group())
            for n in (found.group("names") or found.group("names2")).split("/")
        ]
        if not names:
            at = m.start() - len(window) + listed.start()
            names = [x.actor for x in mentions_in(ctx, at, m.start()) if x.actor.role == "member"]
        out.setdefault(reg, (listed.group("subj").strip(" ,"), names))
    return out


def _all_registers(ctx: Context, first: int, last: int) -> list[str]:
    text = ctx.clean.text[ctx.sentences[first].start : ctx.sentences[last].end]
    out = [
        f"{(m.group('dos1') or m.group('dos2')).replace(' ', '')}, nr. {m.group('nr1') or m.group('nr2')}"
        for m in _REGISTER.finditer(text)
    ]
    if not out:
        single = _register_near(ctx, first, last)
        out = [single] if single else []
    return list(dict.fromkeys(out))
