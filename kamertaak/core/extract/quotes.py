"""What a quote needs to say which follow-up it is: a table row's own number (the reference line under a motion
or promise in an annex, "Kamerstukken II 2022/23, 36200 IV, nr. 12"), and a motion's subject told in the sentence
after the one that names it ("Een andere motie van X haalde het niet. De salarissen ... verlagen, dat ging ...")."""

from __future__ import annotations

import re

from kamertaak.core.extract.cues import VOTED_DOWN
from kamertaak.core.extract.model import Context, Draft
from kamertaak.core.extract.motions import _register_in as register_in

# A line that only cites where the item stands: "Kamerstukken II 2022/23, 36200 IV, nr. 12", "TK 31 200, nr. 37",
# "Handelingen I 2019/20, nr. 12, item 4", "(EK 34 775, D)", "Kamerstuk 29 383, nr. 169"
_REFERENCE_LINE = re.compile(
    r"^\(?(?:Kamerstuk(?:ken)?|Handelingen|TK|EK|Tweede Kamer|Eerste Kamer|Vindplaats:?)?\s*(?:I{1,2}\s+)?"
    r"(?:(?:19|20)\d\d\s*/\s*(?:19|20)?\d\d\s*,?\s*)?\d{2}[ .]?\d{3}(?:[^a-z]|\bnrs?\.|\bletter\b|\bitem\b)*$"
)


def row_reference(ctx: Context, d: Draft) -> None:
    """Take the reference line right under a draft's sentence into its quote, and its number as the register
    when it has none: the row's number is what tells one row from the next."""
    if d.kind not in ("motion", "commitment"):
        return
    # the annex reader may have taken the row's cells already; else the line under it
    for k in ((d.last, d.last + 1) if d.last > d.first else (d.last + 1,)):
        if k >= len(ctx.sentences) or not _reference_line(ctx, k):
            continue
        number = register_in(ctx.sentences[k].text)
        if number is not None:
            d.last = max(d.last, k)
            if d.register is None and d.kind == "motion":
                d.register = number
            return


def _reference_line(ctx: Context, k: int) -> bool:
    line, text = ctx.sentences[k], ctx.clean.text
    own_line = text[line.start - 1 : line.start] == "\n" and text[line.end : line.end + 1] in ("\n", "")
    return own_line and len(line.text) <= 90 and _REFERENCE_LINE.match(line.text) is not None


# A sentence that tells no content of its own: a tally, an outcome, a vote line, another motion
_NOT_A_SUBJECT = re.compile(
    r"^(?:Voor|Tegen|Uitslag|Stemming)\b|\bmoties?\b|\b(?:aangenomen|verworpen|aangehouden|ingetrokken|gestemd|stemden"
    r"|stemt|steunden|steunde|sneuvelde\w*|strandde\w*)\b|\bhaalde\w*\s+het\s+niet\b|" + VOTED_DOWN,
    re.IGNORECASE,
)


_NO_CONFIDENCE = re.compile(r"\bmotie\s+van\s+wantrouwen\b|\bwantrouwensmotie\b", re.IGNORECASE)


def subject_after(ctx: Context, d: Draft, taken: set[int]) -> None:
    """A voted motion named without its subject ("Een andere motie van X kon ook niet op steun rekenen.") whose
    next sentence in the same paragraph tells what it asks: that sentence is its subject and part of its quote."""
    k = d.first + 1  # in its quote already, or the next one
    if (d.kind != "motion" or d.clause or d.register or d.status not in ("adopted", "rejected")
            or k >= len(ctx.sentences) or (k > d.last and k in taken) or ctx.speakers.get(d.first) is not None):
        return
    nxt = ctx.sentences[k]
    if "\n" in ctx.clean.text[ctx.sentences[d.first].end : nxt.start] or len(nxt.text.split()) < 6:
        return
    if _NOT_A_SUBJECT.search(nxt.text) or nxt.text.endswith("?"):
        return
    if _NO_CONFIDENCE.search(" ".join(ctx.sentences[j].text for j in range(d.first, d.last + 1))):
        return  # a motion of no confidence asks nothing more: the sentence after it tells why, no subject
    d.last = max(d.last, k)
    d.clause = nxt.text.rstrip(" .")


# A motion named as carrying what the sentence before told: "een motie van de PvdD met dit voorstel", "Twee moties
# van deze strekking", "Daartoe diende X een motie in"
_CARRIES_WHAT_WAS_TOLD = re.compile(
    r"\bmoties?\b[^.;]{0,80}?\b(?:met|van)\s+(?:dit|dat|deze|die|diezelfde|dezelfde)\s+"
    r"(?:voorstel|strekking|inhoud|doel|verzoek|oproep|wens|idee|plan)\b"
    r"|^(?:Daartoe|Hiertoe)\b[^.;]{0,120}?\bmoties?\b", re.IGNORECASE)


def subject_before(ctx: Context, d: Draft, taken: set[int]) -> None:
    """A motion named as carrying what the sentence before told ("De Tweede Kamer wil dat ondernemers uiterlijk in
    2017 overgaan op koloniehuisvesting." "Vandaag stemde een meerderheid voor een motie van de PvdD met dit
    voorstel."), without a subject of its own: that sentence is its subject and part of its quote, and its term the
    motion's when it has none (not the sentence after it, which subject_after would take)."""
    if d.kind != "motion" or d.clause or d.register or ctx.speakers.get(d.first) is not None:
        return
    at = next((j for j in range(d.first, d.last + 1) if _CARRIES_WHAT_WAS_TOLD.search(ctx.sentences[j].text)), None)
    k = at - 1 if at is not None else -1
    if k < 0 or (k < d.first and k in taken):
        return  # (the sentence before may be in its quote already)
    before = ctx.sentences[k]
    if len(before.text.split()) < 6 or _NOT_A_SUBJECT.search(before.text) or before.text.endswith("?"):
        return
    d.first = min(d.first, k)
    d.clause = before.text.rstrip(" .")
    if d.due_zone is not None and d.due_override is None:
        d.due_zone = (before.start, d.due_zone[1])
