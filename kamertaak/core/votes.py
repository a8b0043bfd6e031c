"""Counting a Kamer vote (Stemming rows) and choosing the decision that holds a motion's outcome.

The rows are the register's own (tk-opendata facts 9 and 17):
- show of hands (`Met handopsteken`): one row per party with its `FractieGrootte`; a member who votes
  apart from the party gets an extra row with the person set and the party's `FractieGrootte`, and the
  party row then counts `FractieGrootte` minus its dissenters, each dissenter one (7 seats, 3 dissenters:
  4 + 3, not 7 + 3);
- roll call (`Hoofdelijk`): one row per member, each counts one;
- `Vergissing` rows are corrections (the vote cast by mistake is not counted); duplicate rows occur and
  count once; `Niet deelgenomen` counts neither way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

FOR = "voor"
AGAINST = "tegen"
ROLL_CALL = "hoofdelijk"


@dataclass(frozen=True)
class VoteRow:
    """One Stemming row in plain words; `person` is set on a member's own row (roll call or dissenter)."""

    id: str
    party: str
    choice: str  # the register's Soort: Voor, Tegen, Niet deelgenomen
    seats: int = 0  # FractieGrootte
    person: str = ""
    name: str = ""
    mistake: bool = False


@dataclass
class PartyVote:
    party: str
    seats: int = 0
    for_: int = 0
    against: int = 0

    def as_dict(self) -> dict[str, object]:
        return {"party": self.party, "seats": self.seats, "for": self.for_, "against": self.against}


@dataclass
class VoteCount:
    """The tally of one vote and how each party voted."""

    kind: str = ""  # StemmingsSoort as the register wrote it
    parties: list[PartyVote] = field(default_factory=list)

    @property
    def for_(self) -> int:
        return sum(p.for_ for p in self.parties)

    @property
    def against(self) -> int:
        return sum(p.against for p in self.parties)

    def as_dict(self) -> dict[str, object]:
        return {"for": self.for_, "against": self.against, "parties": [p.as_dict() for p in self.parties]}


def _choice(value: str) -> str:
    word = " ".join(value.split()).lower()
    return word if word in (FOR, AGAINST) else ""


def count_votes(rows: Iterable[VoteRow], kind: str = "") -> VoteCount:
    """The tally per party and in total (see the module's rules)."""
    seen: set[tuple[str, str, str, bool]] = set()
    unique: list[VoteRow] = []
    for row in rows:
        key = (row.party.lower(), row.person.lower(), row.choice.lower(), row.mistake)
        if row.mistake or key in seen:
            continue
        seen.add(key)
        unique.append(row)
    parties: dict[str, PartyVote] = {}
    roll_call = " ".join(kind.split()).lower() == ROLL_CALL

    def party(name: str) -> PartyVote:
        return parties.setdefault(name.lower(), PartyVote(party=name))

    members: dict[str, int] = {}
    for row in unique:
        if row.person:
            members[row.party.lower()] = members.get(row.party.lower(), 0) + 1
    for row in unique:
        p = party(row.party)
        choice = _choice(row.choice)
        if row.person:
            weight = 1
            if roll_call:
                p.seats += 1
        else:
            p.seats = max(p.seats, row.seats)
            weight = max(row.seats - members.get(row.party.lower(), 0), 0)
        if not roll_call and row.seats:
            p.seats = max(p.seats, row.seats)
        if choice == FOR:
            p.for_ += weight
        elif choice == AGAINST:
            p.against += weight
    ordered = sorted(parties.values(), key=lambda p: (-p.seats, p.party.lower()))
    return VoteCount(kind=kind, parties=ordered)


# -- which decision holds the outcome -------------------------------------------------------------

FILED = "ingediend"
PROPOSALS = frozenset({"voorstel", "concept voorstel"})


@dataclass(frozen=True)
class DecisionRow:
    """A Besluit with the date of the meeting it was taken in (Besluit → Agendapunt → Activiteit)."""

    id: str
    soort: str  # BesluitSoort
    status: str  # Besluit.Status: Besluit, Voorstel, Concept voorstel
    meeting: dt.datetime | None  # Dutch local time, naive
    order: int = 0  # AgendapuntZaakBesluitVolgorde
    changed: dt.datetime | None = None  # UTC, naive
    text: str = ""
    vote_kind: str = ""


def is_vote_outcome(soort: str) -> bool:
    """A decision about the motion's fate (a vote, withdrawal, lapse), not its filing or scheduling."""
    key = " ".join(soort.split()).lower()
    return key.startswith("stemmen") or key.startswith("termijn - vervallen")


def deciding(decisions: Iterable[DecisionRow]) -> DecisionRow | None:
    """The decision the outcome comes from: the latest taken (not proposed) vote decision, ordered by its
    meeting's date and its order on the agenda item; a filing (`Ingediend`) never decides."""
    candidates = [d for d in decisions
                  if " ".join(d.status.split()).lower() not in PROPOSALS
                  and " ".join(d.soort.split()).lower() != FILED and is_vote_outcome(d.soort)]
    if not candidates:
        return None
    floor = dt.datetime.min
    return max(candidates, key=lambda d: (d.meeting or floor, d.order, d.changed or floor))


# -- in words ----------------------------------------------------------------------------------------


def tally_text(votes: dict[str, object]) -> str:
    """'34 voor, 27 tegen'."""
    return f"{votes['for']} voor, {votes['against']} tegen"


def vote_heading(vote: dict[str, object] | None, votes: dict[str, object]) -> str:
    """'Stemmen - aangenomen, 15 april 2025 (met handopsteken): 34 voor, 27 tegen' (an item's `vote` and `votes`)."""
    from kamertaak.core.labels import date_nl

    vote = vote or {}
    when = f", {date_nl(vote['date'])}" if vote.get("date") else ""
    how = f" ({str(vote['kind']).lower()})" if vote.get("kind") else ""
    return f"{vote.get('decision') or 'stemming'}{when}{how}: {tally_text(votes)}"


def vote_sides(votes: dict[str, object]) -> list[str]:
    """How the parties voted, side by side: 'voor (34): GroenLinks-PvdA 25, SP 5, NSC 4 van 7',
    'tegen (27): VVD 24, NSC 3 van 7', 'niet deelgenomen: PVV 37' (a side nobody took is left out)."""
    sides: dict[str, list[str]] = {"for": [], "against": [], "none": []}
    for party in votes["parties"]:  # type: ignore[attr-defined]
        seats, pro, con = int(party["seats"]), int(party["for"]), int(party["against"])
        for side, count in (("for", pro), ("against", con)):
            if count:
                sides[side].append(f"{party['party']} {count}" + (f" van {seats}" if count != seats else ""))
        if not pro and not con:
            sides["none"].append(f"{party['party']} {seats}")
    out = [f"{word} ({votes[side]}): {', '.join(sides[side])}" for side, word in (("for", "voor"), ("against", "tegen"))
           if sides[side]]
    if sides["none"]:
        out.append(f"niet deelgenomen: {', '.join(sides['none'])}")
    return out


def party_text(party: dict[str, object]) -> str:
    """'NSC (7 zetels): 4 voor, 3 tegen'; 'PVV (37 zetels): niet deelgenomen'; a whole party: 'SP (5 zetels): voor'."""
    seats, pro, con = int(str(party["seats"])), int(str(party["for"])), int(str(party["against"]))
    where = f"{party['party']} ({seats} {'zetel' if seats == 1 else 'zetels'})"
    if pro and con:
        return f"{where}: {pro} voor, {con} tegen"
    if pro or con:
        count = pro or con
        word = "voor" if pro else "tegen"
        return f"{where}: {word}" if count == seats else f"{where}: {count} {word}"
    return f"{where}: niet deelgenomen"
