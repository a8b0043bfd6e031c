"""The values triage hands out (debate, candidates, extraction) and the working state of one run."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field

from kamertaak.core.actors import ActorMention, ExtractedActor, dedupe_actors
from kamertaak.core.deadlines import FoundDeadline, Resolution, sentence_readings
from kamertaak.core.dutch import MONTHS, MONTHS_SHORT, WEEKDAYS
from kamertaak.core.extract.clean import CleanText
from kamertaak.core.extract.quick import quick_test
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
    owner: str | None = None  # a task's: who of the reader's side does it

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
            "owner": self.owner,
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
    # the pattern is only tried on a sentence with one of these (lower case) in it: it needs a word that does
    needs: tuple[str, ...] = ()


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
    owner: str | None = None
    place: int = 0  # of motions counted and told one by one ("De tweede motie ..."), which one: never another's


# A sentence without a digit and without any of these stems holds no deadline phrase, so triage does not ask
# the deadline reader about it (checked against every sentence of the eval and test texts: see
# tests/core/test_extract_language.py). Generous on purpose: a stem too many costs a little time only.
MAY_HOLD_A_DATE = re.compile(
    r"\d|" + "|".join((*MONTHS, *MONTHS_SHORT, *WEEKDAYS))
    + r"|week|weke|debat|overleg|binnen|stemming|bij\s+(?:de|het|een)\b|maand|jaar|kwarta|zomer|winter|voorjaar"
    r"|najaar|herfst|lente|reces|termijn|morgen|vandaag|straks"
    r"|binnenkort|spoed|snel|later|ooit|uiteindelijk|regelmatig|periodiek|doorlopend|prinsjes|nota|begroting"
    r"|verantwoording|verslag|kerst|pase|paas|pinkster|nieuwjaar|oud en nieuw|eind|begin|medio|mid|half|helft"
    r"|dag|z\.?s\.?m|direct|onverwijld|meteen|uiterlijk|deadline|tijd|moment|duur|top|raad|raming|formatie"
    r"|verkiezing|vakantie|zomerstop|wintersto|volgend|komend|aanstaand|a\.s|jl\.|eerstvolgend|nabije|toekomst"
    r"|zo\s+(?:snel|spoedig|vlot)|gauw|haast|weldra|vervolg|ronde|fase|\bnu\b|behandeling|voorstel|\bwet\b",
    re.IGNORECASE,
)

# the same answer, sooner: the plain stems as substrings of an ASCII sentence's lower case (quick.py)
may_hold_a_date = quick_test(MAY_HOLD_A_DATE)


@dataclass
class Context:
    """One run's working state. Deadline phrases are found per sentence when a stage first asks for them, so
    the sentences no stage looks at cost nothing; actor lookups go by position (bisect), not by scanning."""

    clean: CleanText
    sentences: list[Sentence]
    mentions: list[ActorMention]
    ref: dt.date
    debate: ExtractedDebate
    raw: str
    speakers: dict[int, ExtractedActor | None] = field(default_factory=dict)
    commitment_lists: list[tuple[int, int]] = field(default_factory=list)
    kept_lists: list[tuple[int, int]] = field(default_factory=list)  # a letter's list of what it answers now
    letter: bool = False  # a letter to the Kamer: its "ik" is the government writing
    _dates: dict[int, list[FoundDeadline]] = field(default_factory=dict)
    _passed: dict[int, list[FoundDeadline]] = field(default_factory=dict)  # read with _dates: the terms passed
    _may_date: dict[int, bool] = field(default_factory=dict)  # may_hold_a_date of each sentence asked
    _sentence_starts: list[int] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    # for each mention, the index of the last office-holder mention up to it: any, a state secretary, a minister
    _last_office: dict[bool | None, list[int]] = field(default_factory=dict)
    _only_office: dict[bool | None, ExtractedActor | None] | None = None
    # for in_spans: each list of spans asked about (by id), with its starts in order and the furthest end so far
    _span_index: dict[int, tuple[list[tuple[int, int]], list[int], list[int]]] = field(default_factory=dict)
    # people.cabinet_members, read once: it reads every office-holder the text names, and is asked per promise
    _cabinet: list[ExtractedActor] | None = None
    # people.letter_author, read once (in a tuple: None is an answer): it is asked for each item of a letter's lists
    _author: tuple[ExtractedActor | None] | None = None

    def __post_init__(self) -> None:
        self._sentence_starts = [s.start for s in self.sentences]
        self._mention_starts = [m.start for m in self.mentions]
        last: dict[bool | None, int] = {None: -1, True: -1, False: -1}
        self._last_office = {None: [], True: [], False: []}
        for k, m in enumerate(self.mentions):
            if m.actor.role in ("minister", "state_secretary"):
                last[None] = last[m.actor.role == "state_secretary"] = k
            for key, at in last.items():
                self._last_office[key].append(at)

    def last_office_holder(self, before: int, state_secretary: bool | None) -> ExtractedActor | None:
        """The minister or state secretary (or either, with None) named last before position `before`."""
        k = bisect.bisect_left(self._mention_starts, before) - 1
        at = self._last_office[state_secretary][k] if k >= 0 else -1
        return self.mentions[at].actor if at >= 0 else None

    def only_office_holder(self, state_secretary: bool | None) -> ExtractedActor | None:
        """The minister or state secretary (or either, with None) when the text names exactly one, else None."""
        if self._only_office is None:
            holders: dict[bool | None, dict[str, ExtractedActor]] = {None: {}, True: {}, False: {}}
            for m in self.mentions:
                if m.actor.role in ("minister", "state_secretary") and m.actor.name[:1].isupper():
                    holders[None].setdefault(m.actor.key, m.actor)
                    holders[m.actor.role == "state_secretary"].setdefault(m.actor.key, m.actor)
            self._only_office = {k: next(iter(v.values())) if len(v) == 1 else None for k, v in holders.items()}
        return self._only_office[state_secretary]

    def deadlines_in(self, start: int, end: int, terms_only: bool = False) -> list[FoundDeadline]:
        """The deadline phrases inside [start, end) of the clean text; with `terms_only` those that set a
        term in their sentence (no history, negation or statistic)."""
        if self.ref == dt.date.min or end <= start:
            return []
        k = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        out: list[FoundDeadline] = []
        while k < len(self.sentences) and self.sentences[k].start < end:
            out.extend(d for d in self._sentence_dates(k)
                       if start <= d.start and d.end <= end and (d.term or not terms_only))
            k += 1
        return out

    def may_hold_dates(self, k: int) -> bool:
        """False only when sentence k holds no deadline phrase, without reading it when no stage has yet: what a
        stage has read, else the cheap test that comes before the reading."""
        found = self._dates.get(k)
        return bool(found) if found is not None else self.may_hold_a_date_at(k)

    def may_hold_a_date_at(self, k: int) -> bool:
        """may_hold_a_date of sentence k's text, tested once: the classifier's gate, the reading of the sentence's
        phrases and the test for passed terms all ask it of the same sentence."""
        may = self._may_date.get(k)
        if may is None:
            may = self._may_date[k] = may_hold_a_date(self.sentences[k].text)
        return may

    def passed_terms_in(self, k: int) -> list[FoundDeadline]:
        """The terms sentence k sets that had passed on the reference day (core.deadlines.passed_terms), read
        with its deadline phrases: one reading of a sentence serves both."""
        if k not in self._passed:
            self._sentence_dates(k)
        return self._passed[k]

    def _sentence_dates(self, k: int) -> list[FoundDeadline]:
        if k not in self._dates:
            s = self.sentences[k]
            if not self.may_hold_a_date_at(k):
                self._dates[k], self._passed[k] = [], []
                return self._dates[k]
            ahead, passed = sentence_readings(s.text, self.ref)
            self._dates[k] = [FoundDeadline(s.start + d.start, s.start + d.end, d.phrase, d.resolution, d.term)
                              for d in ahead]
            self._passed[k] = [FoundDeadline(s.start + d.start, s.start + d.end, d.phrase, d.resolution, True)
                               for d in passed]
        return self._dates[k]

    def in_spans(self, spans: list[tuple[int, int]], at: int) -> bool:
        """Whether `at` lies in one of `spans` (start <= at < end), as `any(a <= at < b for a, b in spans)` says,
        sooner: a list (commitment_lists, kept_lists: set once, never changed) is read once into its starts in
        order and the furthest end up to each, then asked by bisection, so asking of every sentence of a text
        with many lists does not grow with sentences times lists."""
        index = self._span_index.get(id(spans))
        if index is None or index[0] is not spans or len(index[1]) != len(spans):
            ordered = sorted(spans)
            index = (spans, [a for a, _ in ordered], list(itertools.accumulate((b for _, b in ordered), max)))
            self._span_index[id(spans)] = index
        k = bisect.bisect_right(index[1], at) - 1
        return k >= 0 and index[2][k] > at

    def mentions_between(self, start: int, end: int) -> list[ActorMention]:
        """The actor mentions that start inside [start, end)."""
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return self.mentions[lo:hi]

    def mentions_before(self, at: int) -> range:
        """Indexes of the mentions before position `at`, nearest first."""
        return range(bisect.bisect_left(self._mention_starts, at) - 1, -1, -1)

    @functools.cached_property
    def members(self) -> list[ExtractedActor]:
        """The members the text names, each once."""
        return list(dedupe_actors([m.actor for m in self.mentions if m.actor.role == "member"]))

    @functools.cached_property
    def office_holders(self) -> list[ExtractedActor]:
        return [m.actor for m in self.mentions if m.actor.role in ("minister", "state_secretary")]
