"""The cabinet's appreciation of a motion, read where the text says it: in the motion's quote or just after it,
never from the next motion's."""

from __future__ import annotations

import pytest

from kamertaak.core.errors import DomainError
from kamertaak.core.extract.motions import appreciation_in
from kamertaak.core.kinds import appreciation_code


def _after(text: str, quote: str) -> str | None:
    start = text.index(quote)
    return appreciation_in(text, start, start + len(quote))


@pytest.mark.parametrize(("text", "expected"), [
    ("Mevrouw Kröger dient een motie in over de warmtewet. De minister ontraadt de motie.", "Ontraden"),
    ("Mevrouw Kröger dient een motie in over de warmtewet. De minister ontraadt deze, tenzij zij wordt gewijzigd.",
     "Ontraden, tenzij gewijzigd"),
    ("Mevrouw Kröger dient een motie in over de warmtewet. De staatssecretaris laat het oordeel aan de Kamer.",
     "Oordeel Kamer"),
    ("Mevrouw Kröger dient een motie in over de warmtewet. De minister neemt de motie over.", "Overgenomen"),
    ("Mevrouw Kröger dient een motie in over de warmtewet. De minister verzoekt haar de motie aan te houden.",
     "Verzocht motie aan te houden"),
    ("Mevrouw Kröger dient een motie in over de warmtewet.", None),
])
def test_the_appreciation_after_a_motion(text: str, expected: str | None) -> None:
    assert _after(text, "Mevrouw Kröger dient een motie in over de warmtewet.") == expected


def test_the_next_motions_appreciation_is_not_this_ones() -> None:
    text = ("Kröger dient een motie in over de warmtewet. Bontenbal dient een motie in over netcongestie; "
            "die motie ontraadt de minister.")
    assert _after(text, "Kröger dient een motie in over de warmtewet.") is None


def test_the_appreciation_in_the_next_paragraph_that_goes_on_about_the_motion() -> None:
    """u14: "Demissionair Mark Rutte heeft inmiddels de motie ontraden." in the paragraph after the motion was lost;
    a paragraph about something else still ends what is read."""
    quote = "De Tweede Kamer stemt donderdag over de motie van Yeşilgöz over de spreidingswet."
    told = quote + "\n\nDe motie werd woensdag nog aangehouden. Rutte heeft inmiddels de motie ontraden.\n"
    assert _after(told, quote) == "Ontraden"
    other = quote + "\n\nOver de begroting zei de minister dat hij een amendement ontraadt.\n"
    assert _after(other, quote) is None


def test_a_typed_appreciation_is_the_registers_spelling() -> None:
    assert appreciation_code("ontraden") == "Ontraden"
    assert appreciation_code("oordeel kamer") == "Oordeel Kamer"
    assert appreciation_code("Ontraden tenzij gewijzigd") == "Ontraden, tenzij gewijzigd"
    assert appreciation_code("") is None
    with pytest.raises(DomainError, match="onbekende appreciatie 'misschien'; kies uit Ontraden"):
        appreciation_code("misschien")
