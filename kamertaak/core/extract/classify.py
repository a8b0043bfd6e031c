"""A learned sentence classifier: is this sentence a follow-up, and of which kind (commitment, motion, deadline)?

The model is a multinomial logistic regression trained offline (bench/train_classifier.py, scikit-learn) on the
labelled development texts; its weights ship as data (kamertaak/data/followup_classifier.json) and are scored
here in pure Python. Features are what generalises across texts: lower-cased, lightly stemmed words and word
pairs with names, dates, numbers and register numbers replaced by placeholders, and cue families (a
promise verb, a motion outcome, the government as subject, the future). Only "is it a follow-up, of which
kind" is learned: a sentence the rules left alone becomes a draft, and its status, due date, actors and title
come from the rule-based field code like any other draft's.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from kamertaak.core.actors import ActorMention, ExtractedActor
from kamertaak.core.dutch import MONTHS, WEEKDAYS
from kamertaak.core.extract.commitments import not_a_promise
from kamertaak.core.extract.cues import (
    ADDRESSED_COUNCIL,
    FIRST_PERSON,
    GOVERNMENT_WORD,
    LETTER_IS_A_REPLY,
    LOCAL_GOVERNMENT_WORD,
    NOT_GUARANTEED,
    PAST_MARKER,
    PAST_TENSE_MAIN,
    QUESTION,
    TEXT_UPDATED,
    VOTED_DOWN,
    told_as_held,
)
from kamertaak.core.extract.due import may_hold_passed_terms, nearest_deadline
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.people import ADDRESSED, has_government, sentence_actors
from kamertaak.core.extract.quick import quick
from kamertaak.core.extract.sentences import Sentence

_I = re.IGNORECASE

_REGISTER = re.compile(r"\b\d{2}\s?\d{3}(?:-[A-Z0-9]+)?\b|\bnrs?\.\s*\d+|\b[TM]0\d{4}\b", _I)
_DATE = re.compile(
    r"\b\d{1,2}(?:e)?\s+(?:" + "|".join(MONTHS) + r")\b(?:\s+\d{4})?|\b\d{1,2}-\d{1,2}-\d{2,4}\b"
    r"|\b(?:" + "|".join((*MONTHS, *WEEKDAYS)) + r")\b|\b(?:19|20)\d{2}\b",
    _I,
)
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*\b")
_DIGIT = re.compile(r"\d")
# _DATE's one alternative without a digit: a month or a weekday by name
_DATE_NAME = quick(re.compile(r"\b(?:" + "|".join((*MONTHS, *WEEKDAYS)) + r")\b", _I))
_WORD = re.compile(r"<\w+>|[^\W\d_]+(?:-[^\W\d_]+)*")
# Capitalised words that are vocabulary, not names, in these texts
_NOT_NAMES = frozenset(
    [
        "de", "het", "een", "in", "op", "bij", "voor", "na", "met", "van", "dat", "dit", "deze", "die", "er",
        "ook", "en", "maar", "als", "dan", "zij", "hij", "ze", "we", "wij", "ik", "u", "uw", "kamer", "tweede",
        "eerste", "minister", "ministers", "staatssecretaris", "kabinet", "regering", "motie", "moties",
        "voorzitter", "senaat", "senator", "senatoren", "kamerlid", "kamerleden", "fractie", "toezegging",
        "toezeggingen", "tijdens", "volgens", "daarnaast", "verder", "vandaag", "morgen", "gisteren",
    ]
)
_SUFFIXES = ("ingen", "ing", "heden", "heid", "en", "de", "te", "e", "s", "t", "d")

# Cue families: the lemma-level signals the rules read too, as features the model weighs itself. Each is
# looked for only in a sentence with one of its (lower case) words in it, when it cannot match without one.
_CUES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("promise", re.compile(r"\btoe(?:zeg|gezegd)\w*|\bzeg\w*\b.{0,120}\btoe\b|\bbelo\w+|\bkomt?\b.{0,40}\bterug\b"
                           r"|\bzal\b.{0,80}\b(?:sturen|informeren|toesturen|laten weten|komen)\b", _I),
     ("toe", "belo", "terug", "zal")),
    ("send", re.compile(r"\b(?:stuurt|sturen|stuur|toe(?:ge)?zonden|toezenden|informeert|informeren|brief)\b", _I),
     ("stuur", "sturen", "zond", "zend", "inform", "brief")),
    ("motion", re.compile(r"\bmotie", _I), ("motie",)),
    ("motions", re.compile(r"\bmoties\b", _I), ("moties",)),  # several, often an aggregate ("tien moties")
    ("adopted", re.compile(r"\baangenomen\b|\baanvaard\b|\bingestemd\b|\bstemde\w*\b.{0,40}\bin\b"
                           r"|\bmeerderheid\b", _I), ("aangenomen", "aanvaard", "ingestemd", "stemde", "meerderheid")),
    ("rejected", re.compile(r"\bverworpen\b|\bafgewezen\b|\bhaalde\w*\s+het\s+niet\b|\bsneuvelde\w*", _I),
     ("verworpen", "afgewezen", "haalde", "sneuvelde")),
    ("held", re.compile(r"\baangehouden\b|\bhoudt?\b.{0,40}\baan\b|\bingetrokken\b", _I),
     ("aangehouden", "houd", "ingetrokken")),
    ("submitted", re.compile(r"\bingediend\b|\bdien\w*\b.{0,80}\bin\b|\bvoorgesteld door\b|\bkrijgt nr\b", _I),
     ("ingediend", "dien", "voorgesteld", "krijgt nr")),
    ("asks_government", re.compile(r"\bverzoekt\b|\broept\b.{0,60}\bop\b|\bspreekt uit\b", _I),
     ("verzoekt", "roept", "spreekt uit")),
    ("term", re.compile(r"\buiterlijk\b|\bbinnen\b|\bv[oó]{1,2}r\b|\bdeadline\b|\btermijn\b|\breces\b|\bkwartaal\b"
                        r"|\bprinsjesdag\b|\bzomer\b|\bnajaar\b|\bvoorjaar\b", _I), ()),
    ("meeting", re.compile(r"\bstem(?:t|men|ming\w*)\b|\bdebat\w*|\boverleg\w*|\bgepland\b|\bagenda\w*", _I),
     ("stem", "debat", "overleg", "gepland", "agenda")),
    ("future", re.compile(r"\b(?:zal|zullen|gaat|gaan|komt|komen|komende|volgende|verwacht\w*|wil|willen)\b", _I), ()),
    ("government", GOVERNMENT_WORD, ("minist", "staatssecretaris", "kabinet", "regering", "bewindspersoon")),
    ("first_person", re.compile(r"\b(?:ik|wij|we)\b", _I), ()),
    ("question", QUESTION, ("?", "vra", "wil weten", "pleit", "roept", "dring", "verzoekt")),
    ("past", PAST_TENSE_MAIN, ()),
)
# each asked only about a sentence with one of the words its matches need (quick.py: the same answers, sooner)
_CUES = tuple((name, quick(pattern), needs) for name, pattern, needs in _CUES)


@functools.lru_cache(maxsize=16384)
def _token(word: str) -> str:
    """A word as a feature: a placeholder as it is, any other word lower-cased and stemmed."""
    return _stem(word.lower()) if not word.startswith("<") else word


@functools.lru_cache(maxsize=16384)
def _later_token(word: str) -> str:
    """A word after the first: a capitalised one that is no vocabulary is a name."""
    if word[:1].isupper() and not word.isupper() and word.lower() not in _NOT_NAMES and "<" not in word:
        return "<NAME>"
    return _token(word)


@functools.lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    if word.startswith("<"):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words(ctx: Context, i: int) -> tuple[list[str], list[ActorMention]]:
    """The words of sentence i as features read them (placeholders for names, registers, dates and numbers, the
    other words lower-cased and stemmed), and the actor mentions in it."""
    s = ctx.sentences[i]
    text = s.text
    mentions = ctx.mentions_between(s.start, s.end)
    named = [(m.start - s.start, m.end - s.start) for m in mentions]
    for a, b in sorted(named, reverse=True):
        if 0 <= a < b <= len(text):
            text = text[:a] + " <NAME> " + text[b:]
    digits = _DIGIT.search(text) is not None  # most sentences have none: no register, number or numeric date
    if digits:
        text = _REGISTER.sub(" <REG> ", text)
    if digits or _DATE_NAME.search(text):
        text = _DATE.sub(" <DATE> ", text)
    if digits:
        text = _NUMBER.sub(" <NUM> ", text)
    found = _WORD.findall(text)
    return [*map(_token, found[:1]), *map(_later_token, found[1:])], mentions


def sentence_features(ctx: Context, i: int) -> set[str]:
    """The features of sentence i: placeholders for names (the actors found), registers, dates and numbers,
    then stemmed words, word pairs and cue families."""
    return _features(ctx.sentences[i], *_words(ctx, i))


def _plain_features(s: Sentence, words: list[str], mentions: list[ActorMention]) -> set[str]:
    """The features of sentence s but its cue families (those _features gives but the "c:" ones of _CUES)."""
    feats = set(map("w:".__add__, words))
    feats.update(map("b:{}_{}".format, words, words[1:]))
    if words:
        feats.add(f"first:{words[0]}")
    feats.update({f"r:{m.actor.role}" for m in mentions})
    if s.item:
        feats.add("c:list_item")
    feats.add(f"len:{min(len(words) // 10, 5)}")
    return feats


def _features(s: Sentence, words: list[str], mentions: list[ActorMention]) -> set[str]:
    feats = set(map("w:".__add__, words))
    feats.update(map("b:{}_{}".format, words, words[1:]))  # each word with the next
    if words:
        feats.add(f"first:{words[0]}")
    lowered = s.text.lower()
    feats.update(
        f"c:{name}" for name, pattern, needs in _CUES
        if (not needs or any(map(lowered.__contains__, needs))) and pattern.search(s.text)
    )
    feats.update({f"r:{m.actor.role}" for m in mentions})
    if s.item:
        feats.add("c:list_item")
    feats.add(f"len:{min(len(words) // 10, 5)}")
    return feats


@dataclass(frozen=True)
class Model:
    """Weights of a multinomial logistic regression over binary features."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float  # the least probability of "a follow-up" that makes a draft

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(
            classes=tuple(str(c) for c in data["classes"]),
            intercept=tuple(float(x) for x in data["intercept"]),
            weights={str(f): tuple(float(x) for x in w) for f, w in data["weights"].items()},
            threshold=float(data["threshold"]),
        )

    def scores(self, features: set[str]) -> list[float]:
        """The probability of each class, in the order of classes (softmax of the linear scores)."""
        rows = list(filter(None, map(self.weights.get, features)))  # a row is never empty: one weight per class
        sums = map(sum, zip(*rows, strict=True)) if rows else (0.0 for _ in self.intercept)
        linear = [b + s for b, s in zip(self.intercept, sums, strict=True)]
        top = max(linear)
        exp = [math.exp(x - top) for x in linear]
        total = sum(exp)
        return [e / total for e in exp]

    def probabilities(self, features: set[str]) -> dict[str, float]:
        """The probability of each class by name."""
        return dict(zip(self.classes, self.scores(features), strict=True))

    @functools.cached_property
    def bound(self) -> _Bound | None:
        """The bound on sentence_features' scores that tells a sentence under the threshold before its cue families
        are looked for (None when the threshold is no probability between 0 and 1)."""
        return _Bound(self) if 0 < self.threshold < 1 and "none" in self.classes else None


class _Bound:
    """An upper bound on the probability that a sentence is a follow-up, read before its cue families are looked
    for (their patterns are most of the time a sentence's features take): the exact sums of the weights of the
    features its words, actors, list place and length give, and for each cue family that may be there (one of the
    words it needs is in the sentence, or it needs none) the most it can add. A sentence whose bound is under the
    model's threshold is one `classify` calls "none", so its cues need not be looked for nor it scored in full.

    With d_k the linear score of class k less that of "none", the probability of a follow-up is S / (1 + S) with
    S = sum of exp(d_k) over the classes other than none: under the threshold t exactly when S < t / (1 - t).
    Each feature that is there adds its weight less none's to d_k; a cue family adds at most that difference where
    it is positive. The margin (one part in 10^9) is far above the rounding of either sum."""

    def __init__(self, model: Model) -> None:
        self.none = model.classes.index("none")
        self.others = [k for k in range(len(model.classes)) if k != self.none]

        def most(row: tuple[float, ...]) -> tuple[float, ...]:
            return tuple(max(0.0, row[k] - row[self.none]) for k in self.others)

        self.always = tuple(0.0 for _ in self.others)  # the most the families asked of every sentence add
        self.cues: list[tuple[tuple[str, ...], tuple[float, ...]]] = []
        for name, _pattern, needs in _CUES:
            if (row := model.weights.get(f"c:{name}")) is not None:
                if needs:
                    self.cues.append((needs, most(row)))
                else:
                    self.always = tuple(a + b for a, b in zip(self.always, most(row), strict=True))
        self.limit = model.threshold / (1 - model.threshold) * (1 - 1e-9)
        # each feature's weights less none's, and the intercepts' with the families asked of every sentence: d_k
        # is base_k plus the sum of the differences of the features there
        self.diffs = {f: tuple(row[k] - row[self.none] for k in self.others) for f, row in model.weights.items()}
        self.base = tuple(model.intercept[k] - model.intercept[self.none] + a
                          for k, a in zip(self.others, self.always, strict=True))
        # the same differences by a sentence's words: "w:" + word by the word, "b:" + a + "_" + b by the pair (a, b),
        # for every "_" in it (so the pair finds what its feature's name finds), made without those names
        self.by_word = {f[2:]: diff for f, diff in self.diffs.items() if f.startswith("w:")}
        self.by_pair: dict[tuple[str, str], tuple[float, ...]] = {}
        for f, diff in self.diffs.items():
            if f.startswith("b:"):
                parts = f[2:].split("_")
                for at in range(1, len(parts)):
                    self.by_pair["_".join(parts[:at]), "_".join(parts[at:])] = diff
        # every word a cue family needs, looked for once
        self.cue_words = tuple(sorted({w for needs, _family in self.cues for w in needs}))

    def most(self, model: Model, s: Sentence, plain: set[str]) -> float:
        """The most S can be for sentence s, whose features other than its cue families are `plain` (or a number
        at least the threshold's, when the families asked of every sentence lift it there already)."""
        return self._most(s, list(filter(None, map(self.diffs.get, plain))))

    def _most(self, s: Sentence, rows: list[tuple[float, ...]]) -> float:
        d = [b + x for b, x in zip(self.base, map(sum, zip(*rows, strict=True)), strict=True)] if rows else [*self.base]
        if (most := sum(map(math.exp, d))) >= self.limit:
            return most  # over the threshold before the families that need a word: scored in full
        lowered = s.text.lower()
        present = set(filter(lowered.__contains__, self.cue_words))
        for needs, family in self.cues:
            if not present.isdisjoint(needs):
                d = [x + y for x, y in zip(d, family, strict=True)]
        return sum(map(math.exp, d))

    def below_words(self, model: Model, s: Sentence, words: list[str], mentions: list[ActorMention]) -> bool:
        """below(model, s, _plain_features(s, words, mentions)), sooner: the words' and pairs' weights are found
        by the words themselves, without making the features' names. Words are unique in a set of features, and
        pairs too (a word holds no "_" unless the sentence does: _WORD, the placeholders); a sentence with "_" is
        read by the features' names."""
        if "_" in s.text:
            return self.below(model, s, _plain_features(s, words, mentions))
        rows = list(filter(None, map(self.by_word.get, set(words))))
        rows.extend(filter(None, map(self.by_pair.get, set(itertools.pairwise(words)))))
        other = {f"r:{m.actor.role}" for m in mentions}
        if words:
            other.add(f"first:{words[0]}")
        if s.item:
            other.add("c:list_item")
        other.add(f"len:{min(len(words) // 10, 5)}")
        rows.extend(filter(None, map(self.diffs.get, other)))
        return self._most(s, rows) < self.limit

    def below(self, model: Model, s: Sentence, plain: set[str]) -> bool:
        """Whether sentence s, with these features other than its cue families, is under the threshold whatever
        its cues."""
        return self.most(model, s, plain) < self.limit


@functools.lru_cache(maxsize=1)
def shipped_model() -> Model:
    data = resources.files("kamertaak").joinpath("data", "followup_classifier.json").read_text(encoding="utf-8")
    return Model.from_json(json.loads(data))


def classify(ctx: Context, i: int, model: Model | None = None) -> tuple[str, float]:
    """The kind the model gives sentence i ("none" when it is no follow-up) and the probability that it is one."""
    model = model or shipped_model()
    return _verdict(model, model.scores(sentence_features(ctx, i)))


def _verdict(model: Model, probs: list[float]) -> tuple[str, float]:
    none = model.classes.index("none")
    follow_up = 1.0 - probs[none]
    if follow_up < model.threshold:
        return "none", follow_up
    kind = max((j for j in range(len(probs)) if j != none), key=probs.__getitem__)
    return model.classes[kind], follow_up


# The status a classified sentence gives its follow-up, read from its words as the rules read them.
# A separable verb's particle ends its clause ("nam de motie aan", "hield haar motie aan", "trok hem in"); before an
# article it is a preposition ("nam deel aan de stemming", "trok zich terug in de fractie").
_PARTICLE_END = r"(?!\s+(?:de|het|een|deze|dit|die|dat|haar|zijn|hun)\b)"
_MOTION_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rejected", re.compile(r"\bverworpen\b|\bafgewezen\b|\bhaalde\w*\s+het\s+niet\b|\bgeen\s+meerderheid\b"
                            r"|\b(?:onvoldoende|geen)\s+steun\b|\bsneuvelde\w*|\bstrandde\w*|" + VOTED_DOWN, _I)),
    ("adopted", re.compile(r"\baangenomen\b|\baanvaard\b|\bingestemd\b|\bstemde\w*\b[^.;]{0,40}\bin\b" + _PARTICLE_END +
                           r"|\bmeerderheid\b|\bn(?:am|amen|eemt|emen)\b[^.;]{0,120}\baan\b" + _PARTICLE_END +
                           r"|\buitvoering\s+van\s+de\s+motie", _I)),
    ("held", re.compile(r"\baangehouden\b|\bh(?:ield|ielden|oudt|ouden)\b[^.;]{0,120}\baan\b" + _PARTICLE_END, _I)),
    ("withdrawn", re.compile(r"\bingetrokken\b|\btrok\w*\b[^.;]{0,80}\bin\b" + _PARTICLE_END, _I)),
    ("announced", re.compile(r"\b(?:zal|zullen|gaat|gaan|wil|willen|van plan)\b.{0,80}\b(?:indienen|in te dienen)\b"
                             r"|\boverw(?:eegt|egen|oog)\b|\bkondig\w*\b.{0,100}\baan\b", _I)),
)
_SENT = re.compile(r"\b(?:toegezonden|gestuurd|verzonden|geïnformeerd|afgedaan|voldaan)\b", _I)
# The letter itself keeps the promise: "Met deze brief ga ik in op het verzoek ...", "Hierbij informeer ik u"
_THIS_LETTER = re.compile(r"\b(?:met|in) deze brief\b|^hierbij\b", _I)
# A document named in an agenda or a list of letters ("de brief van de minister d.d. ... inzake ..."): no promise
_A_LETTER_NAMED = re.compile(r"^(?:de\s+)?brief\s+van\b", _I)
# A sentence that tells the outcome of the motion just named: "Zij werd aangenomen.", "Die haalde het niet."
_POINTS_BACK = re.compile(r"^(?:zij|ze|die|deze|dit|de motie|deze motie|het voorstel)\b", _I)
# A lead that announces a list: "... nam de volgende moties aan:"
_LEADS_LIST = re.compile(r":\s*$|\bvolgende\b", _I)


def _motion_outcome(text: str) -> str | None:
    return next((code for code, pattern in _MOTION_STATUS if pattern.search(text)), None)


def status_of(ctx: Context, i: int, kind: str) -> str:
    """The status sentence i gives a follow-up of this kind. A motion's outcome or stage by its verb, in
    the sentence, else in the next one when it points back ("Zij is aangenomen."), else in the lead of the
    list it is an item of ("De Kamer nam de volgende moties aan:"); a promise reported as sent, or kept by the
    letter itself, is done; a deadline is upcoming."""
    text = ctx.sentences[i].text
    if kind == "motion":
        if code := _motion_outcome(text):
            return code
        after = ctx.sentences[i + 1].text if i + 1 < len(ctx.sentences) else ""
        if _POINTS_BACK.match(after) and (code := _motion_outcome(after)):
            return code
        for k in range(i - 1, max(-1, i - 12), -1):
            lead = ctx.sentences[k]
            if not lead.item and _LEADS_LIST.search(lead.text):
                return _motion_outcome(lead.text) or "submitted"
            if not lead.item:
                break
        return "submitted"
    if kind == "commitment":
        kept = (_SENT.search(text) and PAST_TENSE_MAIN.search(text)) or _THIS_LETTER.search(text)
        return "done" if kept else "open"
    return "upcoming"


_ONE_MOTION = re.compile(r"\bmotie\b|\bmotie-", _I)
# how motions go in general: "waarin de motie kan worden ingediend"
_ANY_MOTION = re.compile(r"\bmoties?\b.{0,20}?\b(?:kunnen|kan|mogen|mag) worden\b", _I)
# A request to the government is no promise of it: "De fractie ontvangt graag een reactie van het kabinet",
# "Het lid vroeg de minister om een brief", "wil weten of de minister ..."
_REQUEST = re.compile(
    r"\b(?:ontvangt|ontvangen|krijgt|krijgen|hoort|horen|ziet|zien)\b[^.;]{0,40}\bgraag\b"
    r"|\b(?:vraagt|vragen|vroeg|vroegen|gevraagd|verzoekt|verzoeken|verzocht|wil(?:len)?\s+weten)\b"
    # a motion's dictum as a council writes it: "Draagt het college op: ...", "Roept het college op ..."
    r"|^[\s•·*-]*(?:draagt|dragen|roept|roepen)\s",
    _I,
)
_PROMISE = re.compile(r"\btoe(?:zeg|gezegd)\w*|\bzeg\w*\b[^.;]{0,120}\btoe\b|\bbelo\w+|\b(?:zal|zullen)\b", _I)
# A toezegging is the government's by what the word means: the noun with what was promised after it ("blij met de
# toezegging om ...", "de toezeggingen over ...", "toezegging T01234 ...") names a promise whoever tells it, also
# without an office-holder in the sentence. Not the noun alone ("het overzicht van de toezeggingen", "per
# toezegging is te zien ..."): that is about promises in general.
_PROMISE_NAMED = re.compile(r"\btoezegging(?:en)?\s+(?:T\d{5}\b|(?:om|over|dat|te|inzake|aan)\s)", _I)


def _has_what_it_needs(ctx: Context, i: int, kind: str, actors: list[ExtractedActor]) -> bool:
    """What a kind needs of the fields the rules read. A promise is the government's (or a toezegging named with
    what it promises), not told in the past
    ("vorig jaar toegezegd", "jl.": kept or old news) unless a list of promises reports on it, and not a
    letter named in a list; a deadline has a term to come, as its due date is read, in a sentence not told in
    the past; a motion is one motion
    ("moties" alone is a count or a list, which the motion rules split; "een motie kan worden ingediend" is
    how motions go)."""
    s = ctx.sentences[i]
    if kind == "commitment":
        listed = ctx.in_spans(ctx.commitment_lists, s.start)
        return (
            (has_government(ctx, i, actors) or bool(_PROMISE_NAMED.search(s.text)))
            and (listed or not PAST_MARKER.search(s.text))
            and not _A_LETTER_NAMED.match(s.text)
            and not (_REQUEST.search(s.text) and not _PROMISE.search(s.text))
        )
    if kind == "deadline":  # the sentence's own words first: the phrases are read only when they decide
        if PAST_MARKER.search(s.text) or told_as_held(s.text):
            return False
        found = nearest_deadline(ctx, s.start, s.end, s.start, s.end)
        if found is None or (due := found.resolution.due) is None or ctx.ref == dt.date.min:
            return found is not None and found.resolution.due is not None
        # a meeting told in the past tense on a day not after the text's is over ("Donderdag 22 januari debatteerde
        # de Tweede Kamer over de acute zorg", "De Eerste Kamer stemde dinsdag 11 februari ...")
        return due > ctx.ref or not _MET.search(s.text)
    return bool(_ONE_MOTION.search(s.text)) and not _ANY_MOTION.search(s.text)


def may_have_what_it_needs(ctx: Context, i: int) -> bool:
    """False only where `_has_what_it_needs` is false for every kind, sooner: a sentence without "motie", without
    any deadline phrase, and without the government (an office-holder named or meant, a government word, "uw
    Kamer", "de bewindsman", a toezegging named with what it promises, an office-holder speaking or a letter's
    writer in the first person or as "u") gets no
    draft whatever the model says of it, so it is not scored. A term that had passed counts too: a rule's reading
    keeps it as the due date ("verstreken")."""
    s = ctx.sentences[i]
    text = s.text
    if _ONE_MOTION.search(text) or ctx.may_hold_dates(i) or may_hold_passed_terms(ctx, i):
        return True
    if GOVERNMENT_WORD.search(text) or any(
            m.actor.role in ("minister", "state_secretary") for m in ctx.mentions_between(s.start, s.end)):
        return True
    if LOCAL_GOVERNMENT_WORD.search(text) or ADDRESSED_COUNCIL.search(text):
        return True  # a municipality's or province's government, as has_government reads it
    lowered = text.lower()
    if "uw kamer" in lowered or "bewinds" in lowered or ("toezegging" in lowered and _PROMISE_NAMED.search(text)):
        return True
    speaker = ctx.speakers.get(i)
    if speaker is not None and speaker.role in ("minister", "state_secretary") and FIRST_PERSON.search(text):
        return True
    return ctx.letter and bool(FIRST_PERSON.search(text) or ADDRESSED.search(text))


# A meeting told in the past tense: "debatteerde", "stemde", "vergaderde", "sprak ... over"
_MET = re.compile(r"\b(?:debatteerde|stemde|vergaderde|besprak|behandelde|sprak)n?\b"
                 # ... or in the perfect: "De Eerste Kamer heeft dinsdag 8 maart het debat over X afgerond"
                 r"|\b(?:heeft|hebben)\b[^.;]{0,160}?\b(?:gedebatteerd|gestemd|vergaderd|besproken|behandeld|afgerond"
                 r"|gesproken)\b", _I)
# A rule's draft this many sentences away tells the same follow-up ("... ingediend." "Zij krijgt nr. 51.")
_NEAR = 2
# A sentence whose subject is a pronominal adverb points back to what came before ("De minister zal de Kamer
# hierover informeren."): within this many sentences after a rule's draft of its kind, it is that follow-up again
_POINTS_BACK_ADVERB = re.compile(r"\b(?:hier|daar|waar)(?:over|op|aan|mee|in|bij|van|voor|toe|naar)\b", _I)
_BACK = 12
# An aside between dashes ("ik heb toegezegd — ik vind het nu wat scherper — om ...") is no part of the follow-up
_ASIDE = re.compile(r"\s[—–-]\s[^—–]{1,120}?\s[—–-]\s")
# Speech told by a frame ("Ik hoor de minister zeggen: ik heb toegezegd ..."): the follow-up is what is said
_SPEECH_FRAME = re.compile(
    r"^[^:]{0,80}\b(?:zeggen|zegt|zei|zeiden|hoor\w*|antwoord\w*|schrijf\w*|schreef)\b[^:]{0,40}:\s+", _I
)


# Why a sentence is no promise that makes it no term either: "De Tweede Kamer wil dat Nederland X zo snel mogelijk
# afbouwt" (a wish: the motion rules read what the Kamer wants), a question, a term refused or negated, a possibility
_NO_TERM_EITHER = frozenset(["someone else's", "wish", "question", "asked for", "refused", "negated", "possibility"])


def classifier_drafts(ctx: Context, rules: list[Draft], model: Model | None = None) -> list[Draft]:
    """A draft for each sentence the model calls a follow-up that no rule's draft reads and none of the same
    kind is near, at a confidence below the rules'. Status, due date, actors and title come from the
    rule-based field code."""
    covered = {i for d in rules for i in range(d.first, d.last + 1)}
    near = {(d.kind, i) for d in rules for i in range(d.first - _NEAR, d.last + _NEAR + 1)}
    told_before = {(d.kind, i) for d in rules for i in range(d.last + 1, d.last + _BACK + 1)}
    out: list[Draft] = []
    model = model or shipped_model()
    # (the bound reads sentence_features' own features: not those of a stand-in, as bench/train_classifier.py's)
    bound = model.bound if sentence_features is _SENTENCE_FEATURES else None
    for i, s in enumerate(ctx.sentences):
        if i in covered or not may_have_what_it_needs(ctx, i) or TEXT_UPDATED.search(s.text):
            continue  # (a page telling its own update, "Dit bericht is op 14 juni bijgewerkt", proposes nothing)
        if ctx.letter and LETTER_IS_A_REPLY.search(s.text):
            continue  # nor a letter saying what it is: "Hierbij ontvangt u een reactie op het verzoek van ..."
        if bound is None:
            kind, p = classify(ctx, i, model)
        else:  # a sentence under the threshold whatever its cues is "none" without its features made
            words, mentions = _words(ctx, i)
            if bound.below_words(model, s, words, mentions):
                continue
            kind, p = _verdict(model, model.scores(_features(s, words, mentions)))
        if kind == "none" or (kind, i) in near or ((kind, i) in told_before and _POINTS_BACK_ADVERB.search(s.text)):
            continue
        actors = sentence_actors(ctx, i, i)
        if not _has_what_it_needs(ctx, i, kind, actors):
            continue
        if (why := not_a_promise(ctx, i)) and (kind == "commitment" or why in _NO_TERM_EITHER):
            continue  # asked for, refused, negated, a possibility or someone else's act: as the rules refuse it
        if kind == "deadline" and not actors and (speaker := ctx.speakers.get(i)) and speaker.role == "member":
            continue  # a member's words with no one to act: "De monitor ontvangt de Kamer pas in oktober"
        draft = Draft(kind, status_of(ctx, i, kind), round(0.5 * p, 2), i, i, (s.start, s.end),
                      clause=_ASIDE.sub(" ", _SPEECH_FRAME.sub("", s.text)), actors=actors)
        if refused := NOT_GUARANTEED.search(s.text):
            # "wil niet garanderen dat de brief eind september klaar is": the letter, without that day
            draft.due_zone = (s.start, s.start)
            what = re.sub(r"\s+(?:(?:klaar|gereed|af|er)\s+)?(?:is|zijn|komt|komen|verschijnt|verschijnen|ligt)$",
                          "", s.text[refused.end() :].strip(" ."), flags=re.IGNORECASE)
            draft.clause = what or draft.clause
        out.append(draft)
    return out


# Asked only about sentences with one of their words in them (quick.py: the same answers, sooner).
_ONE_MOTION = quick(_ONE_MOTION)
_SENTENCE_FEATURES = sentence_features
