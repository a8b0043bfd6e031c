"""Triage: propose commitments, motions, deadlines and tasks from a debate text as it comes out of a PDF.

Stages, one reason to change each: cleaning (clean), sentences and list items (sentences), the debate
header (header), actors and speaker turns (people), one module per kind (commitments, motions, events),
then titles (titles); pipeline runs them in order. Rules for the language, not for one document: a cue
makes a candidate, the nearest deadline phrase in its sentence gives the due date, and the spans point
into the original text.
"""

from kamertaak.core.actors import ExtractedActor
from kamertaak.core.extract.clean import CleanText, clean_text
from kamertaak.core.extract.model import Candidate, ExtractedDebate, Extraction
from kamertaak.core.extract.pipeline import extract
from kamertaak.core.extract.sentences import split_sentences

# The longest text triage reads, in characters (about 2 MB): faces refuse a longer one before reading it all.
TEXT_LIMIT = 2_000_000
TEXT_LIMIT_WORDS = "2 MB"

__all__ = [
    "TEXT_LIMIT",
    "TEXT_LIMIT_WORDS",
    "Candidate",
    "CleanText",
    "ExtractedActor",
    "ExtractedDebate",
    "Extraction",
    "clean_text",
    "extract",
    "split_sentences",
]
