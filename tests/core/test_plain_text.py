"""What triage reads of a text with terminal escape codes or control characters (u7): dropped, not refused."""

from __future__ import annotations

import pytest

from kamertaak.core.extract import not_a_text, plain_text


def test_escape_codes_and_control_characters_are_dropped() -> None:
    assert plain_text("de \x1b[1;31mvoor de zomer\x1b[0m brief\x07\r\n") == "de voor de zomer brief\r\n"
    assert plain_text("\x1b]0;venster\x07Titel\tkolom\x0c") == "Titel\tkolom\x0c"
    assert plain_text("café — één") == "café — één"


@pytest.mark.parametrize("text", ["Een bel\x07 in een zin.", "\x1b[31mrood\x1b[0m" * 40, "a\x1b[2Jb"])
def test_a_few_control_characters_are_no_reason_to_refuse(text: str) -> None:
    assert not_a_text(text) is None


def test_many_control_characters_or_a_nul_still_are() -> None:
    assert not_a_text("tekst\x00") is not None
    problem = not_a_text("tekst " * 10 + "\x01\x02\x03" * 10)
    assert problem is not None and "stuurtekens" in problem
    assert not_a_text("\x07\x1b[0m  ") == "is leeg"


def test_html_tags_from_a_web_page_or_a_mail_are_dropped() -> None:
    """u8: 'Kamer informeren over <b>vrouwenopvang</b>' was a title; a block tag ends a line, an entity is its
    character; text that only looks like a tag stays."""
    assert plain_text("De minister zegt toe de Kamer te informeren over <b>vrouwenopvang</b>.") == (
        "De minister zegt toe de Kamer te informeren over vrouwenopvang.")
    assert plain_text('<p>Eerste alinea &amp; meer.</p><p>Tweede<br/>regel <a href="x">link</a></p>') == (
        "\nEerste alinea & meer.\n\nTweede\nregel link\n")
    assert plain_text("Minder dan < 5 procent, a<b en x > y; R&D &amp; meer.") == (
        "Minder dan < 5 procent, a<b en x > y; R&D &amp; meer.")
    assert plain_text("Een <onbekend> woord blijft.") == "Een <onbekend> woord blijft."
