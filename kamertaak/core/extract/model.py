"""The values triage hands out (debate, candidates, extraction) and the working state of one run."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from kamertaak.core.actors import ActorMention, ExtractedActor
from kamertaak.core.deadlines import FoundDeadline, Resolution
from kamertaak.core.extract.clean import CleanText
from kamertaak.core.extract.sentences import Sentence


@dataclass(frozen=True)
class ExtractedDebate:
    """The debate the text reports on, as far as the text says."""

    title: str | None = None
    kind: str | None = None
    date: dt.date | None = None
    committee: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "title": self.title,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "committee": self.committee,
        }


@dataclass(frozen=True)
class Candidate:
    """One proposed item; start/end is the span of the quote in the original text."""

    kind: str
    status: str
    title: str
    quote: str
    start: int
    end: int
    due: dt.date | None = None
    due_phrase: str | None = None
    precision: str = "none"
    explanation: str | None = None
    actors: tuple[ExtractedActor, ...] = ()
    confidence: float = 0.5
    register: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "status": self.status,
            "title": self.title,
            "quote": self.quote,
            "due": self.due.isoformat() if self.due else None,
            "due_phrase": self.due_phrase,
            "precision": self.precision,
            "explanation": self.explanation,
            "actors": [a.to_json() for a in self.actors],
            "confidence": round(self.confidence, 2),
            "register": self.register,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything triage proposes for one text."""

    debate: ExtractedDebate
    actors: tuple[ExtractedActor, ...]
    candidates: tuple[Candidate, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "debate": self.debate.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "candidates": [c.to_json() for c in self.candidates],
        }


@dataclass(frozen=True)
class Trigger:
    kind: str
    status: str
    pattern: re.Pattern[str]
    confidence: float
    needs_government: bool = False
    needs_future: bool = False
    # an office-holder's statement is the promise, even without "ik": "X ontvangt de Kamer in mei"
    speaker_promises: bool = False


@dataclass
class Draft:
    """A candidate under construction, in clean-text coordinates."""

    kind: str
    status: str
    confidence: float
    first: int  # sentence indexes (inclusive)
    last: int
    trigger: tuple[int, int]
    clause: str = ""
    actors: list[ExtractedActor] = field(default_factory=list)
    register: str | None = None
    due_zone: tuple[int, int] | None = None
    title: str | None = None
    in_lead: bool = False
    dropped: bool = False
    due_override: Resolution | None = None


@dataclass
class Context:
    clean: CleanText
    sentences: list[Sentence]
    mentions: list[ActorMention]
    deadlines: list[FoundDeadline]
    ref: dt.date
    debate: ExtractedDebate
    raw: str
    speakers: dict[int, ExtractedActor | None] = field(default_factory=dict)
    commitment_lists: list[tuple[int, int]] = field(default_factory=list)
    letter: bool = False  # a letter to the Kamer: its "ik" is the government writing
