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


def test_a_line_ended_by_a_carriage_return_alone_is_a_line() -> None:
    """A text pasted into the TUI through a terminal (tmux, xterm) ends its lines with a carriage return alone: the
    header line ran into the sentence after it, whose 'debatteert alsnog donderdag' then got the header's date (12
    November, the text's own day, instead of Thursday the 13th); a carriage return shown would also write over the
    line on the terminal."""
    import datetime as dt

    from kamertaak.core.extract import extract

    assert plain_text("Eerste regel\rtweede\r\nderde\r") == "Eerste regel\ntweede\r\nderde\n"
    text = ("Verslag commissiedebat Jeugdzorg, woensdag 12 november 2025\n"
            "De Tweede Kamer debatteert alsnog donderdag met staatssecretaris Tielen over de wachtlijsten.\n")

    def read(t: str) -> list[tuple[str, str | None, str]]:
        return [(c.title, c.due_phrase, str(c.due)) for c in extract(t, dt.date(2025, 4, 10)).candidates]

    assert read(plain_text(text.replace("\n", "\r"))) == read(text) == [
        ("Debat in de Tweede Kamer over wachtlijsten", "donderdag", "2025-11-13")]
