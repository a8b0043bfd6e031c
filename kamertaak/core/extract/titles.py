"""Titles a person would write for a follow-up."""

from __future__ import annotations

import re

from kamertaak.core.actors import normalise_ministry, office_title
from kamertaak.core.deadlines import FoundDeadline
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import as_named, by_given_name, completed, personal

_I = re.IGNORECASE

_CLAUSE_LEAD = re.compile(
    r"^[\s,:;]*(?:(?:naar aanleiding van[^,]*,|desgevraagd|aan|"
    r"om|dat|toe|te|hierbij|ook)\b[\s,]*)*",
    _I,
)


# (not the passive after a modal verb: "of de regeling kan worden verlengd")
_MODAL_WORDS = re.compile(
    r"\b(?:zal|zullen|er|moeten|(?<!te )gaan|(?<!\bkan )(?<!\bkunnen )(?<!\bmoet )(?<!\bmoeten )(?<!\bmag )"
    r"(?<!\bmogen )(?<!\bzou )(?<!\bzouden )(?:worden|wordt))\b\s*",
    _I,
)
_LEAD_PRONOUN = re.compile(
    r"^(?:zij|hij|ze|het kabinet|de regering|haar|zijn|hun|ik|wij|we|"
    r"(?:de )?(?:minister|staatssecretaris)(?: (?:van|voor) [A-Z][\w&]*(?:,? (?:[A-Z][\w&]*|en))*| [A-Z][\w&]+)?)\s+",
    _I,
)
# A list item's finite verb: "informeert de Kamer over X", "komt in het najaar met een reactie op X", "stuurt X"
_FINITE_LEAD = (
    (re.compile(r"^informeert\s+(?:de|uw)\s+Kamer\b", _I), "Kamer informeren"),
    (re.compile(r"^(?:komt|komen)\b.{0,40}?\bmet\s+(?:een\s+|de\s+|het\s+)?", _I), ""),
    (re.compile(r"^(?:stuurt|zendt|biedt)\s+(?:de|uw)\s+Kamer\s+", _I), ""),
)


# Where a promise's own words stop: a comma clause or a new main verb ("en noemt daarbij").
_CLAUSE_STOP = re.compile(
    r",\s+(?:ook|en|maar|omdat|zodat|waarbij|waarvoor|aangezien|mede)\b|;|\s+maar\s+|\s+en\s+(?:noemt|zegt|stelt|wijst|geeft|vindt|"
    r"vraagt|merkt|verwijst|benadrukt)\b",
    _I,
)
# "aan te bieden" → "aanbieden"; not "over te volgen procedures", where "te volgen" describes the noun after it
_ATTRIBUTIVE = (
    r"(?!\s+(?!(?:en|of|maar|van|de|het|een|voor|in|op|met|bij|naar|om|over|aan|tot|uit|door|tegen|onder|na|dat|die|"
    r"zodat|omdat|te|is|wordt|zijn|worden|werd|werden|was|als|dan|nog|ook|niet|meer|wel|waar\w*|hoe|zoals)\b)[a-zà-ÿ])"
)
# (also "gaan", "staan": "over te gaan" → "overgaan")
_SEPARABLE = re.compile(rf"\b(aan|af|bij|door|in|mee|na|op|over|terug|toe|uit|voor|weg)\s+te\s+(\w+en|\w*aan)\b"
                        rf"{_ATTRIBUTIVE}")
_OFFICE = re.compile(
    r"\b(de\s+)?(minister|staatssecretaris)\s+(?:van|voor)\s+([A-Z][\w&-]*(?:,?\s+(?:[A-Z][\w&-]*|en))*)"
)


def _compact_offices(text: str) -> str:
    """ "de staatssecretaris van Volksgezondheid, Welzijn en Sport" → "de staatssecretaris van VWS", "minister voor
    Basis- en Voortgezet Onderwijs en Media" → "minister voor BVOM": the office as the actors name it."""

    def short(m: re.Match[str]) -> str:
        written = m.group(3).strip(" ,")
        ministry = normalise_ministry(written)
        if not ministry:
            return m.group()
        role = "state_secretary" if m.group(2) == "staatssecretaris" else "minister"
        return (m.group(1) or "") + office_title(role, ministry, written)

    return _OFFICE.sub(short, text)


_FINITE_SEND = re.compile(
    r"\b(brief|rapport|reactie|kabinetsreactie|overzicht|nota|notitie)\s+(?:stuur|stuurt|sturen|zend|zendt|zenden|"
    r"toestuur|toestuurt|toezend|toezendt)\b",
    _I,
)


# "de Kamer een brief te sturen over X" → "brief over X"
_KAMER_SENT = re.compile(
    r"^\s*(?:de |uw )?Kamer\s+(?:een\s+|de\s+|het\s+)?(brief|rapport\w*|reactie|kabinetsreactie|overzicht|nota|notitie"
    r"|evaluatie|analyse|plan)\s+(?:te\s+)?(?:sturen|toesturen|toezenden|zenden|versturen)\b",
    _I,
)
_REGISTER_IN_CLAUSE = re.compile(
    r"\s*\((?:[^()]*\bnr\.\s*\d+[^()]*|\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\)|\s*\bnr\.\s*\d+\s*\(\d{2}\s?\d{3}[^)]*\)"
)
_LISTED_OUTCOME = re.compile(
    r"\s*(?:[-–—:]\s*)?(?:zonder stemming\s+)?(?:aangenomen|verworpen|aangehouden|ingetrokken)\b.*$", _I
)
_COME_WITH = re.compile(r"^\s*(?:om\s+)?met\s+(?:een\s+|de\s+|het\s+)?(.+?)\s+(?:te\s+)?komen\b\s*", _I)


def title_for(ctx: Context, d: Draft, found: FoundDeadline | None) -> str:
    """The follow-up's subject, as a person would write it down: sentence case, no dates, no "…"; a title a
    stage made itself is tidied the same way, and one that names no subject falls back to the sentence's."""
    if d.title:
        title = _tidy_after_head(fit(d.title))
        return title if reads_as_title(title) else _fallback_title(ctx, d)
    title = _drop_dangling(_title_from_clause(ctx, d, found))
    if _INFORM_BARE.fullmatch(title):  # "Kamer informeren", "Kamer hierover informeren"
        title = fit(_inform_title(ctx, d))
    if d.kind == "commitment":
        # "Volgens de minister komt er een nieuw voorstel voor X" → "Nieuw voorstel voor X"
        title = cap(_ACCORDING_TO_COMES.sub("", title)) or title
        title = cap(re.sub(r"^met\s+een\s+(?=\S+$)", "", title, flags=_I))  # "Met een uitwerking" → "Uitwerking"
        # "werkt aan een nieuwe wet op X, die na de zomer naar de Kamer gaat" → "Nieuwe wet op X"
        title = cap(_WORKS_ON.sub(r"\g<x>", title))
        # "Afgesproken is verder dat X in een brief nader uitleg geeft" → "In een brief nader uitleg"
        if agreed := _AGREED_THAT.match(title):
            title = cap(re.sub(r"\s+(?:geeft|geven|stuurt|sturen|komt|komen|maakt|maken)$", "", title[agreed.end() :]))
        if _BARE_PAPER.fullmatch(title) and (about := _paper_about(ctx, d, title)):
            title = fit(f"{title} over {about}")  # "Brief" → "Brief over de toeslagen"
    return title if reads_as_title(title) else _fallback_title(ctx, d)


_WORKS_ON = re.compile(
    r"^(?:werkt|werken)\s+(?:nu\s+|nog\s+)?aan\s+(?:een\s+|de\s+|het\s+)?(?P<x>.+?)(?:,?\s+(?:die|dat|wat)\s.*)?$", _I
)
_AGREED_THAT = re.compile(
    r"^(?:Afgesproken\s+(?:is\s+)?(?:\w+\s+)?|De\s+afspraak\s+is\s+)dat\s+(?:(?:het\s+kabinet|de\s+regering|(?:de\s+)?"
    r"(?:minister|staatssecretaris|premier))\s+)?(?:(?-i:[A-Z])[\w'-]+\s+){0,2}", _I
)
_ACCORDING_TO_COMES = re.compile(r"^Volgens\s+[^,]{2,60}?\s+(?:komt|komen)\s+er\s+(?:(?:een|het|de)\s+)?", _I)
# A paper named alone: a title a board cannot tell from the next
_BARE_PAPER = re.compile(
    r"(?:Brief|Voorstel|Wetsvoorstel|Plan|Rapport|Reactie|Kabinetsreactie|Overzicht|Nota|Notitie|Evaluatie|Analyse"
    r"|Uitwerking|Voortgangsbrief|Verslag)",
)
_OBJECT = r"(?:(?:de|het|een|dit|deze|die)\s+)?(?:[\w-]+e\s+){0,2}[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)*"
_ABOUT_IN_SENTENCE = re.compile(
    rf"\b(?:over|inzake|betreffende|omtrent)\s+(?P<obj>{_OBJECT}(?:\s+(?:van|voor|in|bij|op)\s+{_OBJECT})?)", _I
)
_FRONTED_ABOUT = re.compile(r"^(?:Over|Inzake|Op)\s+(?:deze|die|dit|dat)\s+(?P<head>[\w-]+)\b")


def _paper_about(ctx: Context, d: Draft, paper: str) -> str:
    """What a paper named alone is about: "een brief stuurt over de toeslagen" in its own sentence; "Over deze
    motie ... een brief" the motion the sentence before names; "hierover" what the sentence before was about."""
    s = ctx.sentences[d.first]
    at = s.text.lower().find(paper.lower())
    about = _ABOUT_IN_SENTENCE.search(s.text, max(at, 0))
    if at >= 0 and about:
        return about.group("obj")
    if (fronted := _FRONTED_ABOUT.match(s.text)) and d.first > 0:
        head = re.escape(fronted["head"])
        prev = ctx.sentences[d.first - 1].text
        named = re.search(rf"\b(?:de|het)\s+(?:[\w-]+e\s+){{0,2}}{head}(?:\s+(?:van|over)\s+{_OBJECT})?", prev, _I)
        if named:
            return named.group()[:1].lower() + named.group()[1:]
    return _told_before(ctx, d.first) if _ABOUT_THAT.search(s.text) else ""


# "uw Kamer zo spoedig mogelijk na ontvangst van het advies hierover informeren": what is between
_INFORM = re.compile(r"\bKamer\b(?P<mid>[^.;:]{0,240}?)\b(?:informeren|informeer|informeert|geïnformeerd)\b")
# Words between "Kamer" and "informeren" that say how, not about what
_HOW = re.compile(
    r"\b(?:(?:zo\s+)?(?:spoedig|snel|tijdig|spoedig)(?:\s+mogelijk)?|hierover|daarover|hiervan|daarvan|hierop|nader|"
    r"schriftelijk|per\s+brief|nog|ook|graag|opnieuw|verder|zal|zullen|wordt|worden|kunnen|te|dan|vervolgens|"
    r"voortaan|(?:half)?jaarlijks|periodiek|regelmatig|steeds)\b",
    _I,
)
_INFORM_BARE = re.compile(r"Kamer\s+(?:(?:hier|daar|er)(?:over|van|op)\s+)?informeren", _I)
_INFORM_WHEN = re.compile(r"^(?:na|over|bij|zodra|wanneer|nadat|voor|zodat|rond|tijdens)\b", _I)
# "Deze bespreking zal in de ministerraad plaatsvinden, waarna ik uw Kamer ... informeer"
_AFTER_WHICH = re.compile(
    r"(?:^|[,;:]\s+)(?P<x>[^,;:]{8,160}?)\s+(?:zal|zullen|wordt|worden|is|gaat)\s+(?P<y>[^,;]*?)\s*\w+en,\s+waarna\b"
)


def _inform_title(ctx: Context, d: Draft) -> str:
    """ "Kamer informeren" and about what or when: "Kamer informeren na ontvangst van het advies", "Kamer informeren
    na deze bespreking in de ministerraad", a list item's heading ("Spoeddebat X ... De Kamer wordt geïnformeerd")."""
    s = ctx.sentences[d.first]
    text = s.text
    for x in sorted(ctx.deadlines_in(s.start, s.end), key=lambda x: len(x.phrase), reverse=True):
        if x.resolution.due is not None:
            text = text.replace(x.phrase, " ")
    m = _INFORM.search(text)
    if m is None:
        return "Kamer informeren"
    mid = " ".join(_HOW.sub(" ", m.group("mid")).split()).strip(" ,")
    mid = _drop_dangling(re.sub(r"\s+\w*ge\w+[dt]$", "", mid))
    if _INFORM_WHEN.match(mid):
        return f"Kamer informeren {mid}"
    after = _AFTER_WHICH.search(text)
    if after:
        lead = {"deze": "de", "die": "de", "dit": "het", "dat": "het", "de": "de", "het": "het", "een": "een"}
        what = re.sub(r"^\w+\b", lambda w: lead.get(w.group().lower(), w.group()), after["x"])
        return f"Kamer informeren na {what} {after['y']}".strip()
    heading = text[: m.start()]
    # what the sentence itself said first ("in kaart te brengen ... en de Kamer hierover te informeren") is its own
    own = len(heading.split()) > 10 or re.search(r"\ben\s+(?:de|uw)(?:\s+(?:Tweede|Eerste))?\s*$", heading)
    if not own and _ABOUT_THAT.search(text) and (told := _told_before(ctx, d.first)):
        return f"Kamer informeren over {told}"  # "De brief van X wordt bestudeerd. Ik zal uw Kamer hierover ..."
    if not re.search(r"\b\d{1,2}-\d{1,2}-\d{2,4}\b|\(\d{2}\s?\d{3}", heading):
        return "Kamer informeren"  # a heading is a list item's: a date and a debate or a Kamerstuk number
    heading = re.sub(r"\([^()]*\)|\b\d{1,2}-\d{1,2}-\d{2,4}\b", " ", heading)
    heading = " ".join(heading.split())
    heading = re.sub(r"\b(?:de|uw)(?:\s+(?:Tweede|Eerste))?$", "", heading, flags=_I).strip(" ,.")
    if heading and not re.search(r"\b(?:ik|wij|we|zal|zullen|wordt|is|heeft)\b", heading, _I):
        return f"Kamer informeren over {heading[:1].lower() + heading[1:]}"
    return "Kamer informeren"


# "hierover", "daarover", "hier ... over": about what the sentence before said
_ABOUT_THAT = re.compile(r"\b(?:hier|daar|er)over\b|\b(?:hier|daar)\s+(?:\w+\s+){1,4}?over\s+(?=\w+en\b)", _I)
# A noun phrase: an article, at most two adjectives (-e), a noun; and one phrase after it ("van de paritaire
# commissie", "over de wachtlijsten")
_NOUN_PHRASE = (
    r"(?:(?:de|het|een|dit|deze|dat|die)\s+)(?:[\w-]+e\s+){0,2}(?P<head>[\w-]+)"
    r"(?:\s+(?P<prep>van|voor|naar|over|inzake|rond|op)\s+(?P<obj>(?:(?:de|het|een)\s+)?(?:[\w-]+e\s+){0,2}[\w-]+))?"
)
_SUBJECT_FIRST = re.compile(rf"^{_NOUN_PHRASE}\s+(?P<verb>[a-z]\w*)\b", _I)
_ABOUT_PHRASE = re.compile(
    r"\bover\s+(?P<obj>(?:(?:de|het|een)\s+)(?:[\w-]+e\s+){0,2}[\w-]+"
    r"(?:\s+(?:van|voor|in|bij)\s+(?:(?:de|het|een)\s+)?(?:[\w-]+e\s+){0,2}[\w-]+)?)",
    _I,
)
# What a sentence's subject may be without being its subject matter: a meeting or a turn in it
_MEETING_HEAD = re.compile(r"(?:\w*debat|overleg|vergadering|gesprek|discussie|vragen|vraag|kritiek|zorgen)$", _I)
_NOT_A_HEAD = re.compile(r"(?:minister|staatssecretaris|kabinet|regering|Kamer|\w*lid|leden|fractie|partij|"
                         r"voorzitter|premier)$", _I)


def _told_before(ctx: Context, i: int) -> str:
    """What the sentence before sentence i is about, for a promise that points back to it ("hierover"): its subject
    when that is a thing ("De brief van de paritaire commissie telt 41 pagina's"), what a meeting was about
    ("Het debat over de wachtlijsten duurde lang"), else what it says anything is about ("... vragen over de
    huurtoeslag"); nothing for a person or a sentence that starts otherwise."""
    if i == 0:
        return ""
    prev = ctx.sentences[i - 1].text
    m = _SUBJECT_FIRST.match(prev)
    if m and m.group("verb").lower() not in _NOT_FIRST_VERB and not _NOT_A_HEAD.search(m.group("head")):
        if not _MEETING_HEAD.search(m.group("head")):
            return tidy(m.group()[: m.start("verb")].strip()).lower() if m.group()[:1].isupper() else ""
        if m.group("prep") == "over":
            return m.group("obj")
    about = _ABOUT_PHRASE.search(prev)
    return about.group("obj") if about else ""


# Words after a first noun phrase that show it is not the subject: "Het is ...", "De minister van X"
_NOT_FIRST_VERB = frozenset({"en", "of", "die", "dat", "van", "in", "met", "aan", "bij", "uit", "om", "als"})


# a quote and its attribution after it: '"Ik zal ...", belooft de minister', '"We gaan ...", aldus X'
_QUOTE_SAID = re.compile(
    r"^[\"“„'‘](?P<q>[^\"“”„]{8,}?)[,.]?[\"”'’](?:\s*,?\s+(?:belooft|beloofde|zegt|zei|schrijft|schreef|stelt"
    r"|stelde|laat|liet|antwoordt|antwoordde|aldus|verzekert|verzekerde|benadrukt|benadrukte)\b.*)?$", _I | re.S)

# the speaker's own future in the quote: "Ik ga ...", "Wij zullen ..." (the infinitive at its end is what is promised)
_SPEAKER_WILL = re.compile(r"^(?:ik|wij|we)\s+(?:ga|gaan|zal|zullen)\s+(?=.*\w(?:en|aan)$)", _I)


def _title_from_clause(ctx: Context, d: Draft, found: FoundDeadline | None) -> str:
    clause = d.clause
    first, last = ctx.sentences[d.first], ctx.sentences[d.last]
    # a date is the due date's, not the title's; an event without a date ("voor het wetgevingsoverleg") stays
    dated = {x.phrase for x in ctx.deadlines_in(first.start, last.end) if x.resolution.due is not None}
    if found is not None and found.resolution.due is not None:
        dated.add(found.phrase)
    for phrase in sorted(dated, key=len, reverse=True):
        clause = clause.replace(phrase, " ")
    # where a date was: "brief over X, voor het kerstreces (minister van KGG)" → "brief over X"
    clause = _OFFICE_ASIDE.sub(" ", clause)
    clause = re.sub(r"\s+([,;:])", r"\1", re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", clause))
    if d.kind == "task":  # their own words, without an adverb the date leaves in front ("vrijdag dus ... bellen")
        todo = _ORPHANS.sub(" ", clause).split()
        while len(todo) > 1 and todo[0].lower() in ADVERB_LEAD:
            todo = todo[1:]
        return fit(re.sub(r"^(?:een|de|het)\s+", "", " ".join(todo), flags=_I))
    clause = _ORPHANS.sub(" ", clause)
    clause = _ASKED_BY.sub(" ", clause)
    clause = _ON_BEHALF.sub(" ", clause)
    clause = _CLAUSE_LEAD.sub("", clause)
    clause = _SCENE.sub("", clause.strip())
    stop = _CLAUSE_STOP.search(clause, 25) or _BUT.search(clause, 5)
    if stop:
        clause = clause[: stop.start()]
    if d.kind == "commitment":
        # the promise quoted, then who said it: '"Ik zal A doen", belooft de minister' → "A doen"
        if quoted := _QUOTE_SAID.match(clause.strip()):
            clause = _SPEAKER_WILL.sub("", quoted.group("q").strip())
        clause = _NAMED_SUBJECT.sub("", clause.strip())  # "zal de Huishoudelijke Commissie zich buigen over X"
        clause = _MODAL_WORDS.sub("", clause)
        # who does it, named first: "Schouten wil bekijken hoe ..." → "bekijken hoe ..."
        names = "|".join(re.escape(_surname(a.name)) for a in d.actors if a.name)
        if names:
            clause = re.sub(rf"^(?:(?:minister|staatssecretaris|premier)\s+)?(?:{names})\s+"
                            r"(?=(?:wil|willen|laat|laten|gaat|gaan|komt|komen)\b)", "", clause.strip(), flags=_I)
        # "gaat na of ..." → "nagaan of ..."
        clause = re.sub(r"^((?:gaat|gaan)\s+)?na\s+(?=(?:of|hoe|wat|welke|waarom|wanneer|in\s+hoeverre)\b)", "nagaan ",
                        clause.strip(), flags=_I)
        clause = re.sub(r"\s+zijn\s*\.?$", "", clause.strip())
    clause = _FINITE_SEND.sub(r"\1", clause)
    # "met een actieplan studentenhuisvesting te komen" → "actieplan studentenhuisvesting"
    clause = _COME_WITH.sub(r"\1 ", clause)
    for pattern, replacement in _FINITE_LEAD:
        clause = pattern.sub(replacement, clause.strip())
    clause = _KAMER_SENT.sub(r"\1", clause)
    clause = re.sub(r"\b((?:de |uw )?Kamer)\s+informeer(?:t)?\b", r"\1 informeren", clause, flags=_I)
    if d.kind == "motion":
        clause = _REGISTER_IN_CLAUSE.split(clause, maxsplit=1)[0]  # what follows the number is the outcome
        clause = _LISTED_OUTCOME.sub("", clause)
    clause = _SEPARABLE.sub(r"\1\2", clause)
    clause = re.sub(r"\bte\s+gaan\s+(?=\w+en\b)", "", clause)  # "te gaan bespreken" → "bespreken"
    # "te informeren" → "informeren"; not "om te praten", nor "te volgen procedures"
    clause = re.sub(rf"(?<!\bom )\bte\s+(?=\w+n\b{_ATTRIBUTIVE})", "", clause)
    clause = re.sub(r"\s+(?:zou|zouden|zal|zullen)?\s*komen$", "", clause.strip(" ."))  # "een AMvB zou komen"
    clause = _compact_offices(clause)
    clause = _LEADING_ASIDE.sub("", clause.strip())
    clause = _LEAD_PRONOUN.sub("", clause.strip())
    clause = _LEADING_ASIDE.sub("", clause.strip())
    clause = re.sub(r"^(?:een|de|het|die|dat|deze)\s+", "", clause.strip(), flags=_I)
    clause = _LEADING_VERB.sub("", clause.strip())
    clause = tidy(re.sub(r"\s+", " ", clause).strip(" ,.;:"))
    if d.kind == "motion":
        return _motion_title(ctx, d, clause)
    if not clause:
        clause = _fallback(ctx, d)
    return fit(clause)


# Who is responsible, said as an aside in a list of commitments: "(minister van KGG)", "(staatssecretaris VWS)"
_OFFICE_ASIDE = re.compile(r"\s*\((?:de\s+)?(?:minister|staatssecretaris|bewindspersoon)\b[^()]*\)", _I)
# What a removed date leaves: "om het komende zomerreces of vlak daarna naar X" → "om naar X"
_ORPHANS = re.compile(
    r"\b(?:of|en)\s+(?:vlak\s+|kort\s+|direct\s+)?(?:daarna|daarvoor|erna|eerder|later)\b|\b(?:het|de)\s+(?=(?:of|en)\s)",
    _I,
)
# Where it was said, not what: "in het genoemde debat", "tijdens het debat"
_SCENE = re.compile(r"^(?:in|tijdens)\s+(?:het|dit|dat)\s+(?:\w+\s+)?(?:debat|overleg)\s+", _I)
# Someone named other than the speaker does it: "(zal) de Huishoudelijke Commissie (zich nog) ..."
_NAMED_SUBJECT = re.compile(
    r"^(?:(?:zal|zullen|gaat|gaan)\s+)?(?-i:(?:de|het)\s+(?!Kamer\b)(?:[A-Z][\w-]*\s+)+(?=[a-z])(?!(?:en|of)\s))"
    r"(?:zich\s+)?(?:nog\s+|ook\s+)*",
    _I,
)
# A finite verb left at the start: "gaat ingrijpen bij gemeenten" → "ingrijpen bij gemeenten"
_LEADING_VERB = re.compile(r"^(?:(?:gaat|gaan|zal|zullen|wil|willen|moet|moeten)\s+)?(?:er\s+)?", _I)
_BUT = re.compile(r"\s+maar\s+", _I)
# who asked is an actor, not the subject: ", op verzoek van Bontenbal,", "op vragen van X en Y"
_ASKED_BY = re.compile(
    r",?\s*\b(?:op\s+(?:vragen|verzoek|vraag)|naar\s+aanleiding\s+van\s+(?:een\s+)?(?:vragen|vraag|verzoek))\s+van\s+"
    r"[^,]{2,60}?(?:,|(?=\s+(?:de|het|een|om|te|dat)\s)|$)",
    _I,
)
# on whose behalf is who else sends it, not the subject: ", mede namens de Minister van Landbouw, Natuur en
# Voedselkwaliteit," (a ministry's name may hold commas: its parts start with a capital)
_ON_BEHALF = re.compile(r",?\s*\bmede\s+namens\s+[^,.;]{2,80}(?:,\s+(?-i:[A-Z])[^,.;]{1,60})*,", _I)
# "(VWS, PvdA) gaat ...": an aside left where a name was
_LEADING_ASIDE = re.compile(r"^(?:\([^()]*\)\s*)+")
_KIND_OF_MOTION = re.compile(r"\bmotie\s+van\s+(afkeuring|wantrouwen|treurnis)\b", _I)


def _motion_head(ctx: Context, d: Draft) -> str:
    """ "Motie Van Haga c.s. (35925-XIII-29)", "Motie van afkeuring Van Haga", "Motie FvD"."""
    names = _motion_names(ctx, d)
    sentence = ctx.sentences[d.first].text
    kind = _KIND_OF_MOTION.search(sentence)
    head = f"Motie van {kind.group(1).lower()}" if kind and len(_MOTION_WORDS.findall(sentence)) == 1 else "Motie"
    if names:
        head += " " + names[0] + (" c.s." if len(names) > 1 or _with_others(ctx, d, names[0]) else "")
    if d.register:
        head += f" ({d.register})"
    return head


def _with_others(ctx: Context, d: Draft, name: str) -> bool:
    """The text names the motion by its first signer "c.s." ("de motie-Vendrik c.s. over ..."), its other
    signers unnamed: the title says so too (u14: a vote list's "c.s." was dropped)."""
    told = ctx.clean.text[d.trigger[0] : d.trigger[1]]
    # most motions are told without "c.s.": no pattern for the name is made for them
    return "c.s." in told and re.search(rf"\b[Mm]otie(?:-|\s+(?:van\s+(?:het\s+lid\s+)?)?){re.escape(name)}"
                                        r"(?:\s+\([^()]{1,20}\))?\s+c\.s\.", told) is not None


def _motion_names(ctx: Context, d: Draft) -> list[str]:
    """Who submitted it, as a title names them: members by surname, else a party ("moties van de FVD")."""
    text = ctx.sentences[d.first].text
    named = [personal(a, ctx.members) for a in (as_named(by_given_name(completed(x, text), ctx.members))
                                                 for x in d.actors) if a is not None]
    names = [_surname(a.name) for a in named if a.role == "member"]
    return names or [a.name for a in named if a.role == "other" and a.name == a.party]


def _motion_title(ctx: Context, d: Draft, clause: str) -> str:
    """ "Motie Van Haga c.s.: halvering van de veestapel schrappen", "Motie van afkeuring Van Haga: ..."."""
    head = _motion_head(ctx, d)
    names = _motion_names(ctx, d)
    sentence = ctx.sentences[d.first].text
    kind = _KIND_OF_MOTION.search(sentence)
    if kind:
        # "motie van wantrouwen tegen minister Hugo de Jonge van VWS vanwege ...": against whom
        named = ctx.mentions_between(ctx.sentences[d.first].start, ctx.sentences[d.last].end)
        target = next((m.actor for m in named if m.actor.role in ("minister", "state_secretary")), None)
        if target is not None:
            role = "staatssecretaris" if target.role == "state_secretary" else "minister"
            clause = f"tegen {role} {_surname(target.name)}" if " " in target.name else f"tegen {target.name}"
    asked = (_DICTUM.search(sentence) or _OWN_DICTUM.search(sentence)) if not clause else None
    if asked and asked.group("x"):
        clause = tidy(_infinitive(asked.group("x"), asked.group("v")))
    elif asked:
        clause = tidy(f"{asked.group('v2')} {asked.group('x2')}")
    if not clause and not names and not d.register:
        clause = _motion_phrase(ctx, d)
        return fit(cap(clause)) if clause else fit(cap(tidy(_fallback(ctx, d))))
    # the subject gets the whole length a title has; the head names the motion; a common word that only opened
    # a list line is written small ("Moties Krol: - Precies bijhouden ..." → "precies bijhouden")
    first, _, rest = clause.partition(" ")
    if (first[1:2].islower() and rest[:1].islower() and first.lower() not in _PARTICLES
            and _written_small_in(first.lower(), ctx.clean.text)):
        clause = first.lower() + clause[len(first):]
    return f"{head}: {fit(clause, sentence_case=False)}" if clause else head


def _written_small_in(word: str, text: str) -> bool:
    """Whether the text has the word as a word, written as given, not where a sentence or the text begins.

    Only the places where the word stands are tried (str.find), not every character of a text of up to 2 MB:
    a search for this pattern has no fixed start, so the regex engine tried each position, once per motion. What
    is asked at each place is asked by two patterns compiled once (a pattern of its own for each word cost more
    to compile than the whole search): the word's start, then its end.
    """
    i = text.find(word)
    while i != -1:
        if _SMALL_WORD_START.match(text, i) and _WORD_EDGE.match(text, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


# Where a word stands written small inside a sentence: at a word's edge, not at the text's start nor one space
# after a sentence's end ("(?<!^)" at a position given to match is the text's start only, as in a search)
_SMALL_WORD_START = re.compile(r"(?<![.!?:] )(?<!^)\b")
_WORD_EDGE = re.compile(r"\b")


# "moties van D66 en GroenLinks": the motion phrase itself, when nothing else names it
_MOTION_PHRASE = re.compile(r"\bmoties?\s+van\s+[^,.;:]{2,60}?(?=\s+(?:af|in|aan|over|om)\b|[,.;:]|$)", _I)


def _motion_phrase(ctx: Context, d: Draft) -> str:
    text = ctx.sentences[d.first].text
    listed = _LISTED_MOTION.search(text)
    if listed:
        subject = re.sub(r"^(?:een|de|het)\s+", "", tidy(listed["x"]), flags=_I)
        return f"Motie {listed['who']}: {subject}"
    m = _MOTION_PHRASE.search(text)
    return m.group() if m else ""


# A list entry "Motie van het lid Kwint c.s. over de eigen bijdrage voor de voorschool"
_LISTED_MOTION = re.compile(
    r"\bmotie\s+van\s+(?:het\s+lid|de\s+leden|senator|Kamerlid)\s+(?P<who>[A-Z][\w'-]*(?:\s+(?:[a-z]{1,3}\s+)*[A-Z][\w'-]*)?"
    r"(?:\s+c\.s\.)?)\s+over\s+(?P<x>[^.;:]{3,200}?)(?=\s+(?-i:[A-Z]{6,})\b|[.;:]|$)",
    _I,
)


_MOTION_WORDS = re.compile(r"\bmoties?\b", _I)


def _surname(name: str) -> str:
    """How a title names a member: "Wybren van Haga" → "Van Haga", "Salima Belhaj" → "Belhaj"."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _PARTICLES), len(words) - 1)
    if at == 0 or len(words) == 1:
        return name
    if at > 1 and re.search(r"-[A-Z]", words[at - 1]):
        at -= 1  # a double surname: "Marjolein Faber-Van de Klashorst" → "Faber-Van de Klashorst"
    rest = words[at:]
    return " ".join([rest[0][:1].upper() + rest[0][1:], *rest[1:]])


_PARTICLES = frozenset({"van", "de", "der", "den", "ten", "ter", "in", "het", "'t"})


def _fallback(ctx: Context, d: Draft) -> str:
    """A title from the sentence itself when no phrase names the subject: its first clause that is more than a
    date or a dateline ("18 september 2015 – Bij de beschouwingen ...", "DEN HAAG (ANP) - ...")."""
    s = ctx.sentences[d.first]
    text = s.text
    for x in sorted(ctx.deadlines_in(s.start, s.end), key=lambda x: len(x.phrase), reverse=True):
        if x.resolution.due is not None and len(text.replace(x.phrase, " ").split()) > 2:
            text = text.replace(x.phrase, " ")
    for part in re.split(r"[,;:]\s|\s[–—-]\s", text):
        part = _SAID_THAT.sub("", part.strip())
        part = re.sub(r"^(?:Den Haag\s*[–—-]\s*|Volgens\s+[^,]+,\s*)", "", part.strip(), flags=_I).strip(" .")
        if reads_as_title(cap(part)) and not _DATELINE.fullmatch(part):
            return part
    return ""


# "Premier X wil niet garanderen dat de brief ...": what is said is the subject
_SAID_THAT = re.compile(
    r"^[^,;:]{0,60}?\b(?:garanderen|zeggen|beloven|melden|laten weten|verwachten|hopen|zegt|belooft|"
    r"meldt|verwacht|hoopt|garandeert|stelt)\s+dat\s+(?=\S)",
    _I,
)
# A dateline before the news: "DEN HAAG (ANP)", "Amsterdam"
_DATELINE = re.compile(r"(?:[A-Z][A-Z'-]+\s*)+(?:\([^()]*\))?|[A-Z][\w-]+(?:\s+\([^()]*\))?")

# What a motion asks, said in the sentence that names it: "een motie die het kabinet verzoekt om X te doen",
# "een motie waarin gevraagd wordt X te doen", "waarin de regering wordt opgeroepen X te doen" → "X doen"
# the dictum itself in the motion's sentence: "De motie van het lid X; Verzoekt de regering om A te B"
_OWN_DICTUM = re.compile(
    r"\b(?:verzoekt|verzoeken|roept|roepen|draagt|dragen)\s+(?:de\s+regering|het\s+kabinet|de\s+minister\w*"
    r"|de\s+staatssecretaris\w*)(?:\s+(?:van|voor)\s+(?-i:[A-Z])[\w&]+)?\s*,?\s+(?:op\s*,?\s*|aan\s*,?\s*)?(?:om\s+)?"
    r"(?:te\s+(?P<v2>\w+en)\s+(?P<x2>[^.;]{3,100})|(?P<x>[^.;]{3,120}?)\s+te\s+(?P<v>\w+en)\b)",
    _I,
)
# the particle of a separable verb goes with it: "mee te nemen" → "meenemen"
_PARTICLE_END = re.compile(r"\s(mee|op|in|uit|aan|af|door|toe|terug|vast|bij|na|weg|samen|tegen|voort|over)$")


def _infinitive(before: str, verb: str) -> str:
    """What a "X te V" clause asks, as a title says it: "A mee te nemen" → "A meenemen"."""
    m = _PARTICLE_END.search(before)
    return f"{before[: m.start()]} {m.group(1)}{verb}" if m else f"{before} {verb}"


_DICTUM = re.compile(
    r"\b(?:motie|moties)\b[^.;]{0,80}?\b(?:die|dat|waarin|waarmee)\s+(?:(?:de\s+regering|het\s+kabinet|de\s+minister"
    r"|de\s+staatssecretaris)\s+)?(?:(?:wordt|werd|worden|werden)\s+)?(?:verzoekt|vraagt|oproept|roept|aanzet|zet|"
    r"opdraagt|draagt|gevraagd|verzocht|opgeroepen|opgedragen)(?:\s+(?:wordt|werd|worden|werden))?"
    r"(?:\s+(?:de\s+regering|het\s+kabinet))?\s+(?:(?:op|aan)\s+)?(?:om\s+)?(?P<x>[^.;]{3,120}?)\s+te\s+(?P<v>\w+en)\b",
    _I,
)


def _fallback_title(ctx: Context, d: Draft) -> str:
    """When what a stage made names no subject ("Rutte: bieden", "18 september 2015", "Motie: de"): what the
    motion asks, else the sentence's first clause that says something; a motion keeps its head."""
    if d.kind == "motion":
        head = _motion_head(ctx, d)
        asked = _DICTUM.search(ctx.sentences[d.first].text)
        subject = tidy(f"{asked.group('x')} {asked.group('v')}") if asked else ""
        subject = subject or tidy(_motion_phrase(ctx, d) if head == "Motie" else "")
        if subject:
            return f"{head}: {fit(subject, sentence_case=False)}" if head != "Motie" else fit(subject)
        if head != "Motie":
            return head
    subject = re.sub(r"^(?:een|de|het)\s+(?=\S)", "", tidy(_fallback(ctx, d)), flags=_I)
    return fit(subject) if subject else fit(ctx.sentences[d.first].text)


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a title a person writes does not start with: finite verbs and auxiliaries, conjunctions and clause
# openers, pronouns, sentence adverbs ("wordt stappen te zetten", "heeft gedaan, namelijk dat", "Toch willen wij")
FINITE_LEAD = words(
    "is zijn was waren wordt worden werd werden heeft hebben had hadden heb zal zullen zou zouden kan kunnen kon "
    "konden moet moeten moest moesten mag mogen wil willen wilde gaat gaan ging gingen komt komen kwam kwamen "
    "doet doen deed laat liet"
)
CONJUNCTION_LEAD = words(
    "en of maar want dus dat om te indien als wanneer zodra nadat omdat zodat terwijl waarin waarbij waarmee "
    "waarna die hoe wat welke namelijk"
)
PRONOUN_LEAD = words("ik wij we jij je hij zij ze u men er hier daar zich mijn onze ons zijn haar hun uw")
ADVERB_LEAD = words(
    "ook nog toch verder voorts tevens daarnaast bovendien eerst dan daarna vervolgens hierbij hiermee wel echter "
    "heden hedenmiddag hedenavond vandaag morgen straks nu inmiddels alsnog dus immers daarom derhalve"
)
_ARTICLES = ("een", "de", "het")
_NOT_FIRST = FINITE_LEAD | CONJUNCTION_LEAD | PRONOUN_LEAD | ADVERB_LEAD
# Words a title does not end with: articles, prepositions, conjunctions, pronouns, auxiliaries
NOT_LAST = words(
    "de het een van en of voor in op met bij naar om over aan te die dat tot ook niet deze dit als is wordt werd "
    "zijn zich er hun haar waarin waarbij hoe wat waar dus namelijk zoals uit door tegen onder na omdat zodat "
    "maar dan wel nog ze zij hij wij we ik u zou zal moet kan mogen kunnen moeten zullen willen komt"
)
# "stel ik voor, ...", "stelt voor om ...": the proposal is what follows
_PROPOSE = re.compile(r"^(?:stel|stelt|stellen)\s+(?:(?:ik|wij|we)\s+)?voor\b[\s,]*(?:om\s+|dat\s+)?", _I)
# "door de staatssecretaris gekozen traject" → "traject"
_BY_WHOM = re.compile(r"^door\s+(?:de|het)\s+\S+\s+ge\w+\s+(?=\w)", _I)
# "gedaan, namelijk ...": a participle left from the verb
_PARTICIPLE_COMMA = re.compile(r"^(?:\w+)?ge\w{2,}[dtn],\s*", _I)
# "staat dat de lonen ...": what the motion says follows "dat"
_SAYS_THAT = re.compile(r"^(?:staat|staan|stelt|stellen|zegt|zeggen|vraagt|vragen|verzoekt)\s+(?=dat\b|om\b)", _I)
# "de Kamer wil dat er een onderzoek komt": what is wanted is the subject
_WANTS_THAT = re.compile(
    r"^(?:\w+\s+){0,3}?(?:wil|wilde|willen|eist|eiste|eisen|vindt|vond|vinden)\s+(?:(?:de|het)\s+\w+\s+)?dat\s+"
    r"(?:er\s+(?P<x>.+?)\s+(?:komt|komen)\b\s*)?",
    _I,
)
# What is not the subject at the end: "... is toegezegd", "... werd met 69 stemmen (verworpen)", a table's next
# column after a date ("taakstraffen 19-6-2008 Actieplan overlast")
_TAIL_NOT_SUBJECT = re.compile(
    r"^(?!.*\b(?:waarin|waarbij|waarmee|waardoor|die|dat)\b)(?P<keep>.*?)(?P<modal>(?<=\bkan)|(?<=\bkunnen)|(?<=\bmoet)"
    r"|(?<=\bmoeten)|(?<=\bmag)|(?<=\bmogen)|(?<=\bzou)|(?<=\bzouden))?\s+(?:is|zijn|wordt|worden|werd|werden)\s+"
    r"\w*ge\w+[dtn]$|\s+(?:werd|werden|is|was|zijn)\s+(?:met|door)\s+"
    r"(?:\d+|een|de|alle|algemene)\b.*$|(?<=\w{3})\s+\d{1,2}-\d{1,2}-\d{2,4}\b.*$"
    # where it goes, said after it: "een verkenning naar X naar de Kamer stuurt"
    r"|\s+(?:(?:naar|aan)\s+)?(?:de|uw)\s+(?:Tweede\s+|Eerste\s+)?Kamer\s+(?:\w+\s+)?(?:stuurt|sturen|stuur|zendt|"
    r"zenden|toestuurt|toezendt|verstuurt|aanbiedt|biedt|doet\s+toekomen)$"
    # a link mark of a news site ("Staatscommissie Parlementair Stelsel i. Verder heeft ...")
    r"|\s+(?-i:i\.?\s+[A-Z]).*$",
    _I,
)
# The letter itself: "Met deze brief ga ik in op ...", "Dit betreft een ...", "in op" left from "ga ik in op"
_THIS_LETTER = re.compile(
    r"^(?:(?:met|in|bij)\s+(?:deze|dit)\s+(?:brief|notitie|bericht|schrijven)\s+|(?:dit|dat|het)\s+betreft\s+|"
    r"(?:in|terug|nader)\s+op\s+(?=\S))",
    _I,
)
# An advice in capitals after a motion in a list ("ONTRADEN", "OORDEEL KAMER") and what follows it
_CAPITALS_TAIL = re.compile(r"[\s-]+[A-Z]{6,}\b.*$")


def tidy(subject: str) -> str:
    """The subject without the words a person leaves out at its ends: a finite verb, a conjunction, a pronoun or
    an adverb in front ("wordt stappen zetten", "Sturen wij onze reactie op"), a function word at the end."""
    text = " ".join(subject.split()).strip(" ,.;:-–—•")
    text = _CAPITALS_TAIL.sub("", text)
    # a passive after a modal verb is what is asked ("of de regeling kan worden verlengd"), kept when it fits
    fits = len(text) <= TITLE_SIZE
    text = _TAIL_NOT_SUBJECT.sub(lambda m: m.group() if m["modal"] is not None and fits else m["keep"] or "", text)
    while True:
        before = text
        text = _PROPOSE.sub("", text)
        text = _BY_WHOM.sub("", text)
        text = _PARTICIPLE_COMMA.sub("", text)
        text = _SAYS_THAT.sub("", text)
        text = _WANTS_THAT.sub(lambda m: f"{m['x']} " if m["x"] else "", text)
        text = _THIS_LETTER.sub("", text)
        words = text.split(" ")
        first, second = words[0].strip(",").lower(), words[1].strip(",").lower() if len(words) > 1 else ""
        if second in ("ik", "wij", "we", "hij", "zij", "ze", "u"):
            text = " ".join(words[2:])  # inverted order: "sturen wij", "zal ik"
        elif second and (first in _NOT_FIRST or (first in _ARTICLES and second in _NOT_FIRST)):
            text = " ".join(words[1:])
        text = text.strip(" ,.;:")
        if text == before:
            break
    if text != " ".join(subject.split()).strip(" ,.;:"):
        # "komt er een plan voor X" → "plan voor X"
        text = re.sub(r"^(?:een|de|het)\s+(?!heer\b)(?=\S)", "", text, flags=_I)
    return _drop_dangling(text)


def _drop_dangling(text: str) -> str:
    """ "oplossing van zowel de zaak als" → "oplossing van zowel de zaak": no function word, cut word, adjective
    without its noun or fixed phrase without its "van" at the end ("op basis", "het aantal geschatte")."""
    words = text.split(" ")
    while len(words) > 1:
        last = words[-1].lower().strip(",")
        if last in _CLAUSE_VERBS and _SUBORDINATE.search(" ".join(words[:-1])):
            break  # a subordinate clause ends on its verb: "giften waarvan de herkomst niet duidelijk is"
        if last in NOT_LAST or words[-1].endswith("-") or _ADJECTIVE_END.search(words[-1]) or last in _ORDINALS:
            words.pop()
        elif len(words) > 2 and f"{words[-2].lower()} {last}" in _WANTS_VAN:
            del words[-2:]
        elif re.fullmatch(r"[1-9]|[12]\d|3[01]", last) and words[-2].lower() not in _BEFORE_A_NUMBER:
            words.pop()  # a day left where its month was: "Stemmingen over moties OCW 20 (november)"
        else:
            break
    return " ".join(words).strip(" ,;:")


# A subordinate clause may end on these ("... waarvan de herkomst niet duidelijk is"), not on a bare modal
_CLAUSE_VERBS = frozenset({"is", "zijn", "wordt", "worden", "werd", "komt"})
_SUBORDINATE = re.compile(r"\b(?:waar\w+|die|dat|omdat|zodat|of|hoe|wie|wat|welke)\s+\S+", _I)
_ORDINALS = frozenset({"eerste", "tweede", "derde"})
_BEFORE_A_NUMBER = frozenset(
    {"naar", "tot", "van", "op", "met", "per", "nr.", "artikel", "art.", "is", "en", "of", "dan"}
)
# An inflected adjective waits for its noun: "geschatte", "ministeriële", "besmettelijke"
_ADJECTIVE_END = re.compile(r"^[a-zà-ÿ][\wà-ÿ]*(?:lijke|ische|ige|ieve|ële|ende|tte|dde)$")
# Fixed phrases that need their "van": "op basis (van)", "uit hoofde (van)"
_WANTS_VAN = frozenset({
    "op basis", "uit hoofde", "het kader", "met betrekking", "ten aanzien", "naar aanleiding", "als gevolg",
    "in verband", "ten behoeve", "op grond", "in plaats",
})


# A title that is only a date: "18 september 2015", "Donderdag 21 december"
_ONLY_DATE = re.compile(
    r"^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*)?\d{0,2}\s*(?:januari|februari|maart|april"
    r"|mei|juni|juli|augustus|september|oktober|november|december)?\s*(?:\d{4})?$|^[\d\s./-]+$",
    _I,
)
_BARE = frozenset({"motie", "moties", "toezegging", "toezeggingen", "deadline", "termijn", "actie", ""})


def reads_as_title(title: str) -> bool:
    """Whether a title names a subject a person would write down: not a bare kind, not only a date or function
    words, not a name with one verb ("Rutte: bieden")."""
    text = title.strip(" .")
    if text.lower() in _BARE or _ONLY_DATE.match(text):
        return False
    subject = text.split(": ", 1)[1] if ": " in text else text
    words = [w.strip(",").lower() for w in subject.split()]
    if not words or all(w in NOT_LAST or w in _NOT_FIRST for w in words):
        return False
    # "Rutte en Staghouwer: bieden": a name with a bare verb, not "Motie Nicolaï: slavernijverleden" (nor "Motie
    # Kwint: toetsen", "Motie Dijk: woningen": what a motion is "over" is a noun, whatever its ending)
    verb_only = len(words) == 1 and len(words[0]) <= 9 and words[0].endswith("en") and subject[:1].islower()
    head = text.split(": ", 1)[0]
    return not (verb_only and ": " in text and _NAMES_ONLY.fullmatch(head) and not _MOTION_HEAD.match(head))


# a motion's head: "Motie Kwint", "Moties Krol"
_MOTION_HEAD = re.compile(r"Moties?\s")
# A head of names only: "Rutte en Staghouwer", "Van der Plas c.s."
_NAMES_ONLY = re.compile(r"(?:[A-Z][\w'-]*|van|de|der|den|en|c\.s\.)(?:\s+(?:[A-Z][\w'-]*|van|de|der|den|en|c\.s\.))*")


def _tidy_after_head(title: str) -> str:
    """A stage's title "Head: subject" with its subject tidied."""
    head, sep, subject = title.partition(": ")
    if not sep:
        return cap(tidy(title)) or title
    return f"{head}: {tidy(subject)}" if tidy(subject) else head


# Where a long title may stop: first after a clause (a comma, a conjunction, a relative pronoun), else before
# a preposition.
_CLAUSE_BOUNDARY = re.compile(r",\s|(?<!-)\s(?=(?:die|dat|waarin|waarbij|waardoor|zodat|omdat|om|en|maar)\s)")
_PHRASE_BOUNDARY = re.compile(r"(?<!-)\s(?=(?:met|voor|in|bij|naar|over|tegen|van|tot|op|aan)\s)")
# An aside a long title can do without: ", die ... ," and "(...)"
_ASIDE = re.compile(r",?\s+die\s+[^,]{3,80},|\s*\([^()\d]{1,60}\)")
TITLE_SIZE = 90
# How far past TITLE_SIZE a title without a boundary before it may run to end where its phrase ends
OVERRUN = 25
_OVERRUN_BOUNDARY = re.compile(
    r",\s|(?<!-)\s(?=(?:die|dat|waarin|waarbij|waardoor|zodat|omdat|om|en|maar|met|voor|in|bij|naar|over|tegen|van|"
    r"tot|op|aan|wegens|vanwege|door|zonder)\s)"
)


def fit(text: str, sentence_case: bool = True) -> str:
    """Sentence case; a title longer than TITLE_SIZE loses its asides, then stops at the last clause boundary
    before it (never with "…": the full text is the quote, and a screen cuts a title only where it draws it).
    Without a boundary there it runs on to the next phrase boundary within OVERRUN, rather than stop inside a
    phrase ("... Hulpmiddelen laten" of "laten vernietigen wegens bedrog"). A title states, it asks nothing:
    the question mark of a sentence a title is taken from goes ("Hoe stemden de fracties over de motie X die
    pleit om ... te heroverwegen?")."""
    text = " ".join(text.split()).strip(" ,;:")
    text = text if text.endswith(("c.s.", "e.a.", "jl.")) else text.rstrip(".?!").rstrip(" ,;:")
    if len(text) > TITLE_SIZE:
        text = _ASIDE.sub("", text)
    if len(text) > TITLE_SIZE:
        cuts = [m.start() for m in _CLAUSE_BOUNDARY.finditer(text, 45, TITLE_SIZE)]
        cuts = cuts or [m.start() for m in _PHRASE_BOUNDARY.finditer(text, 45, TITLE_SIZE)]
        later = None if cuts else _OVERRUN_BOUNDARY.search(text, TITLE_SIZE, TITLE_SIZE + OVERRUN)
        cut = cuts[-1] if cuts else later.start() if later else text.rfind(" ", 45, TITLE_SIZE)
        opened = text.rfind("(", 0, cut)
        if opened >= 45 and text.find(")", opened, cut) < 0:
            cut = opened  # not inside brackets it would leave open: "adviesorganen (ten minste Centraal"
        text = _drop_dangling(text[: cut if cut > 0 else TITLE_SIZE]).strip(" ,.;:")
    return cap(text) if sentence_case else text


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]
