"""Accepting triage proposals: the debate and its follow-ups enter the store, nothing twice."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field

from kamertaak.core.actors import ExtractedActor
from kamertaak.core.deadlines import resolve
from kamertaak.core.extract import Candidate, Extraction
from kamertaak.core.extract.motions import appreciation_in
from kamertaak.core.refs import ActorRef, normalise_register
from kamertaak.core.text import one_line
from kamertaak.store import queries
from kamertaak.store.service import Store

# Two texts this alike (difflib ratio on normalised words) describe the same follow-up.
SAME_TEXT = 0.82


@dataclass
class Accepted:
    """What `accept` did: the debate used, the items added, and candidates already tracked."""

    debate_id: int
    debate_is_new: bool
    added: list[int] = field(default_factory=list)
    duplicates: list[tuple[int, int]] = field(default_factory=list)  # (candidate index, existing item id)


def debate_title(extraction: Extraction, source_name: str) -> str:
    """The title the debate is recorded under: the text's own (its debate, subject line or heading), else the
    name of the file it came from (the CLI and the TUI alike, and both say so: shown_debate_title)."""
    return extraction.debate.title or source_name


def shown_debate_title(extraction: Extraction, source_name: str, from_file: bool = True) -> str:
    """The debate's title as triage shows it, saying when it is only the file's name (or, for a pasted text
    or stdin, the text's first line: `from_file` False)."""
    if extraction.debate.title:
        return extraction.debate.title
    said = "naam van het bestand" if from_file else "eerste regel van de tekst"
    return f"{source_name} ({said}: geen titel in de tekst gevonden)"


def shown_debate_date(day: dt.date | None, ref: dt.date, given: bool, hint: str = "") -> str:
    """The debate's date as triage shows it: the one the user gave (`given`: "3 april 2025 (opgegeven)"), the
    text's, or none yet with the day the terms count from ("datum onbekend (termijnen vanaf ...)", then `hint`)."""
    from kamertaak.core.labels import date_nl

    if given:
        return f"{date_nl(ref)} (opgegeven)"
    if day is not None:
        return date_nl(day)
    return f"datum onbekend (termijnen vanaf {date_nl(ref)}{hint})"


FIRST_LINE_WIDTH = 80


def first_line_name(text: str, default: str) -> str:
    """A name for a text without a file: its first line with letters in it, on one line, cut at a word to at most
    FIRST_LINE_WIDTH characters (no "…": it is stored as the debate's title when the text names none), else
    `default`."""
    line = next((one_line(raw) for raw in text.splitlines() if any(ch.isalpha() for ch in raw)), "")
    if len(line) > FIRST_LINE_WIDTH:
        cut = line[: FIRST_LINE_WIDTH + 1].rsplit(" ", 1)[0]
        line = cut if len(cut) >= FIRST_LINE_WIDTH // 2 else line[:FIRST_LINE_WIDTH]
    return line.rstrip(" ,;:-") or default


def actor_ref(actor: ExtractedActor) -> ActorRef:
    return ActorRef(name=actor.name, party=actor.party or "", role=actor.role, ministry=actor.ministry or "")


def _words(text: str) -> str:
    return " ".join("".join(ch for ch in text.lower() if ch.isalnum() or ch.isspace()).split())


def find_duplicate(store: Store, candidate: Candidate, debate_id: int | None, date: str | None = None) -> int | None:
    """An item already tracked for this candidate: the same register number, or the same kind with a
    near-identical title or quote in the same debate (or anywhere with the exact same title), or with a
    near-identical quote in another debate on the same `date` (the same meeting recorded under another
    title: the demo's debate and a copy of its text). An item with other register numbers only is another
    follow-up, however alike the words ("Toezegging T03120" and "Toezegging T03122" of one list)."""
    db = store.db
    number = normalise_register(candidate.register) if candidate.register else None
    if number:
        found = db.scalar(
            "SELECT r.item_id FROM register_ref r JOIN item i ON i.id = r.item_id"
            " WHERE r.value = :v AND i.deleted = :false",
            {"v": number, "false": False},
        )
        if found is not None:
            return int(found)
    rows = db.query(
        "SELECT id, title, text, debate_id FROM item WHERE kind = :kind AND deleted = :false"
        " AND (debate_id = :debate OR LOWER(title) = LOWER(:title)"
        " OR debate_id IN (SELECT id FROM debate WHERE date = :date))",
        {"kind": candidate.kind, "false": False, "debate": debate_id, "title": candidate.title, "date": date},
    )
    if number and rows:
        ids = ", ".join(str(int(r["id"])) for r in rows)
        numbered = {int(r["item_id"])
                    for r in db.query(f"SELECT DISTINCT item_id FROM register_ref WHERE item_id IN ({ids})")}
        rows = [r for r in rows if int(r["id"]) not in numbered]  # none of them has this number (looked up above)
    mine = (_words(candidate.title), _words(candidate.quote))
    for row in rows:
        theirs = (_words(row["title"]), _words(row["text"] or ""))
        if row["debate_id"] != debate_id and row["title"].lower() != candidate.title.lower():
            # Another debate on the same day: only the same quoted words make it the same follow-up
            # (two debates of one day may each have a "Motie Van Nispen").
            pairs = [(mine[1], theirs[1])]
        else:
            pairs = [(a, b) for a in mine for b in theirs]
        for a, b in pairs:
            if a and b and difflib.SequenceMatcher(None, a, b).ratio() >= SAME_TEXT:
                return int(row["id"])
    return None


def _due_argument(store: Store, candidate: Candidate, ref: dt.date) -> str | None:
    """The phrase, when it reads as the proposed date against the debate date (with the packaged calendar,
    as the extractor read it, or with the user's, which then wins); else the proposed date itself."""
    phrase = candidate.due_phrase
    if phrase and candidate.due in (resolve(phrase, ref).due, resolve(phrase, ref, store.calendar()).due):
        return phrase
    if candidate.due is not None:
        return candidate.due.isoformat()
    return candidate.due_phrase


def reused_debate(store: Store, extraction: Extraction, *, ref: dt.date, source_name: str, source_text: str,
                  chosen: Sequence[int] | None = None) -> int | None:
    """The debate a triage of this text goes to when it is already recorded: the one triaged from the same
    text (even if its title or date was edited since), else one with the same title and date, else the one
    every chosen proposal is already tracked in, so triaging a text again never makes an empty debate."""
    db = store.db
    found = queries.debate_with_source(db, source_text)
    if found is None:
        found = queries.debate_with(db, debate_title(extraction, source_name),
                                    (extraction.debate.date or ref).isoformat())
    if found is not None:
        return found
    indexes = range(len(extraction.candidates)) if chosen is None else chosen
    homes: set[int | None] = set()
    date = (extraction.debate.date or ref).isoformat()
    for index in indexes:
        item_id = find_duplicate(store, extraction.candidates[index], None, date)
        if item_id is None:
            return None
        homes.add(db.scalar("SELECT debate_id FROM item WHERE id = :i", {"i": item_id}))
    return homes.pop() if len(homes) == 1 else None


def debate_of_text(store: Store, extraction: Extraction, *, ref: dt.date, source_name: str, source_text: str,
                   chosen: Sequence[int] | None = None) -> tuple[int, bool]:
    """The debate a text's follow-ups go to, and whether it is new: the one already recorded (reused_debate),
    else the text's debate added now (its title, kind, date, committee and speakers, with the text as source)."""
    with store.db.transaction():
        existing = reused_debate(store, extraction, ref=ref, source_name=source_name, source_text=source_text,
                                 chosen=chosen)
        if existing is not None:
            return existing, False
        debate = extraction.debate
        return store.add_debate(
            debate_title(extraction, source_name), kind=debate.kind or "", date=(debate.date or ref).isoformat(),
            committee=debate.committee, source_text=source_text, actors=[actor_ref(a) for a in extraction.actors],
            source="triage",
        ), True


def accept(store: Store, extraction: Extraction, *, ref: dt.date, source_name: str, source_text: str,
           chosen: Sequence[int] | None = None) -> Accepted:
    """Add the debate (or reuse the one with the same title and date) and the chosen candidates
    (all by default), linked to it; candidates already tracked are reported, not added."""
    debate = extraction.debate
    date = (debate.date or ref).isoformat()
    with store.db.transaction():
        debate_id, is_new = debate_of_text(store, extraction, ref=ref, source_name=source_name,
                                           source_text=source_text, chosen=chosen)
        result = Accepted(debate_id=debate_id, debate_is_new=is_new)
        indexes = range(len(extraction.candidates)) if chosen is None else chosen
        for index in indexes:
            candidate = extraction.candidates[index]
            duplicate = find_duplicate(store, candidate, result.debate_id, date)
            if duplicate is not None:
                result.duplicates.append((index, duplicate))
                continue
            item_id = store.add_item(
                candidate.kind, candidate.title, status=candidate.status, text=candidate.quote,
                debate_id=result.debate_id, due=_due_argument(store, candidate, debate.date or ref),
                actors=[actor_ref(a) for a in candidate.actors], source="triage", owner=candidate.owner,
                registers=[candidate.register] if candidate.register else [],
                appreciation=appreciation_in(source_text, candidate.start, candidate.end)
                if candidate.kind == "motion" else None,
            )
            result.added.append(item_id)
    return result
