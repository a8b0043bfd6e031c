"""Which deadline phrase a follow-up's due date comes from."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from kamertaak.core.deadlines import FoundDeadline, find_deadlines, term_rank
from kamertaak.core.extract.model import Context


def nearest_deadline(ctx: Context, t_start: int, t_end: int, start: int, end: int) -> FoundDeadline | None:
    """The deadline phrase in [start, end) nearest the trigger, preferring a firm one ("uiterlijk op 1 oktober"
    over a motion's "streefdatum 1 januari 2018"), then one that resolves to a date."""
    inside = [
        d
        for d in ctx.deadlines_in(start, end, terms_only=True)
        if (d.resolution.due is None or d.resolution.due >= ctx.ref) and not _time_of_the_act(ctx.clean.text, d)
        and not policy_horizon(ctx, d)
    ] or _passed_in(ctx, start, end)
    if not inside:
        return None

    def distance(d: FoundDeadline) -> int:
        if d.end <= t_start:
            return t_start - d.end
        if d.start >= t_end:
            return d.start - t_end
        return 0

    dated = [d for d in inside if d.resolution.due is not None]
    # a phrase without a date before the trigger sets the scene ("Tijdens het debat ..."), it is no term
    undated = [d for d in inside if d.resolution.due is None and d.start >= t_start]
    if not (dated or undated):
        return None
    firm = [d for d in dated if term_rank(d) == 0]
    return min(firm or dated or undated, key=distance)


# A bare year this far ahead is where a policy aims ("de stikstofuitstoot in 2035 halveren", "in 2050 klimaatneutraal",
# "een halvering in 2030"), not when anything is owed: the labelled batches never take one as a follow-up's term (a
# motion aiming at 2030 is labelled without a due, a target year in a summary not at all); deliverables far ahead are
# named by day ("Deadline 1 januari 2024") or counted ("over drie jaar").
POLICY_HORIZON_YEARS = 5
_IN_FORCE = re.compile(r"\bin\s+werking\b|\binwerkingtreding\b", re.I)


def policy_horizon(ctx: Context, d: FoundDeadline) -> bool:
    """Whether phrase d is a year only, at least POLICY_HORIZON_YEARS after the reference date: a policy's target."""
    due = d.resolution.due
    if due is None or d.resolution.precision != "year" or ctx.ref == dt.date.min:
        return False
    if due.year - ctx.ref.year < POLICY_HORIZON_YEARS:
        return False
    # a law's entry into force is the act's own day, however far ("treedt naar verwachting in 2031 in werking")
    return not _IN_FORCE.search(ctx.clean.text, max(0, d.start - 80), d.end + 40)


# "dien ik vandaag een andere motie in", "leg ik u vandaag de volgende motie voor", "vandaag bied ik u het rapport
# aan": the day a speaker hands a thing in, over or to the Kamer, told in the present tense in the clause that does
# it, is when the act is done, not a term by which something is due (a motion's term is its dictum's or its
# vote's). "nog" or a verb of the future ("zal", "ga") in the clause makes it a promise again ("ik stuur u
# vandaag nog de brief").
_TODAY_WORD = re.compile(r"van(?:daag|avond|middag|ochtend|morgen)|heden", re.I)
_ACT_NOW = re.compile(
    r"\b(?:(?:dien|dienen)\b.*\bin|(?:leg|leggen)\b.*\bvoor|(?:bied|bieden)\b.*\baan|(?:stuur|sturen|zend|zenden)"
    r"\b.*\b(?:ik|wij|we)|(?:ik|wij|we)\b.*\b(?:stuur|sturen|zend|zenden))\b", re.I)
_PROMISE = re.compile(r"\b(?:nog|zal|zullen|ga|gaan)\b", re.I)


def _time_of_the_act(text: str, d: FoundDeadline) -> bool:
    """Whether phrase d, a today word ("vandaag", "vanavond"), is the time of the act its clause tells in the present
    tense (handing a motion in, a letter over), which is no term."""
    if not _TODAY_WORD.fullmatch(d.phrase.strip()):
        return False
    left = max(text.rfind(c, 0, d.start) for c in ",;:.!?\n") + 1
    rights = [i for i in (text.find(c, d.end) for c in ",;:.!?\n") if i >= 0]
    clause = text[left : min(rights, default=len(text))]
    return bool(_ACT_NOW.search(clause)) and not _PROMISE.search(clause)


# A passed term names its year ("uiterlijk 1 maart 2025"): only a stretch with a year is read for one.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def may_hold_passed_terms(ctx: Context, k: int) -> bool:
    """False only when sentence k can hold no passed term for `_passed_in`: no year in it, or no date word."""
    text = ctx.sentences[k].text
    return ctx.ref != dt.date.min and bool(_YEAR.search(text)) and ctx.may_hold_a_date_at(k)


def _passed_in(ctx: Context, start: int, end: int) -> list[FoundDeadline]:
    """The terms in [start, end) that had passed on the debate's day: a missed deadline is the follow-up's
    due date, shown as passed, not dropped (core.deadlines.passed_terms)."""
    if ctx.ref == dt.date.min or not _YEAR.search(ctx.clean.text, start, end):
        return []
    out: list[FoundDeadline] = []
    k = max(0, bisect.bisect_right(ctx._sentence_starts, start) - 1)
    for j in range(k, len(ctx.sentences)):
        s = ctx.sentences[j]
        if s.start >= end:
            break
        if s.end <= start or not _YEAR.search(s.text):
            continue
        out.extend(d for d in ctx.passed_terms_in(j) if start <= d.start and d.end <= end)
    return out


def strip_dates(ctx: Context, text: str) -> str:
    for d in find_deadlines(text, ctx.ref) if ctx.ref != dt.date.min else []:
        text = text.replace(d.phrase, " ")
    return text
