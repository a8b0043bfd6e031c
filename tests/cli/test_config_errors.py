"""The config file is checked when it is read: a wrong type, an unknown key (a typo, an unknown keymap id),
a bad calendar file or an environment setting that is no UTF-8 is one line naming it, exit 2."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kamertaak import config

Fails = Callable[..., str]


@pytest.fixture
def cfg(env: Path, tmp_path: Path) -> Iterator[Path]:
    config.calendar.cache_clear()
    yield tmp_path / "config.toml"
    config.calendar.cache_clear()


@pytest.mark.parametrize(("text", "line"), [
    ('sections_cap = "veel"', "sections_cap moet een geheel getal van 1 t/m 10000 zijn, niet tekst 'veel'"),
    ("sections_cap = 1e400", "sections_cap moet een geheel getal van 1 t/m 10000 zijn, niet het getal inf"),
    ("sections_cap = 0", "sections_cap moet een geheel getal van 1 t/m 10000 zijn, niet het getal 0"),
    ("user = 5", "user moet tekst (tussen aanhalingstekens) zijn, niet het getal 5"),
    ("db = [1]", "db moet tekst (tussen aanhalingstekens) zijn, niet een lijst"),
    ("today = 5", "today moet een datum (JJJJ-MM-DD) zijn, niet het getal 5"),
    ('timezone = "Mars/Olympus"', "timezone 'Mars/Olympus' is geen bekende tijdzone"),
    ("reminders = 5", "reminders moet een tabel ([reminders]) zijn, niet het getal 5"),
    ('reminders.commitment = "7 dagen voor"', "reminders.commitment moet een lijst ([...]) zijn, niet tekst"),
    ("reminders.commitment = [7]", "reminders.commitment[1] moet tekst (tussen aanhalingstekens) zijn"),
    ('reminders.commitment = ["morgen"]', "reminders.commitment: herinnering 'morgen' niet begrepen"),
    ('reminders.belofte = ["1 dag voor"]', "onbekende soort 'reminders.belofte'; bekend: commitment, deadline"),
    ('remnders.commitment = ["1 dag voor"]', "onbekende sleutel 'remnders'; bedoel je 'reminders'?"),
    ("keymap = 5", "keymap moet een tabel ([keymap]) zijn"),
    ("keymap.quick-add = 5", "keymap.quick-add moet tekst (tussen aanhalingstekens) zijn, niet het getal 5"),
    ('keymap.qiuck-add = "ctrl+n"', "onbekende toets-id 'keymap.qiuck-add'; bedoel je 'keymap.quick-add'?"),
    ('keymap.zzz = "ctrl+n"', "onbekende toets-id 'keymap.zzz' (de hulp van de TUI, ?, toont de ids)"),
    ('tweedekamer.timeout = "snel"', "tweedekamer.timeout moet een getal van 0.1 t/m 3600 zijn, niet tekst 'snel'"),
    ("tweedekamer.retries = 1.5", "tweedekamer.retries moet een geheel getal van 0 t/m 100 zijn"),
    ('calendar.files = "x.toml"', "calendar.files moet een lijst ([...]) zijn"),
    ("calendar.files = [5]", "calendar.files[1] moet tekst (tussen aanhalingstekens) zijn, niet het getal 5"),
    ("calendar.reces = []", "onbekende sleutel 'calendar.reces'; bedoel je 'calendar.recess'?"),
    # u8: the parser's English ("Invalid value") stood in the Dutch line.
    ("x =", "geen geldige TOML: ongeldige waarde (tekst hoort tussen aanhalingstekens) (regel 1, kolom 4)"),
    ("user = anna", "geen geldige TOML: ongeldige waarde (tekst hoort tussen aanhalingstekens) (regel 1, kolom 8)"),
    ('user = "anna', "geen geldige TOML: een tekst wordt niet afgesloten met een aanhalingsteken (regel 1, kolom 13)"),
    ("[mail]\n[mail]", "geen geldige TOML: mail staat er twee keer (regel 2, kolom 6)"),
    ("user", "geen geldige TOML: na een sleutel hoort '=' (regel 1, kolom 5)"),
    # u7: a password in [mail] was silently ignored by every command but `mail`
    ('mail.password = "geheim"', "mail.password: zet het wachtwoord niet in het configbestand maar in "
                                 "KAMERTAAK_SMTP_PASSWORD (of de variabele die password_env noemt) of in ~/.netrc"),
    ('mail.hots = "smtp.example.org"', "onbekende sleutel 'mail.hots'; bedoel je 'mail.host'?"),
])
def test_a_bad_config_value_is_one_line_naming_the_key(cfg: Path, fails: Fails, text: str, line: str) -> None:
    cfg.write_text(text + "\n", encoding="utf-8")
    assert fails("list").startswith(f"kamertaak: configbestand {cfg}: {line}")


def test_every_key_of_the_readme_example_is_accepted(cfg: Path, fails: Fails) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Configuration", 1)[1].split("```toml\n", 1)[1].split("```", 1)[0]
    cfg.write_text(example.replace('db = "/data/kamertaak.db"', f'db = "{cfg.parent / "kt.db"}"'), encoding="utf-8")
    settings = config.load_settings()
    assert settings.keymap == {"quick-add": "ctrl+n"} and settings.sections_cap == 50
    assert settings.reminders["motion"] == ["1 dag voor"]


def test_a_config_file_that_is_no_utf8_names_the_byte(cfg: Path, fails: Fails) -> None:
    cfg.write_bytes(b'user = "anna\xff"\n')
    assert fails("list") == f"kamertaak: configbestand {cfg}: geen UTF-8 (byte 13)"


@pytest.mark.parametrize(("text", "line"), [
    ('[[recess]]\nname = "zomerreces"\nstart = 2027-07-02\nend = "nooit"\n',
     "reces 'zomerreces': 'nooit' is geen datum (verwacht JJJJ-MM-DD)"),
    ('[[recess]]\nname = "zomereces"\nstart = 2027-07-02\nend = 2027-08-30\n', "reces 'zomereces': onbekende naam"),
    ('[[recess]]\nname = "zomerreces"\nstart = 2027-07-02\nend = 9999-08-30\n',
     "reces 'zomerreces': 9999-08-30 valt buiten 1900-01-01 t/m 2199-12-31"),
    ('[[recess]]\nname = "zomerreces"\nyear = "2027"\nstart = 2027-07-02\nend = 2027-08-30\n',
     "reces 'zomerreces': jaar '2027' is geen jaartal van 1900 t/m 2199"),
    ('[[recess]]\nname = "zomerreces"\njaar = 2027\nstart = 2027-07-02\nend = 2027-08-30\n',
     "[[recess]] nr. 1: onbekende sleutel 'jaar'; kies uit name, year, start, end, certainty"),
    ('[[reces]]\nname = "zomerreces"\n', "onbekende sleutel 'reces'; kies uit recess, day"),
    ("[[recess]\n", "geen geldige TOML"),
])
def test_a_bad_calendar_file_is_one_line_at_start_up(cfg: Path, fails: Fails, monkeypatch: pytest.MonkeyPatch,
                                                     text: str, line: str) -> None:
    calendar_file = cfg.parent / "calendar.toml"
    calendar_file.write_text(text, encoding="utf-8")
    assert fails("list").startswith(f"kamertaak: kalenderbestand {calendar_file}: {line}")
    # `kamertaak` alone (the TUI) says so before Textual takes the terminal.
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    config.settings.cache_clear()
    assert fails().startswith(f"kamertaak: kalenderbestand {calendar_file}: {line}")


def test_inline_calendar_rows_name_the_config_file(cfg: Path, fails: Fails) -> None:
    cfg.write_text('[[calendar.recess]]\nname = "zomerreces"\nstart = 2027-07-02\nend = 2027-06-30\n', encoding="utf-8")
    assert fails("deadline", "voor de zomer") == (
        f"kamertaak: configbestand {cfg}, [calendar]: reces 'zomerreces': einde 2027-06-30 ligt voor begin 2027-07-02")


@pytest.mark.parametrize(("name", "value", "line"), [
    ("KAMERTAAK_USER", "anna\udcff", "kamertaak: KAMERTAAK_USER is geen geldige UTF-8 (bij '\\xff')"),
    ("KAMERTAAK_TODAY", "0001-01-01", "kamertaak: KAMERTAAK_TODAY: 0001-01-01 valt buiten 1900-01-01 t/m 2199-12-31"),
    ("KAMERTAAK_TODAY", "morgen", "kamertaak: KAMERTAAK_TODAY: 'morgen' is geen datum (verwacht JJJJ-MM-DD)"),
])
def test_a_bad_environment_setting_is_one_line(cfg: Path, fails: Fails, monkeypatch: pytest.MonkeyPatch,
                                               name: str, value: str, line: str) -> None:
    monkeypatch.setenv(name, value)
    config.settings.cache_clear()
    assert fails("list") == line
