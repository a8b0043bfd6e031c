"""References an item carries: actors written as "Van Nispen (SP)" and register numbers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kamertaak.core.kinds import ACTOR_ROLES, DomainError

_LABEL = re.compile(r"^\s*(?P<name>[^()]+?)\s*(?:\((?P<party>[^()]*)\))?\s*$")
_ARTICLE = re.compile(r"^(?:de|het)\s+(?=(?:minister|staatssecretaris)\b)", re.IGNORECASE)
_OF_MINISTRY = re.compile(r"^(?:(?P<person>.+?)\s+)?(?:van|voor)\s+(?P<ministry>[A-Z].+)$")
_OFFICE_OF = re.compile(r"^(?:minister|staatssecretaris)\s+(?:van|voor)\s+(?-i:[A-Z])", re.IGNORECASE)
# Words a sentence has and no name of a person, office or organisation, written small (a capital one may be a
# surname: Kan): pronouns, conjunctions, common finite verbs and negations ('Ik vind dat de minister ...',
# 'de minister zegt dat hij ...').
_SENTENCE_WORDS = frozenset({
    "ik", "jij", "je", "hij", "zij", "wij", "we", "ze", "u", "mij", "me", "hem", "ons", "jullie", "dat", "omdat",
    "hoewel", "wanneer", "als", "maar", "want", "is", "was", "zijn", "wordt", "werd", "worden", "heeft", "had",
    "hebben", "zal", "zou", "zullen", "moet", "moeten", "kan", "kunnen", "gaat", "gaan", "komt", "zegt", "zei",
    "vindt", "vond", "vraagt", "vroeg", "stuurt", "niet", "geen", "ook", "nog", "graag", "dit", "deze", "er",
    "hier", "daar",
})
# The longest names an actor has ('College voor de Rechten van de Mens') have seven words.
MAX_NAME_WORDS = 10
_ROLE_WORDS = {
    "minister": "minister",
    "staatssecretaris": "state_secretary",
    "organisatie": "organisation",
}


@dataclass(frozen=True)
class ActorRef:
    """A person or organisation as an item names them."""

    name: str
    party: str = ""
    role: str = "member"
    ministry: str = ""

    def label(self) -> str:
        """'Van Nispen (SP)', 'staatssecretaris (J&V)', 'minister van OCW', 'minister voor Rechtsbescherming',
        'Valente'."""
        extra = self.party or self.ministry
        if not extra or extra in self.name or _OFFICE_OF.match(self.name):
            return self.name  # an office named with its ministry or portfolio: the ministry is in the name
        return f"{self.name} ({extra})"

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "party": self.party, "role": self.role, "ministry": self.ministry}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> ActorRef:
        role = data.get("role") or "member"
        if role not in ACTOR_ROLES:
            raise DomainError(f"onbekende rol '{role}'; kies uit {', '.join(ACTOR_ROLES)}")
        return cls(
            name=str(data["name"]).strip(),
            party=str(data.get("party") or "").strip(),
            role=role,
            ministry=str(data.get("ministry") or "").strip(),
        )

    @classmethod
    def parse(cls, label: str) -> ActorRef:
        """'Van Nispen (SP)' is a member of the SP; 'staatssecretaris (J&V)' and 'minister Van Weel (J&V)'
        are members of the cabinet with their ministry; anything else is a name."""
        m = _LABEL.match(label)
        if not m or not m.group("name").strip():
            raise DomainError(f"actor '{label}' niet begrepen; schrijf bijvoorbeeld \"Van Nispen (SP)\"")
        if _is_sentence(m.group("name")):
            raise DomainError(f"actor '{' '.join(label.split())}' lijkt een zin, geen naam; schrijf een naam, "
                              "bijvoorbeeld \"Van Nispen (SP)\" of \"minister van J&V\"")
        name = m.group("name").strip()
        extra = (m.group("party") or "").strip()
        office_label = _ARTICLE.sub("", name)  # "De minister van ...": the article is no name
        first, _, rest = office_label.partition(" ")
        role = _ROLE_WORDS.get(first.lower())
        if role in ("minister", "state_secretary"):
            # "minister van Klimaat en Groene Groei" is that minister; "minister Hermans van KGG" that person
            # The triage's name patterns, read only here: showing actors must not compile them.
            from kamertaak.core.actors import normalise_ministry, office_title

            of = _OF_MINISTRY.match(rest.strip())
            ministry = extra
            person = rest.strip()
            written = None
            if of:
                person = (of.group("person") or "").strip()
                written = of.group("ministry").strip()
            elif person and normalise_ministry(person):
                # "minister OCW", as the actors were named before: the office of that ministry, no person "OCW"
                person, written = "", person
            if written:
                ministry = normalise_ministry(written) or written
            # "minister (KGG)" stays "minister"
            office = office_title(role, ministry, written) if written else first.lower()
            return cls(name=person or office, role=role, ministry=ministry)
        if role == "organisation":
            return cls(name=rest.strip() or name, role=role)
        return cls(name=name, party=extra, role="member" if extra else "other")


def _is_sentence(name: str) -> bool:
    """A typed actor that is a sentence rather than a name: it asks or exclaims, has a word no name has, or is
    longer than any name."""
    words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name)
    return (bool(re.search(r"[?!]", name)) or len(words) > MAX_NAME_WORDS
            or any(word in _SENTENCE_WORDS for word in words))


def actors_label(actors: Iterable[Mapping[str, Any]], separator: str = ", ") -> str:
    """Actors as an item view, the log or the extractor gives them, in one line: 'Van Nispen (SP), Valente'."""
    return separator.join(ActorRef.from_dict(dict(a)).label() for a in actors)


_SCHEMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tz", re.compile(r"^TZ\d{6}-\d{2,4}$", re.I)),
    ("ek", re.compile(r"^T\d{5}$", re.I)),
    ("zaak", re.compile(r"^\d{4}Z\d{4,6}$", re.I)),
    ("activiteit", re.compile(r"^\d{4}A\d{4,6}$", re.I)),
    ("kamerstuk", re.compile(r"^\d{5}(?:-[A-Z0-9]+)?,?\s*(?:nr\.?|no\.?)\s*\d+$", re.I)),
)


def register_scheme(value: str) -> str:
    """Which register a number belongs to: tz (Tweede Kamer toezegging), ek (Eerste Kamer),
    zaak, activiteit (a meeting on the Kamer's agenda, 2025A04002), kamerstuk ("36600, nr. 12"), else other."""
    text = value.strip()
    for scheme, pattern in _SCHEMES:
        if pattern.match(text):
            return scheme
    return "other"


def normalise_register(value: str) -> str:
    """Kamerstuk numbers in one spelling ('36600, nr. 12'); other numbers upper-cased."""
    text = " ".join(value.split())
    m = re.match(r"^(\d{5}(?:-[A-Z0-9]+)?),?\s*(?:nr\.?|no\.?)\s*(\d+)$", text, re.I)
    if m:
        return f"{m.group(1).upper()}, nr. {m.group(2)}"
    return text.upper()


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")
MAX_URL = 2048


def check_url(value: str) -> str:
    """A link's address as it will be stored, or a DomainError: it must parse as a URL (a scheme such as
    https:, a server name for http(s), a valid port and IPv6 brackets) and hold no line breaks, control
    or formatting characters, so every report, calendar and screen can show and open it later."""
    url = value.strip()
    if not url:
        raise DomainError("een link heeft een adres nodig")
    if len(url) > MAX_URL:
        raise DomainError(f"link van {len(url)} tekens is te lang (hoogstens {MAX_URL})")
    # A plain space is tolerated (reports percent-encode it); tabs, line breaks and invisible characters not.
    odd = next((c for c in url if (c.isspace() and c != " ") or unicodedata.category(c) in ("Cc", "Cf", "Cs")),
               None)
    if odd is not None:
        raise DomainError(f"link bevat een onzichtbaar teken of stuurteken (U+{ord(odd):04X}); schrijf het adres"
                          " zonder")
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (reading it checks the port: a number from 0 to 65535)
    except ValueError as exc:
        raise DomainError(f"link '{url}' is geen geldig adres ({exc})") from None
    if not parts.scheme or not _SCHEME.match(parts.scheme) or not url[len(parts.scheme):].startswith(":"):
        raise DomainError(f"link '{url}' heeft geen schema; schrijf bv. https://...")
    if parts.scheme.lower() in ("http", "https") and not parts.hostname:
        raise DomainError(f"link '{url}' heeft geen servernaam")
    return url
