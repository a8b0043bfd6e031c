"""Motions: announced, submitted (a motion text, a header, a number), and their outcome."""

from __future__ import annotations

import re

from kamertaak.core.actors import NAME, ExtractedActor, dedupe_actors, normalise_name
from kamertaak.core.extract.model import Context, Draft, Trigger
from kamertaak.core.extract.people import mentions_in, sentence_actors

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

_MOTION_ANNOUNCED: tuple[Trigger, ...] = (
    Trigger("motion", "announced", re.compile(r"\b(?:overweeg\w*|overwoog|overwogen)\b.{0,80}?\bmoties?\b", _I), 0.8),
    Trigger("motion", "announced", re.compile(r"\bmoties?\b.{0,60}?\b(?:overweeg\w*|overwoog)\b", _I), 0.8),
    Trigger("motion", "announced", re.compile(r"\bkondig\w*\b.{0,100}?\bmoties?\b", _I), 0.85),
    Trigger("motion", "announced", re.compile(r"\bmoties?\b.{0,60}?\baan(?:ge)?kondig\w*\b", _I), 0.8),
    Trigger("motion", "announced", _MOTION_FOLLOWS, 0.65),
    Trigger(
        "motion",
        "announced",
        re.compile(
            r"\b(?:zal|zullen|gaat|gaan|wil|willen|van plan|voornemens)\b.{0,60}?\bmoties?\b.{0,60}?"
            r"\b(?:indienen|in te dienen)\b",
            _I,
        ),
        0.8,
    ),
    Trigger("motion", "announced", re.compile(r"\bmotie\b.{0,40}?\b(?:in te dienen|zal indienen)\b", _I), 0.75),
)
_MOTION_SUBMITTED: tuple[Trigger, ...] = (
    Trigger("motion", "submitted", _PROPOSED_BY, 0.95),
    Trigger("motion", "submitted", _MOTION_HEADER, 0.95),
    Trigger("motion", "submitted", _GETS_NUMBER, 0.9),
    Trigger(
        "motion",
        "submitted",
        re.compile(r"\b(?:dient|diende|dienden|dienen)\b.{0,60}?\bmotie\b.{0,40}?\bin\b", _I),
        0.85,
    ),
    Trigger("motion", "submitted", re.compile(r"\b(?:heeft|hebben)\b.{0,60}?\bmotie\b.{0,60}?\bingediend\b", _I), 0.85),
    Trigger("motion", "submitted", re.compile(r"\bMotie (?:van (?:het lid|de leden)|\d+ van|-[A-Z])"), 0.7),
)
_MOTION_OUTCOMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdrawn", re.compile(r"\bingetrokken\b|\btrek(?:t|ken)?\b.{0,80}?\bin\b|\bin te trekken\b", _I)),
    ("held", re.compile(r"\baan\s+te\s+houden\b|\baangehouden\b|\bhoud(?:t|en)?\b.{0,80}?\baan\b", _I)),
    ("adopted", re.compile(r"\baangenomen\b(?!\s+dat\b)|\bzonder stemming aan\w*\b", _I)),
    ("rejected", re.compile(r"\bverworpen\b", _I)),
)
_MOTION_WORD = re.compile(r"\bmoties?\b|\bmotie-[A-Z]", _I)
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
    r"het presidium|de Voorzitter)(?:\s+(?:van|voor)\s+[\w&]+(?:\s+en\s+[\w&]+)?)?\s*,?\s*(?:op\s*,?\s*)?(?:om\s+)?",
    _I,
)
_REGISTER = re.compile(
    r"\bnr\.\s*(?P<nr1>\d+)\s*\((?P<dos1>\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\)"
    r"|\b(?P<dos2>\d{2}\s?\d{3}(?:-[A-Z0-9]+)?)\s*,\s*nr\.\s*(?P<nr2>\d+)",
)
_MOTION_NUMBER = re.compile(r"\b(?:Nr\.|Motie|motie)\s*(?P<nr>\d{1,4})\b")
_DOSSIER = re.compile(r"(?<![\d.,])(\d{2}\s?\d{3})(?:-[A-Z0-9]+)?(?![\d.,]\d)")
_MOTION_NAMES = re.compile(
    r"\bmotie-(?P<names>[A-Z][\w'’-]*(?:\s+(?:van|de|der|den|ter|ten)\s+[A-Z][\w'’-]*)?"
    r"(?:/[A-Z][\w'’ -]*?)*)(?=\s*\(|\s+over\b|[,.;:]|\s+\d|\s*$)"
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
        status = "submitted" if header else "announced"
        conf = 0.95 if header else 0.65
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


def _dossier_from_context(ctx: Context, before: int, number: str) -> str | None:
    """The Kamerstuk dossier a bare "Nr. 797" belongs to: a footer "25 295, nr. 797", else the nearest
    dossier-like number before it."""
    footer = re.search(rf"\b(\d{{2}}\s?\d{{3}}(?:-[A-Z0-9]+)?)\s*,\s*nr\.\s*{number}\b", ctx.raw)
    if footer:
        return footer.group(1).replace(" ", "")
    window = ctx.clean.text[max(0, before - 1500) : before]
    found = [m.group(1) for m in _DOSSIER.finditer(window) if not re.fullmatch(r"(?:19|20)\d\d\d?", m.group(1))]
    return found[-1].replace(" ", "") if found else None


def sentence_motion_drafts(ctx: Context, i: int) -> list[Draft]:
    """A motion named in one sentence: announced, submitted, or an outcome (also in a vote list)."""
    s = ctx.sentences[i]
    if not _MOTION_WORD.search(s.text) or _GENERIC_MODAL.search(s.text):
        return []
    status = conf = None
    trig_span = (s.start, s.end)
    outcome_text = s.text
    nxt = ctx.sentences[i + 1] if i + 1 < len(ctx.sentences) else None
    last = i
    if nxt is not None and (_OUTCOME_ONLY.match(nxt.text) or _GETS_NUMBER.match(nxt.text)):
        outcome_text = s.text + " " + nxt.text
        last = i + 1
    elif _PUT_TO_VOTE.search(s.text):
        # "In stemming komt de motie-X (...)." ... "zodat zij is verworpen."
        for k in range(i + 1, min(i + 4, len(ctx.sentences))):
            later = ctx.sentences[k].text
            if _PUT_TO_VOTE.search(later):
                break
            if _OUTCOME_BACKREF.search(later):
                outcome_text = s.text + " " + later
                last = k
                break
    for code, pattern in _MOTION_OUTCOMES:
        if pattern.search(outcome_text):
            status, conf = code, 0.85
            break
    if status is None:
        for trig in (*_MOTION_SUBMITTED, *_MOTION_ANNOUNCED):
            m = trig.pattern.search(outcome_text)
            if m:
                status, conf = trig.status, trig.confidence
                trig_span = (s.start + m.start(), s.start + m.end())
                break
    if status is None or conf is None:
        return []
    actors = [a for a in sentence_actors(ctx, i, last) if a.role == "member"]
    for names in _MOTION_NAMES.finditer(s.text):
        actors.extend(ExtractedActor(normalise_name(n.strip())) for n in names.group("names").split("/"))
    registers = _all_registers(ctx, i, last)
    clause = _motion_clause(s.text)
    zone = (s.start, ctx.sentences[last].end)
    if len(registers) <= 1:
        return [
            Draft(
                "motion",
                status,
                conf,
                i,
                last,
                trig_span,
                clause=clause,
                actors=list(dedupe_actors(actors)),
                register=registers[0] if registers else None,
                due_zone=zone,
            )
        ]
    return [
        Draft(
            "motion",
            status,
            conf,
            i,
            last,
            trig_span,
            clause="",
            actors=list(dedupe_actors(actors)),
            register=r,
            due_zone=zone,
        )
        for r in registers
    ]


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
            for n in found.group("names").split("/")
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


def _motion_clause(sentence: str) -> str:
    m = re.search(r"\bmotie\b.{0,40}?\b(?:om|over|waarin|die|dat)\b\s*(.*)", sentence, _I)
    if not m:
        return ""
    clause = re.sub(r"\s+(?:Aangenomen|Verworpen|Aangehouden|Ingetrokken)\b.*$", "", m.group(1))
    return re.sub(
        r"^(?:de regering|het kabinet)\s+(?:op\s+te\s+roepen|te\s+verzoeken)\s*(?:om\s+)?", "", clause, flags=_I
    )
