"""Titles a person would write for a follow-up."""

from __future__ import annotations

import re

from kamertaak.core.actors import normalise_ministry
from kamertaak.core.deadlines import FoundDeadline
from kamertaak.core.extract.model import Draft

_I = re.IGNORECASE

TITLE_MAX = 80


_CLAUSE_LEAD = re.compile(
    r"^[\s,:;]*(?:(?:naar aanleiding van[^,]*,|desgevraagd|aan|"
    r"om|dat|toe|te|hierbij|ook)\b[\s,]*)*",
    _I,
)


_MODAL_WORDS = re.compile(r"\b(?:zal|zullen|er|moeten|gaan|worden|wordt)\b\s*", _I)
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
    r",\s+(?:ook|en|maar|omdat|zodat|waarbij|aangezien|mede)\b|;|\s+en\s+(?:noemt|zegt|stelt|wijst|geeft|vindt|"
    r"vraagt|merkt|verwijst|benadrukt)\b",
    _I,
)
_SEPARABLE = re.compile(r"\b(aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg)\s+te\s+(\w+en)\b")
_OFFICE = re.compile(
    r"\b(?:de\s+)?(minister|staatssecretaris)\s+(?:van|voor)\s+([A-Z][\w&]*(?:,?\s+(?:[A-Z][\w&]*|en))*)"
)


def _compact_offices(text: str) -> str:
    """ "de staatssecretaris van Volksgezondheid, Welzijn en Sport" → "staatssecretaris VWS"."""

    def short(m: re.Match[str]) -> str:
        ministry = normalise_ministry(m.group(2).strip(" ,"))
        return f"{m.group(1)} {ministry}" if ministry else m.group()

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


def title_for(d: Draft, found: FoundDeadline | None) -> str:
    clause = d.clause
    if found is not None:
        clause = clause.replace(found.phrase, " ")
    clause = _CLAUSE_LEAD.sub("", clause)
    stop = _CLAUSE_STOP.search(clause, 25)
    if stop:
        clause = clause[: stop.start()]
    if d.kind == "commitment":
        clause = _MODAL_WORDS.sub("", clause)
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
    clause = re.sub(r"\bte\s+(?=\w+en\b)", "", clause)
    clause = _compact_offices(clause)
    clause = _LEAD_PRONOUN.sub("", clause.strip())
    clause = re.sub(r"^(?:een|de|het)\s+", "", clause.strip(), flags=_I)
    clause = re.sub(r"\s+", " ", clause).strip(" ,.;:")
    if d.kind == "motion":
        names = [a.name for a in d.actors if a.role == "member"]
        head = "Motie"
        if names:
            head += " " + names[0] + (" c.s." if len(names) > 1 else "")
        if d.register:
            head += f" ({d.register})"
        return shorten(f"{head}: {clause}" if clause else head)
    return shorten(cap(clause) or "Toezegging")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def shorten(text: str, width: int = TITLE_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"
