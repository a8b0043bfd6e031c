"""Who is named in a debate text: members with their party, ministers by ministry, organisations."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractedActor:
    """A person or body named in the text, with the role the domain knows (see kinds.ACTOR_ROLES)."""

    name: str
    party: str | None = None
    role: str = "member"
    ministry: str | None = None

    @property
    def key(self) -> str:
        """Identity for dedupe: the case-folded name."""
        return name_key(self.name)

    def to_json(self) -> dict[str, str | None]:
        return {"name": self.name, "party": self.party, "role": self.role, "ministry": self.ministry}


@dataclass(frozen=True)
class ActorMention:
    """One actor found at a span of the (normalised) text."""

    start: int
    end: int
    actor: ExtractedActor


# --- parties -------------------------------------------------------------------------------------

# A party is kept as the text writes it: only spellings of one party are one ("GroenLinks-PvdA", "GL/PvdA"),
# never an older party read as a later merger by date ("GroenLinks" in a 2019 text, a PvdA senator in 2025).
_PARTY_ALIASES: dict[str, str] = {
    "d66": "D66",
    "d'66": "D66",
    "democraten66": "D66",
    "groenlinks": "GroenLinks",
    "gl": "GroenLinks",
    "pvda": "PvdA",
    "groenlinks-pvda": "GL-PvdA",
    "gl-pvda": "GL-PvdA",
    "gl/pvda": "GL-PvdA",
    "glpvda": "GL-PvdA",
    "pvda-gl": "GL-PvdA",
    "groenlinks/pvda": "GL-PvdA",
    "pvda/groenlinks": "GL-PvdA",
    "pvv": "PVV",
    "vvd": "VVD",
    "nsc": "NSC",
    "nieuwsociaalcontract": "NSC",
    "bbb": "BBB",
    "boerburgerbeweging": "BBB",
    "cda": "CDA",
    "sp": "SP",
    "christenunie": "ChristenUnie",
    "cu": "ChristenUnie",
    "sgp": "SGP",
    "pvdd": "PvdD",
    "partijvoordedieren": "PvdD",
    "fvd": "FvD",
    "forumvoordemocratie": "FvD",
    "ja21": "JA21",
    "volt": "Volt",
    "denk": "DENK",
    "50plus": "50PLUS",
    "bij1": "BIJ1",
    "bvnl": "BVNL",
    "groepvanhaga": "Groep Van Haga",
    # written out: "de Partij voor de Dieren", "een motie van de Partij van de Arbeid"
    "partijvandearbeid": "PvdA",
    "partijvoordevrijheid": "PVV",
    "volkspartijvoorvrijheidendemocratie": "VVD",
    "christen-democratischappèl": "CDA",
    "christendemocratischappèl": "CDA",
    "christen-democratischappel": "CDA",
    "christendemocratischappel": "CDA",
    "socialistischepartij": "SP",
    "staatkundiggereformeerdepartij": "SGP",
    "groepmarkuszower": "Groep Markuszower",
}


def _party_key(raw: str) -> str:
    return re.sub(r"[\s.’‘`´']", "", raw).lower()


def normalise_party(raw: str) -> str | None:
    """The usual abbreviation of a party as written in a text ("D’66" → "D66"), or None if unknown."""
    return _PARTY_ALIASES.get(_party_key(raw))


# Party names as they appear in running text ("de SP", "de VVD-fractie"), to find who "the party" is.
PARTY_WORD = re.compile(
    r"\b(?:de|het)\s+(D[’']?66|GroenLinks-PvdA|GL-PvdA|PVV|VVD|NSC|BBB|CDA|SP|ChristenUnie|SGP|PvdD|FvD|FVD"
    r"|JA21|Volt|DENK|50PLUS|BIJ1|GroenLinks|PvdA)(?:-fractie)?\b"
)

# --- ministries ----------------------------------------------------------------------------------

_MINISTRY_NAMES: tuple[tuple[str, str], ...] = (
    # longest first, so "Economische Zaken en Klimaat" wins over "Economische Zaken"
    (r"Justitie\s+en\s+Veiligheid|J\s?&\s?V|JenV|JusVe", "J&V"),
    (r"Veiligheid\s+en\s+Justitie|V\s?&\s?J|VenJ", "J&V"),
    (r"Volksgezondheid,?\s+Welzijn\s+en\s+Sport|VWS", "VWS"),
    (r"Onderwijs,?\s+Cultuur\s+en\s+Wetenschap(?:pen)?|OCenW|OC\s?&\s?W|OCW", "OCW"),
    (r"Binnenlandse\s+Zaken\s+en\s+Koninkrijksrelaties|Binnenlandse\s+Zaken|BZK|Koninkrijksrelaties", "BZK"),
    (r"Financiën|Financien|Fin", "Fin"),
    (r"Economische\s+Zaken,?\s+Landbouw\s+en\s+Innovatie|EL\s?&\s?I|ELenI", "EL&I"),  # 2010-2012
    (r"Economische\s+Zaken\s+en\s+Klimaat|EZK", "EZK"),
    (r"Economische\s+Zaken|EZ", "EZ"),
    (r"Klimaat\s+en\s+Groene\s+Groei|KGG", "KGG"),
    (r"Landbouw,?\s+Visserij,?\s+Voedselzekerheid\s+en\s+Natuur|LVVN", "LVVN"),
    (r"Landbouw,?\s+Natuur\s+en\s+Voedselkwaliteit|LNV", "LNV"),
    (r"Sociale\s+Zaken\s+en\s+Werkgelegenheid|Sociale\s+Zaken|SZW", "SZW"),
    (r"Infrastructuur\s+en\s+Waterstaat|I\s?&\s?W|IenW", "IenW"),
    (r"Buitenlandse\s+Handel\s+en\s+Ontwikkelingssamenwerking|BHO", "BHO"),
    (r"Buitenlandse\s+Zaken|BZ", "BZ"),
    (r"Defensie|Def", "Def"),
    (r"Algemene\s+Zaken|AZ", "AZ"),
    (r"Volkshuisvesting\s+en\s+Ruimtelijke\s+Ordening|VRO", "VRO"),
    (r"Asiel\s+en\s+Migratie|AenM|A\s?&\s?M", "AenM"),
    (r"Justitie", "J&V"),
    (r"Onderwijs", "OCW"),
    (r"Volksgezondheid", "VWS"),
    (r"Landbouw", "LVVN"),
    (r"Klimaat\s+en\s+Energie", "KGG"),
    (r"Toeslagen\s+en\s+Douane|Herstel\s+Toeslagen", "Fin"),
    (r"Rechtsbescherming", "J&V"),
    (r"Jeugd,?\s+Preventie\s+en\s+Sport|Medische\s+Zorg(?:\s+en\s+Sport)?|Langdurige\s+(?:en\s+Maatschappelijke\s+)?Zorg"
     r"(?:\s+en\s+Sport)?", "VWS"),
    (r"Primair\s+en\s+Voortgezet\s+Onderwijs|Basis-\s+en\s+Voortgezet\s+Onderwijs(?:\s+en\s+Media)?", "OCW"),
    (r"Openbaar\s+Vervoer\s+en\s+Milieu", "IenW"),  # the state secretary's portfolio since 2024
    (r"BVOM", "OCW"),
    (r"Natuur\s+en\s+Stikstof", "LNV"),
    (r"Armoedebeleid,?\s+Participatie\s+en\s+Pensioenen", "SZW"),
)
_MINISTRY_ALT = "|".join(f"(?:{p})" for p, _ in _MINISTRY_NAMES)
_MINISTRY_RES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?:{p})\Z"), abbr) for p, abbr in _MINISTRY_NAMES
)


def normalise_ministry(raw: str) -> str | None:
    """The usual abbreviation of a ministry ("Justitie en Veiligheid" → "J&V"), or None if unknown."""
    text = " ".join(raw.split())
    for pattern, abbr in _MINISTRY_RES:
        if pattern.match(text):
            return abbr
    return None


# A minister named for a portfolio, not for a department: Dutch writes "minister voor Rechtsbescherming", "minister
# voor BVOM" (the department the minister sits at is the ministry). The portfolio as a person writes it, abbreviated
# where the Kamer abbreviates it.
_PORTFOLIOS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(rf"(?:{p})\Z"), shown) for p, shown in (
    (r"Rechtsbescherming", "Rechtsbescherming"),
    (r"Medische\s+Zorg(?:\s+en\s+Sport)?", "Medische Zorg"),
    (r"Langdurige\s+en\s+Maatschappelijke\s+Zorg", "Langdurige en Maatschappelijke Zorg"),  # the portfolio since 2024
    (r"Langdurige\s+Zorg(?:\s+en\s+Sport)?", "Langdurige Zorg"),
    (r"Basis-\s+en\s+Voortgezet\s+Onderwijs(?:\s+en\s+Media)?|BVOM", "BVOM"),
    (r"Primair\s+en\s+Voortgezet\s+Onderwijs", "Primair en Voortgezet Onderwijs"),
    (r"Klimaat\s+en\s+Energie", "Klimaat en Energie"),
    (r"Natuur\s+en\s+Stikstof", "Natuur en Stikstof"),
    (r"Armoedebeleid,?\s+Participatie\s+en\s+Pensioenen", "Armoedebeleid, Participatie en Pensioenen"),
    (r"Buitenlandse\s+Handel\s+en\s+Ontwikkelingssamenwerking|BHO", "BHO"),
))
# A department as a person writes it after "van" where its abbreviation is no word of its own ("Fin", "Def")
_DEPARTMENT_SHOWN = {"Fin": "Financiën", "Def": "Defensie", "AenM": "Asiel en Migratie"}


def office_title(role: str, ministry: str | None, written: str | None = None) -> str:
    """An office as Dutch names it: "minister van OCW", "staatssecretaris van SZW", "minister voor BVOM" (a minister
    for a portfolio, `written` as the text gives it), "minister-president"; without a ministry the bare office.
    `role`: "minister", "state_secretary" or "minister-president"."""
    if role == "minister-president":
        return "minister-president"
    office = "staatssecretaris" if role == "state_secretary" else "minister"
    if written and role == "minister":
        text = " ".join(written.split())
        for pattern, shown in _PORTFOLIOS:
            if pattern.match(text):
                return f"minister voor {shown}"
    if not ministry:
        return office
    return f"{office} van {_DEPARTMENT_SHOWN.get(ministry, ministry)}"


# --- names ---------------------------------------------------------------------------------------

_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]en|[Tt]er|[Ii]n|[Hh]et|'t|[Ll]a|[Ll]e|[Dd]')"
# Letters beyond Latin-1 too: "Kostić", "Özütok".
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LETTERS = r"(?:[^\W\d_]|['’])"
# A given name's letters after its capital, beyond Latin-1 too: "Koşer Kaya" is one member (u15: "Koşer" and "Kaya")
_LOWER = "[a-zß-öø-ÿĀ-ž]"
_SURNAME = rf"[{_UPPER}]{_LETTERS}+(?:-(?:[{_UPPER}]{_LETTERS}+|[a-z]+-[{_UPPER}]{_LETTERS}+))*"
# An optional given name or initials, particles, then the surname: "Jasper van Dijk", "J.J. van der
# Werf", "Michon-Derkzen", "Ten Horn".
# Spaces, not \s: a name never runs over a heading boundary ("\n") of the cleaned text.
NAME = (
    rf"(?:(?:[A-Z]\.){{1,4}} ?|[{_UPPER}]{_LOWER}+ +(?={_PARTICLE} ))?"
    # the chamber after a name is no surname: "staatssecretaris Jansen de Kamer toegezegd" names Jansen
    rf"(?:{_PARTICLE} +){{0,3}}(?!(?:Kamer|Tweede|Eerste)\b){_SURNAME}"
)
# A given name before a surname, only where a title makes the pair a name: "Kamerlid Salima Belhaj",
# "de heer Pieter Heerma", "minister Hugo de Jonge", "premier Mark Rutte".
_GIVEN = rf"(?:[{_UPPER}]{_LOWER}+(?:-[{_UPPER}]{_LOWER}+)? +(?=[{_UPPER}]))"
FULL_NAME = rf"{_GIVEN}?{NAME}"
_UPPER_NAME = r"(?:(?:VAN|DE|DER|DEN|TEN|TER|IN|'T) +){0,3}[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*"

_PARTY_IN_PARENS = (
    r"D[’']?66|GroenLinks-PvdA|GroenLinks|GL-PvdA|GL/PvdA|GL|PvdA|PVV|VVD|NSC|BBB|CDA|SP|ChristenUnie"
    r"|CU|SGP|PvdD|FvD|FVD|JA21|Volt|DENK|Denk|50PLUS|50Plus|BIJ1|Bij1|BVNL"
)
# Also glued to its title, as text extracted from Handelingen PDFs has it: "De heerUlenbelt (SP)".
_AFTER_GLUED_TITLE = r"(?<=[Dd]e heer)(?=[A-Z])|(?<=[Mm]evrouw)(?=[A-Z])"
MEMBER_WITH_PARTY = re.compile(
    rf"(?:(?<![\w-])|{_AFTER_GLUED_TITLE})(?P<name>{NAME})\s*\((?P<party>{_PARTY_IN_PARENS})\)")
# "het lid Leijten", "de leden Krol en Van Kent", "MOTIE VAN HET LID KROL"
# a name in capitals with its given name, where the heading's list goes on or ends: "LEDEN PIETER HEERMA EN SEGERS"
_UPPER_FULL = rf"(?:[A-Z][A-Z'’]+ +{_UPPER_NAME}(?=\s*(?:,|\bEN\b|C\.S\.|\n|$))|{_UPPER_NAME})"
MEMBERS_BY_TITLE = re.compile(
    rf"\b(?:[Hh]et|[Dd]e|HET|DE)\s+(?:lid|leden|LID|LEDEN) +"
    rf"(?P<names>(?:{_UPPER_FULL}|{FULL_NAME})(?:\s*(?:,|\ben\b|\bEN\b)\s*(?:{_UPPER_FULL}|{FULL_NAME}))*)"
)
# "Kamerlid X", "D66-Kamerlid X", "Tweede Kamerlid X", "senator X", "PvdA'er X"
# "op vragen van Kröger en Van der Werf", "op verzoek van Bontenbal", "naar aanleiding van een vraag van X":
# in a report of a debate these name members
MEMBERS_ASKING = re.compile(
    rf"\b(?:op\s+(?:vragen|verzoek|vraag)|naar\s+aanleiding\s+van\s+(?:een\s+)?(?:vragen|vraag|verzoek))\s+van\s+"
    rf"(?:(?:het\s+lid|de\s+leden|mevrouw|de\s+heer|Kamerlid|Kamerleden)\s+)?"
    rf"(?P<names>{FULL_NAME}(?:\s*(?:,|\ben\b)\s*{FULL_NAME})*)"
)
# A member by the office in the party: "SP-leider Lilian Marijnissen", "CDA-fractievoorzitter Pieter Heerma",
# "SP-senator Tiny Kox", "fractievoorzitter Jetten" (the party's prefix gives the party)
_MEMBER_OFFICE = (
    r"(?:[Kk]amerlid|[Ss]enator|(?:partij|fractie)?(?:leider|voorzitter)|[Ll]ijsttrekker|voor(?:man|vrouw)"
    r"|[Ww]oordvoerder)"
)
# offices that make a member without a party before them: "senator X", "fractievoorzitter X"
_OWN_OFFICE = ("senator", "fractie", "partij", "lijsttrekker")
# the office and the name on one line, or the office's line running on ("Kamerlid\nJansen"), not an office after the
# name that ends its line over a heading ("Joost Sneller, Kamerlid" / "Stemmingsuitslagen")
_NOT_LINE_END = r"(?:[^\S\n]+|(?<!,\s[Kk]amerlid)(?<!,\s[Ss]enator)\s+)"
KAMERLID = re.compile(
    rf"(?:\b(?P<party>{_PARTY_IN_PARENS})-|\b(?:Tweede |Eerste )?)[Kk]amerlid{_NOT_LINE_END}(?P<name>{FULL_NAME})"
    rf"|(?:\b(?P<party2>{_PARTY_IN_PARENS})-|(?<![\w-]))(?P<office>{_MEMBER_OFFICE}){_NOT_LINE_END}"
    rf"(?P<name2>{FULL_NAME})"
    rf"|\b(?P<party3>{_PARTY_IN_PARENS})['’]er\s+(?P<name3>{FULL_NAME})"
)
# "mevrouw Dijk van de SP", "de heer Bikker van de ChristenUnie": a member named with the party after "van".
# a party's name written out (normalise_party knows each)
PARTY_IN_FULL = (
    r"Partij voor de Dieren|Forum voor Democratie|Nieuw Sociaal Contract|BoerBurgerBeweging|Partij van de Arbeid"
    r"|Partij voor de Vrijheid|Volkspartij voor Vrijheid en Democratie|Christen-?[Dd]emocratisch App[eè]l"
    r"|Socialistische Partij|Staatkundig Gereformeerde Partij"
)
_PARTY_IN_TEXT = rf"{_PARTY_IN_PARENS}|{PARTY_IN_FULL}"
# a party's name written out that ends where a name would: "Partij voor de Dieren (PvdD)" names no "De Dieren"
_ENDS_PARTY_IN_FULL = re.compile(rf"(?:{PARTY_IN_FULL})$")
# any party name in running text, to count how many a sentence names
PARTY_ANY = re.compile(rf"(?<![\w-])(?:{_PARTY_IN_TEXT})(?![\w])")
MEMBER_OF_PARTY = re.compile(
    rf"(?<![\w-])(?P<name>{NAME})\s+van\s+(?:de\s+|het\s+)?(?P<party>{_PARTY_IN_TEXT})(?:-fractie)?(?![\w-])"
)
_PARTY_AS_SURNAME = re.compile(rf"\svan\s+(?:de\s+|het\s+)?(?:{_PARTY_IN_TEXT})$")
# "mevrouw Westerveld", "de heer Erkens": in Kamer texts these address or name members.
HONORIFIC = re.compile(rf"\b(?:[Mm]evrouw|[Dd]e [Hh]eer|MEVROUW|DE HEER)\s+(?P<name>{FULL_NAME})")
_NOT_SURNAMES = frozenset(["Voorzitter", "Minister", "Staatssecretaris", "Kamer", "Kamerlid", "President"])
_LIST_SPLIT = re.compile(r"\s*(?:,|\ben\b|\bEN\b)\s*")

# Words a sentence can start with that look like a given name before "van ..." but are not one.
_NOT_GIVEN_NAMES = frozenset(
    [
        "Kamerlid", "Kamerleden", "Lid", "Leden", "Minister", "Staatssecretaris", "Collega", "Mevrouw", "Heer",
        "Voorzitter", "Volgens", "Op", "Onder", "Ook", "En", "Door", "Namens", "Aldus", "Dus", "Vragen", "Motie",
        "Voorgesteld", "Verzoek", "Amendement", "Fractie", "Partij", "Tevens", "Vanuit", "Namens", "Zowel",
        "Alleen", "Verder", "Daarnaast", "Zij", "Hij", "Ze", "Wij", "Wat", "Nu", "Dan", "Als", "Toen",
        "Verschillende", "Andere",
    ]
)

# Nouns after which a lower-case "van" is a preposition ("op vragen van Bruyning"), not part of a name.
_TAKES_VAN = frozenset(
    [
        "vragen", "vraag", "verzoek", "aanleiding", "namens", "motie", "moties", "voorstel", "voorstellen",
        "inbreng", "amendement", "initiatief", "betoog", "opmerking", "opmerkingen", "bijdrage", "zijde", "kant",
        "woorden", "reactie", "antwoord", "brief", "mening", "standpunt", "suggestie", "oproep", "pleidooi",
        "idee", "punt", "punten", "zorgen", "zorg", "interruptie", "verhaal", "uitspraak", "kritiek", "steun",
        "fractie", "partij", "bezwaar", "bezwaren", "advies", "positie", "plan", "plannen", "rol", "bedoeling",
        "toezegging", "visie", "interrupties", "vragenlijst", "woordvoerder", "steunt",
    ]
)
_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_LEADING_PARTICLES = re.compile(r"^(?:(?:van|de|der|den|ten|ter|in|het)\s+)+")

_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_PARTICLES_LOWER = frozenset({"van", "de", "der", "den", "ten", "ter", "in", "het", "'t", "la", "le", "d'"})


def normalise_name(raw: str) -> str:
    """A person's surname as the Kamer writes it: "van der Werf" → "Van der Werf", "KROL" → "Krol"."""
    words = raw.replace("’", "'").split()
    while len(words) > 1 and (words[0] in _NOT_GIVEN_NAMES or _INITIALS.fullmatch(words[0])):
        words = words[1:]  # "Kamerlid van Nispen", "A.W.J.A. van Hattem": the Kamer writes the surname
    if raw.isupper():
        words = [w.lower() if w.lower() in _PARTICLES_LOWER else _title_word(w) for w in words]
    if words and words[0].lower() in _PARTICLES_LOWER:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def _title_word(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def name_key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


# --- government ----------------------------------------------------------------------------------

GOVERNMENT = re.compile(
    rf"\b(?P<role>[Mm]inister-president|[Mm]inister|[Ss]taatssecretaris|MINISTER|STAATSSECRETARIS)"
    rf"(?:\s+(?:van|voor)\s+|\s+)(?P<ministry>{_MINISTRY_ALT})\b"
)
# "Staatssecretarissen J&V en VWS", "de ministers van SZW en OCW"
GOVERNMENT_PLURAL = re.compile(
    rf"\b(?P<role>[Mm]inisters|[Ss]taatssecretarissen)\s+(?:van\s+)?(?P<list>(?:{_MINISTRY_ALT})"
    rf"(?:\s*(?:,|\ben\b)\s*(?:van\s+)?(?:{_MINISTRY_ALT}))*)\b"
)
# Handelingen speaker and named office-holders: "Minister Van Weel:", "staatssecretaris Coenradie"
# ... also as the press writes them: "premier Mark Rutte", "LNV-minister Carola Schouten", "Energieminister Rob Jetten"
GOVERNMENT_NAMED = re.compile(
    rf"\b(?P<role>(?P<prefix>[A-Z][A-Za-z&]{{1,5}}-|[A-Za-z]{{3,}}(?=minister\s))?(?:[Mm]inister-president|[Mm]inister"
    rf"|[Ss]taatssecretaris)|[Pp]remier|[Vv]ice-premier)\s+(?P<name>{FULL_NAME})"
    rf"(?:\s*\(|,?\s+(?:van|voor)\s+)?(?P<ministry>{_MINISTRY_ALT})?"
)
# Several office-holders named at once: "Ministers Piet Adema (Landbouw) en Christianne van der Wal (Natuur en
# Stikstof)", "staatssecretarissen Tielen en Nobel"
_ONE_HOLDER = rf"{FULL_NAME}(?:\s*\([^()]{{2,60}}\))?"
GOVERNMENT_NAMED_PLURAL = re.compile(
    rf"\b(?P<role>[Mm]inisters|[Ss]taatssecretarissen)\s+(?P<list>{_ONE_HOLDER}(?:\s*(?:,|\ben\b)\s*{_ONE_HOLDER})+)"
)
_HOLDER_ITEM = re.compile(rf"(?P<name>{FULL_NAME})(?:\s*\((?P<office>[^()]{{2,60}})\))?")
# Who governs a municipality, a province or a water board, or sits in its council, named by office: "Wethouder Joon",
# "wethouder van Gelder", "gedeputeerde Christophe van der Maat", "burgemeester Buma", "dijkgraaf Van der Meer",
# "Raadslid Jacobse", "Statenlid Peter van Waaij (VVD)". Neither a member of the Kamer nor of the cabinet: 'other', with
# the party the text gives in brackets.
LOCAL_OFFICE_NAMED = re.compile(
    rf"\b(?:[Ww]ethouder|[Gg]edeputeerde|(?:[Ll]oco-?)?[Bb]urgemeester|[Dd]ijkgraaf|[Hh]eemraad"
    rf"|[Cc]ommissaris\s+van\s+de\s+[Kk]oning|[Rr]aadslid|[Ss]tatenlid|[Cc]ommissielid)\s+"
    rf"(?!Staten\b)(?P<name>{FULL_NAME})"  # "Gedeputeerde Staten" is the province's government, no one's name
    rf"(?:\s*\((?P<party>{_PARTY_IN_PARENS})\))?"
)
_LOCAL_OFFICE_AT = re.compile(
    r"ethouder|edeputeerde|urgemeester|ijkgraaf|eemraad|ommissaris|aadslid|tatenlid|ommissielid")
_LOCAL_OFFICE_BACK = 6  # "loco-b"
# A council's or the Staten's parties as their own texts name them, local ones too: "de fracties van GBL, Lijst058,
# FNP, VVD, CU", "de fractie van UdenPlusLanderd", "fractie Gemeentebelangen". Each a party ('other', with itself as
# its party), as "de SP" is where it files a motion.
_FRACTION_WORD = r"(?=[\w'’&-]*[A-Za-z])(?-i:[A-Z0-9])[\w'’&-]*"
_FRACTION_NAME = (rf"{_FRACTION_WORD}(?:\s+(?!(?:Voor|Tegen|De|Het|Een|En|Ook|Zij|Hij|Die|Dat|Deze|Dit)\b)"
                  rf"(?:{_FRACTION_WORD}|\d{{1,4}}\b)){{0,2}}")  # "Lijst 12", "Gemeentebelangen Berkelland"
# ... each with its spokesperson in brackets or not: "De fracties van SP (Meijer), GroenLinks (Ganzevoort) en OSF"
_FRACTION_ITEM = rf"{_FRACTION_NAME}(?:\s*\([^()]{{1,40}}\))?"
FRACTIONS_NAMED = re.compile(
    rf"\b[Ff]ractie(?P<plural>s)?(?:\s+van)?\s+(?:de\s+|het\s+)?(?P<list>{_FRACTION_ITEM}"
    rf"(?:\s*(?:,|\ben\b)\s*{_FRACTION_ITEM})*)")
_IN_BRACKETS = re.compile(r"\s*\([^()]*\)")
_FRACTIONS_AT = re.compile(r"ractie")
_FRACTION_SPLIT = re.compile(r"\s*(?:,|\ben\b)\s*")
# words a capitalised fraction name starts a sentence or a clause with: "de fractie Voor stemden ..."
_NOT_A_FRACTION = frozenset(("Voor", "Tegen", "De", "Het", "Een", "In", "Op", "Met", "Van", "En", "Ook", "Zij", "Hij"))
# A bare "de minister", "de staatssecretaris": resolved to the office-holder last named.
GOVERNMENT_BARE = re.compile(r"\b(?:[Dd]e|[Hh]et)\s+(?P<role>minister|staatssecretaris|kabinet|regering)\b")
_MINISTRY_ITEM = re.compile(_MINISTRY_ALT)
_OF_MINISTRY = re.compile(
    rf"(\s+(?:van|voor)\s+)(?:{_MINISTRY_ALT})\b|(\s+van\s+(?:de\s+|het\s+)?)(?:{_PARTY_IN_TEXT})\b"
)


def _role_code(word: str) -> str:
    w = word.lower()
    return "state_secretary" if w.endswith("staatssecretaris") else "minister"


def government_actor(role_word: str, ministry_raw: str | None, person: str | None = None) -> ExtractedActor:
    """An office-holder; without a person's name the name is the office ("staatssecretaris van J&V", "minister voor
    Rechtsbescherming")."""
    if role_word.lower() == "premier":
        role_word = "minister-president"
    role = _role_code(role_word)
    ministry = normalise_ministry(ministry_raw) if ministry_raw else None
    president = role_word.lower() == "minister-president"
    if president:
        ministry = "AZ"
    name = person or office_title("minister-president" if president else role, ministry, ministry_raw)
    return ExtractedActor(name=name, party=None, role=role, ministry=ministry)


# --- organisations -------------------------------------------------------------------------------

# Bodies lobbyists meet in debates; aliases map to the name shown.
_ORGANISATIONS: dict[str, str] = {
    "Vereniging Valente": "Valente",
    "Valente": "Valente",
    "Vereniging van Nederlandse Gemeenten": "VNG",
    "VNG": "VNG",
    "Interprovinciaal Overleg": "IPO",
    "IPO": "IPO",
    "Unie van Waterschappen": "Unie van Waterschappen",
    "Fier": "Fier",
    "Raad van Openbaar Bestuur": "Raad voor het Openbaar Bestuur",
    "Raad voor het Openbaar Bestuur": "Raad voor het Openbaar Bestuur",
    "ROB": "Raad voor het Openbaar Bestuur",
    "Raad van State": "Raad van State",
    "Algemene Rekenkamer": "Algemene Rekenkamer",
    "Nationale ombudsman": "Nationale ombudsman",
    "Nationale Ombudsman": "Nationale ombudsman",
    "Kinderombudsman": "Kinderombudsman",
    "College voor de Rechten van de Mens": "College voor de Rechten van de Mens",
    "Autoriteit Persoonsgegevens": "Autoriteit Persoonsgegevens",
    "CBS": "CBS",
    "CPB": "CPB",
    "SCP": "SCP",
    "PBL": "PBL",
    "RIVM": "RIVM",
    "Gezondheidsraad": "Gezondheidsraad",
    "WRR": "WRR",
    "Veilig Thuis": "Veilig Thuis",
    "Slachtofferhulp Nederland": "Slachtofferhulp Nederland",
    "Openbaar Ministerie": "Openbaar Ministerie",
    "Raad voor de rechtspraak": "Raad voor de rechtspraak",
    "Nationale Politie": "Politie",
    "FNV": "FNV",
    "CNV": "CNV",
    "VNO-NCW": "VNO-NCW",
    "MKB-Nederland": "MKB-Nederland",
    "LTO Nederland": "LTO Nederland",
    "LTO": "LTO Nederland",
    "Zorgverzekeraars Nederland": "Zorgverzekeraars Nederland",
    "ActiZ": "ActiZ",
    "GGD GHOR": "GGD GHOR",
    "NZa": "NZa",
    "ACM": "ACM",
    "Autoriteit Consument en Markt": "ACM",
    "AFM": "AFM",
    "DNB": "DNB",
    "UWV": "UWV",
    "SVB": "SVB",
    "DUO": "DUO",
    "IND": "IND",
    "COA": "COA",
    "Belastingdienst": "Belastingdienst",
    "Rijkswaterstaat": "Rijkswaterstaat",
    "ProRail": "ProRail",
    "Kiesraad": "Kiesraad",
    "Defence for Children": "Defence for Children",
    "Amnesty International": "Amnesty International",
    "VluchtelingenWerk Nederland": "VluchtelingenWerk",
    "Vluchtelingenwerk": "VluchtelingenWerk",
    "Natuurmonumenten": "Natuurmonumenten",
    "Aedes": "Aedes",
    "Woonbond": "Woonbond",
    "Raad voor Strafrechtstoepassing en Jeugdbescherming": "RSJ",
    "Reclassering Nederland": "Reclassering Nederland",
    "Inspectie Justitie en Veiligheid": "Inspectie J&V",
    "Inspectie Gezondheidszorg en Jeugd": "IGJ",
    "IGJ": "IGJ",
    "Onderwijsinspectie": "Inspectie van het Onderwijs",
    "Inspectie van het Onderwijs": "Inspectie van het Onderwijs",
    "Sociaal-Economische Raad": "SER",
    "SER": "SER",
}
_ORG_ALT = "|".join(re.escape(k) for k in sorted(_ORGANISATIONS, key=len, reverse=True))
ORGANISATION = re.compile(rf"(?<![\w-])(?:{_ORG_ALT})(?![\w-])")
# Bodies not in the table but named by their legal form: "Stichting Zorgbelang", "Vereniging Eigen Huis".
ORGANISATION_FORM = re.compile(
    r"\b(?:Stichting|Vereniging|Federatie|Koninklijke)\s+(?:[A-Z][\w&-]+)(?:\s+(?:[A-Z][\w&-]+|van|voor|de|het))*"
)


def organisation_actor(raw: str) -> ExtractedActor:
    name = _ORGANISATIONS.get(raw) or " ".join(raw.split()).removesuffix(" van").removesuffix(" de")
    return ExtractedActor(name=name, party=None, role="organisation", ministry=None)


# --- finding them --------------------------------------------------------------------------------

# Where a name, a title or a body may start: a word's first character (or the quote of "'t Hoen").
_WORD_START = re.compile(r"(?<!\w)[\w'’]")
# ... and a name also right after its title, where the space between them was lost ("De heerUlenbelt").
_GLUED_TITLE = re.compile(r"^(?:Mevrouw|MEVROUW)(?=[A-Z][a-z])")
_NAME_START = re.compile(rf"(?<!\w)[\w'’]|{_AFTER_GLUED_TITLE}")
# The stretch a name may take before what follows it ("Van der Werf (VVD)"), read backwards from there.
_NAME_BEFORE = re.compile(r"\s*[\w'’.\- ]*")
# The stretch of a word a title may start in ("LNV-minister", "Energieminister"), read backwards.
_WORD_BEFORE_TITLE = re.compile(r"[A-Za-z&-]*")


def _finditer_near(
    pattern: re.Pattern[str], text: str, anchor: re.Pattern[str], back: int = 0, run: re.Pattern[str] | None = None,
    starts: re.Pattern[str] = _WORD_START,
) -> Iterator[re.Match[str]]:
    """The matches of pattern.finditer(text), found where anchor is. Every match of pattern starts where
    _WORD_START matches, within `back` characters before the start of one of anchor's matches (or within
    the stretch of `run`, read backwards from there). Python's re cannot skip ahead to a pattern that starts
    with a lookbehind, so it tries all of it at every position; anchor starts with a literal it can skip to."""
    pos = 0  # where finditer would search next
    tried = 0  # every start before this is tried (or cannot start a match)
    rev = text[::-1] if run is not None else ""
    for a in anchor.finditer(text):
        at = a.start()
        if run is not None:
            gap = run.match(rev, len(text) - at)
            back = gap.end() - gap.start() if gap else 0
        # up to anchor's end too: a start inside a match of anchor ("Vereniging Valente") has no match of its own
        for s in starts.finditer(text, max(at - back, pos, tried), max(at + 1, a.end())):
            if s.start() < pos:
                continue
            m = pattern.match(text, s.start())
            if m:
                yield m
                pos = m.end()
        tried = max(tried, at + 1, a.end())


# Literal parts every match of a pattern has, at most so far after where it starts (see _finditer_near). An
# anchor's alternatives start with a plain character (no class): re skips ahead to where one may start.
_KAMERLID_AT = re.compile(r"amerlid|enator|leider|voorzitter|ijsttrekker|voorman|voorvrouw|oordvoerder|'er|’er")
_KAMERLID_BACK = 24  # "GroenLinks-PvdA-fractievoorzitter": 16 + "fractie"
_PARTY_AT = re.compile(rf"\((?:{_PARTY_IN_PARENS})\)")
_OF_PARTY_AT = re.compile(rf"van\s+(?:de\s+|het\s+)?(?:{_PARTY_IN_TEXT})")
_GOVERNMENT_AT = re.compile(r"inister|INISTER|taatssecretaris|TAATSSECRETARIS")
_NAMED_AT = re.compile(r"inister|taatssecretaris|remier")
_ORGANISATION_AT = re.compile(_ORG_ALT)
_TITLE_AT = re.compile(r"lid|leden|LID|LEDEN")
_ARTICLE_BEFORE = re.compile(r"\s*[A-Za-z]*")  # "het  " before "lid", read backwards
_ASKING_AT = re.compile(r"vragen|verzoek|vraag")
# "op " or "naar aanleiding van (een) " before the question, read backwards
_ASKING_BEFORE = re.compile(r"\s+(?:po|(?:nee\s+)?nav\s+gnidielnaa\s+raan)")
_HONORIFIC_AT = re.compile(r"evrouw|EVROUW|Heer|heer|HEER")
_HONORIFIC_BACK = 3  # "De heer"
_PLURAL_AT = re.compile(r"inisters|taatssecretarissen")
_FORM_AT = re.compile(r"Stichting|Vereniging|Federatie|Koninklijke")


# where a name read with particles ("in het", "in de") is a place in the sentence, not a surname
_PLACE_AFTER_NAME = re.compile(
    r"\s+(?:in|op|bij)\s+(?:het|de)\s+(?:\w*(?:Kamer|[Dd]ebat|[Oo]verleg|[Cc]ommissie|Senaat|Staten|Raad|Ridderzaal)\w*"
    r"|Tweede|Eerste|Plenaire)$"
)


# Offices that are no seat in the Kamer nor in government: a person named with one is no Kamerlid ("burgemeester
# Aboutaleb van Rotterdam (PvdA)", "wethouder De Vries van de VVD", "Mevrouw Bakker, directeur van de GGD")
_OTHER_OFFICE = (
    r"burgemeester|wethouder|gedeputeerde|commissaris\s+van\s+de\s+koning|journalist|verslaggever|columnist|"
    r"presentator|directeur|voorzitter\s+van\s+(?:de|het)\s+\w+|hoogleraar|onderzoeker|advocaat|topman|topvrouw|"
    r"bestuurder|ondernemer|zakenman|zakenvrouw|ambassadeur|burgemeesters?kandidaat|raadslid|statenlid|griffier"
)
_OTHER_OFFICE_BEFORE = re.compile(
    rf"(?:\b(?:{_OTHER_OFFICE})\s+(?:[A-Z][\w'-]*\s+)?|\b(?:oud|ex)-(?:\w+\s+)?|\bvoormalige?\s+(?:\w+\s+)?)$",
    re.IGNORECASE)
_OTHER_OFFICE_NAME = re.compile(rf"^(?:{_OTHER_OFFICE})\s+", re.IGNORECASE)
_OTHER_OFFICE_AFTER = re.compile(
    rf"^(?:\s+\([^()]{{1,25}}\))?,\s+(?:(?:de|het|een)\s+)?(?:(?:{_OTHER_OFFICE})\b|(?:oud|ex)-)", re.IGNORECASE)
_SEATED = ("member", "minister", "state_secretary")
_FORMER = re.compile(r"(?:oud|ex)-", re.IGNORECASE)  # "Oud-minister Hoekstra" read whole


def _other_office(text: str, start: int, end: int, actor: ExtractedActor) -> ExtractedActor:
    """The actor, as 'other' when the text names an office outside the Kamer and the government with them, or
    a seat they had: "oud-minister Hoekstra", "de heer Bakker, directeur van ..."."""
    if actor.role not in _SEATED:
        return actor
    named = _OTHER_OFFICE_NAME.match(actor.name)
    if named:  # "Wethouder De Vries" read as the name
        return ExtractedActor(actor.name[named.end():], actor.party, "other", None)
    if (_OTHER_OFFICE_BEFORE.search(text, max(0, start - 45), start) or _OTHER_OFFICE_AFTER.match(text[end : end + 60])
            or _FORMER.match(text, start)):
        return ExtractedActor(actor.name, actor.party, "other", None)
    return actor


# A person's office told right after the name: ", staatssecretaris van Infrastructuur en Waterstaat"
_GOVERNMENT_AFTER = re.compile(
    rf",[ \t]+(?P<role>[Mm]inister|[Ss]taatssecretaris)[ \t]+(?:(?:van|voor)[ \t]+)?(?P<ministry>{_MINISTRY_ALT})\b"
)


# An office just before a name: "minister Cora van Nieuwenhuizen (VVD)", "staatssecretaris Van Ooijen (CU)" (not a
# former one: "oud-minister X (CDA)")
_OFFICE_BEFORE = re.compile(r"(?<![Oo]ud-)(?<![Ee]x-)(?<!voormalig )(?<!voormalige )"
                            r"\b(?P<role>[Mm]inister(?:-president)?|[Ss]taatssecretaris|[Pp]remier)\s+"
                            r"(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+){0,2}$")


def find_actors(text: str) -> list[ActorMention]:
    """Every actor mention in text (already normalised to one line per paragraph), in text order."""
    found: list[ActorMention] = []
    taken = bytearray(len(text) + 1)  # 1 where a mention already is: a later pattern does not overlap it

    def add(start: int, end: int, actor: ExtractedActor) -> None:
        place = _PLACE_AFTER_NAME.search(actor.name) if actor.role == "member" else None
        if place:  # "Kamerlid Frans Timmermans in het Kamerdebat": the name ends before the place
            end -= len(actor.name) - place.start()
            actor = ExtractedActor(actor.name[: place.start()], actor.party, actor.role, actor.ministry)
        actor = _other_office(text, start, end, actor)
        if actor.role == "member" and (office := _GOVERNMENT_AFTER.match(text, end)):
            # "de heer Jansen, staatssecretaris Openbaar Vervoer en Milieu": a member of government, not a Kamerlid
            actor = government_actor(office.group("role"), office.group("ministry"), actor.name)
        if end <= start or taken[start] or taken[end - 1]:
            return
        taken[start:end] = b"\x01" * (end - start)
        found.append(ActorMention(start, end, actor))

    for m in _finditer_near(MEMBER_WITH_PARTY, text, _PARTY_AT, run=_NAME_BEFORE, starts=_NAME_START):
        party = normalise_party(m.group("party"))
        raw = _GLUED_TITLE.sub("", m.group("name"))  # "MevrouwBikker (ChristenUnie)"
        before = _WORD_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        if raw[:1].islower() and before and before.group(1).lower() in _TAKES_VAN:
            # "vragen van Bruyning (NSC)": the "van" belongs to the sentence, not to the name
            raw = _LEADING_PARTICLES.sub("", raw)
        first, _, rest = raw.partition(" ")
        if first in _NOT_GIVEN_NAMES and rest[:1].islower() and first.lower() in _TAKES_VAN:
            # "Motie van Kröger (GL-PvdA)" opening a line or a list item: the same "van" of the noun, not "Van Kröger"
            raw = _LEADING_PARTICLES.sub("", rest)
        name = normalise_name(raw)
        if name in _NOT_GIVEN_NAMES or _PARTY_AS_SURNAME.search(raw):
            continue  # "Caroline van der Plas van BoerBurgerBeweging (BBB)": MEMBER_OF_PARTY reads it
        if _ENDS_PARTY_IN_FULL.search(text, max(0, m.start("name") - 40), m.end("name")):
            continue  # "de Partij voor de Dieren (PvdD)": the party, written out, and its abbreviation
        if office := _OFFICE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            # "minister Cora van Nieuwenhuizen (VVD)": a member of government with their party, not a Kamerlid
            holder = government_actor(office.group("role"), None, name)
            add(m.start(), m.end(), ExtractedActor(holder.name, party, holder.role, holder.ministry))
            continue
        add(m.start(), m.end(), ExtractedActor(name=name, party=party, role="member"))
    for m in _finditer_near(MEMBER_OF_PARTY, text, _OF_PARTY_AT, run=_NAME_BEFORE):
        party = normalise_party(m.group("party"))
        name = normalise_name(m.group("name"))
        words = set(name.split())
        before_name = text[max(0, m.start() - 40) : m.start()]
        office = re.search(r"(?:[Mm]inister|[Ss]taatssecretaris|[Pp]remier)\s*(?:[A-Z][a-zà-ÿ]+\s+)?$", before_name)
        if party and not office and not words & (_NOT_SURNAMES | _NOT_GIVEN_NAMES):
            add(m.start(), m.end(), ExtractedActor(name=name, party=party, role="member"))
    for m in _finditer_near(MEMBERS_BY_TITLE, text, _TITLE_AT, run=_ARTICLE_BEFORE):
        pos = m.start("names")
        for raw in _LIST_SPLIT.split(m.group("names")):
            idx = text.find(raw, pos)
            pos = idx + len(raw)
            if raw and raw not in _NOT_GIVEN_NAMES:
                add(idx, idx + len(raw), ExtractedActor(name=normalise_name(raw), role="member"))
    for m in _finditer_near(MEMBERS_ASKING, text, _ASKING_AT, run=_ASKING_BEFORE):
        pos = m.start("names")
        for raw in _LIST_SPLIT.split(m.group("names")):
            idx = text.find(raw, pos)
            pos = idx + len(raw)
            name = normalise_name(raw)
            if raw and name not in _NOT_GIVEN_NAMES and name.split()[-1] not in _NOT_SURNAMES:
                add(idx, idx + len(raw), ExtractedActor(name=name, role="member"))
    for m in _finditer_near(KAMERLID, text, _KAMERLID_AT, _KAMERLID_BACK):
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        party = normalise_party(m.group("party") or m.group("party2") or m.group("party3") or "")
        if group == "name2" and not m.group("party2") and not m.group("office").lower().startswith(_OWN_OFFICE):
            continue  # a bare "voorzitter X" or "woordvoerder X" may chair or speak for anything
        add(m.start(group), m.end(group), ExtractedActor(normalise_name(m.group(group)), party, "member"))
    for m in _finditer_near(HONORIFIC, text, _HONORIFIC_AT, _HONORIFIC_BACK):
        name = normalise_name(m.group("name"))
        if name.split()[-1] in _NOT_SURNAMES or name in _NOT_GIVEN_NAMES:
            continue
        add(m.start("name"), m.end("name"), ExtractedActor(name=name, role="member"))
    for m in _finditer_near(GOVERNMENT_PLURAL, text, _PLURAL_AT, 1):
        role = "staatssecretaris" if m.group("role").lower().startswith("staats") else "minister"
        for item in _MINISTRY_ITEM.finditer(m.group("list")):
            add(m.start("list") + item.start(), m.start("list") + item.end(), government_actor(role, item.group()))
    for m in _finditer_near(GOVERNMENT, text, _GOVERNMENT_AT, 1):
        add(m.start(), m.end(), government_actor(m.group("role"), m.group("ministry")))
    for m in _finditer_near(GOVERNMENT_NAMED, text, _NAMED_AT, run=_WORD_BEFORE_TITLE):
        # "minister Wiersma van Landbouw, ...", "minister Kaag van Buitenlandse Zaken", "minister Karremans van
        # de VVD": the name stops where the ministry or the party starts
        office = _OF_MINISTRY.search(text, m.start("name"), m.end("name") + 60)
        if office and office.start() >= m.end("name"):
            office = None
        if office:
            end = office.start()
            named = _MINISTRY_ITEM.match(text, end + len(office.group(1))) if office.group(1) else None
            person = normalise_name(text[m.start("name") : end])
            add(m.start(), end, government_actor(m.group("role"), named.group() if named else None, person))
            continue
        person = normalise_name(m.group("name"))
        if normalise_ministry(m.group("name")) or person.split()[0] in _NOT_GIVEN_NAMES:
            continue
        prefix = (m.group("prefix") or "").rstrip("-")
        ministry = m.group("ministry") or (prefix[:1].upper() + prefix[1:] if prefix else None)
        add(m.start(), m.end(), government_actor(m.group("role")[len(m.group("prefix") or "") :], ministry, person))
    for m in _finditer_near(GOVERNMENT_NAMED_PLURAL, text, _PLURAL_AT, 1):
        role = "staatssecretaris" if m.group("role").lower().startswith("staats") else "minister"
        for item in _HOLDER_ITEM.finditer(m.group("list")):
            person = normalise_name(item.group("name"))
            if person.split()[0] in _NOT_GIVEN_NAMES or normalise_ministry(item.group("name")):
                continue
            at = m.start("list") + item.start()
            add(at, m.start("list") + item.end(), government_actor(role, item.group("office"), person))
    for m in _finditer_near(LOCAL_OFFICE_NAMED, text, _LOCAL_OFFICE_AT, _LOCAL_OFFICE_BACK):
        name = normalise_name(m.group("name"))
        if name.split()[0] in _NOT_GIVEN_NAMES or name.split()[-1] in _NOT_SURNAMES:
            continue
        if m.group("name").startswith(("van ", "voor ")) and not m.group("party"):
            continue  # "burgemeester van Amsterdam", "wethouder van Financiën": a place or a portfolio, not a name
        party = normalise_party(m.group("party")) if m.group("party") else None
        add(m.start("name"), m.end("name"), ExtractedActor(name, party, "other"))
    for m in _finditer_near(FRACTIONS_NAMED, text, _FRACTIONS_AT, 1):
        pos = m.start("list")
        names = [n for n in _FRACTION_SPLIT.split(_IN_BRACKETS.sub(lambda b: " " * len(b.group()), m.group("list")))
                 if n.strip()]
        names = [n.strip() for n in names]
        if not m.group("plural"):
            names = names[:1]  # "de fractie van GBL en de wethouder": one fraction
        for raw in names:
            idx = text.find(raw, pos)
            pos = idx + len(raw)
            if raw.split()[0] in _NOT_A_FRACTION or raw in _NOT_GIVEN_NAMES:
                break
            party = normalise_party(raw) or raw
            add(idx, idx + len(raw), ExtractedActor(party, party, "other"))
    for m in _finditer_near(ORGANISATION, text, _ORGANISATION_AT):
        add(m.start(), m.end(), organisation_actor(m.group()))
    for m in _finditer_near(ORGANISATION_FORM, text, _FORM_AT):
        add(m.start(), m.end(), organisation_actor(m.group()))
    for start, end, actor in _named_again(text, found):
        add(start, end, actor)
    found.sort(key=lambda mention: mention.start)
    return _offices_to_persons(found)


def _surname(name: str) -> str:
    """ "Wybren van Haga" → "van Haga", "Salima Belhaj" → "Belhaj", "Van Nispen" → "Van Nispen"."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _PARTICLES_LOWER), len(words) - 1)
    return " ".join(words[at:])


def _named_again(text: str, found: list[ActorMention]) -> list[tuple[int, int, ExtractedActor]]:
    """A person the text has introduced ("Kamerlid Wybren van Haga", "minister Hugo de Jonge") is named by
    surname alone later ("Van Haga diende ..."): those mentions, for surnames that name one person."""
    by_surname: dict[str, ExtractedActor | None] = {}
    for m in found:
        a = m.actor
        if a.role not in ("member", "minister", "state_secretary") or is_office(a):
            continue
        surname = _surname(a.name)
        if len(surname) < 3 or surname in _NOT_SURNAMES or surname in _NOT_GIVEN_NAMES:
            continue
        key = surname.casefold()
        seen = by_surname.get(key, a)
        by_surname[key] = a if seen is not None and seen.key == a.key else None
    known = {k: a for k, a in by_surname.items() if a is not None}
    if not known:
        return []
    # a particle's first letter either way ("van Haga" mid-sentence is "Van Haga" at its start); a surname
    # without one only capitalised ("Bos", not "bos")
    surnames = sorted({_surname(a.name) for a in known.values()}, key=len, reverse=True)
    # The surnames by their first character, each group's in the order above: a pattern whose every alternative
    # starts with a plain character lets re skip straight to those characters, where one that starts with a
    # lookbehind is tried at every position. So the lookbehinds come after that character and take it in.
    by_first: dict[str, list[str]] = {}
    for w in surnames:
        for first in dict.fromkeys(w[0].upper() + w[0].lower()) if " " in w else w[0]:
            by_first.setdefault(first, []).append(re.escape(w[1:]))
    alternatives = "|".join(
        rf"{re.escape(first)}(?<![\w-].)(?<!van .)(?<!Van .)(?<!de .)(?<!De .)(?<!der .)(?<!den .)(?:{'|'.join(rests)})"
        for first, rests in by_first.items()
    )
    pattern = re.compile(rf"(?:{alternatives})(?![\w-])", re.DOTALL)
    out = []
    for hit in pattern.finditer(text):
        actor = known.get(hit.group().casefold())  # keys are case-folded surnames
        if actor is not None:
            out.append((hit.start(), hit.end(), actor))
    return out


def is_office(actor: ExtractedActor) -> bool:
    """Whether the actor is an office without a person ("minister van LVVN"), not a named office-holder."""
    return actor.role in ("minister", "state_secretary") and (
        actor.name.split()[0] in ("minister", "staatssecretaris", "minister-president")
    )


def _offices_to_persons(found: list[ActorMention]) -> list[ActorMention]:
    """ "de minister van LVVN" is the person the text names for that office ("minister Wiersma van LVVN");
    a named holder without a ministry ("Minister Van Weel:") takes the ministry of the only such office."""
    government = [m.actor for m in found if m.actor.role in ("minister", "state_secretary")]
    persons = [a for a in government if not is_office(a)]
    offices = [a for a in government if is_office(a) and a.ministry]
    by_office: dict[tuple[str, str], ExtractedActor] = {}
    for a in persons:
        if a.ministry:
            by_office.setdefault((a.role, a.ministry), a)
    for role in ("minister", "state_secretary"):
        bare = {a.name for a in persons if a.role == role and not a.ministry}
        named = {a.name for a in persons if a.role == role and a.ministry}
        ministries = {a.ministry for a in offices if a.role == role and a.ministry}
        if len(bare) == 1 and not named and len(ministries) == 1:
            ministry = ministries.pop()
            by_office[(role, ministry)] = ExtractedActor(bare.pop(), None, role, ministry)
    if not by_office:
        return found
    out: list[ActorMention] = []
    for m in found:
        a = m.actor
        if a.role in ("minister", "state_secretary"):
            if is_office(a) and a.ministry:
                a = by_office.get((a.role, a.ministry), a)
            elif not a.ministry:
                a = next((p for p in by_office.values() if p.name == a.name and p.role == a.role), a)
        out.append(ActorMention(m.start, m.end, a))
    return out


def dedupe_actors(actors: list[ExtractedActor]) -> tuple[ExtractedActor, ...]:
    """One actor per normalised name, keeping the first and filling in a party or ministry seen later."""
    by_key: dict[str, ExtractedActor] = {}
    for actor in actors:
        seen = by_key.get(actor.key)
        if seen is None:
            by_key[actor.key] = actor
        elif (seen.party is None and actor.party) or (seen.ministry is None and actor.ministry):
            by_key[actor.key] = ExtractedActor(
                seen.name, seen.party or actor.party, seen.role, seen.ministry or actor.ministry
            )
    return tuple(by_key.values())
