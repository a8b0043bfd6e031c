"""The weekly status colleagues read in their mail: the HTML page parsed back, the .eml read by the standard
library's email parser, and `kamertaak mail` received by a local SMTP server."""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable, Iterator
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from kamertaak import config
from kamertaak.cli import main
from kamertaak.reports.html import markdown_to_html
from kamertaak.reports.markdown import week_range, weekly_report
from kamertaak.store.service import Store
from tests.reports.test_weekly_markdown import HOSTILE

TODAY_ = week_range("2025-W15")
PASSWORD = "geheim-Wachtw00rd!"


class Page(HTMLParser):
    """Every tag with its attributes, and each table as rows of cells, checking that tags nest properly."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.tables: list[list[list[str]]] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.VOID:
            return
        parent = self.open[-1] if self.open else None
        needs = {"tr": ("thead", "tbody", "table"), "td": ("tr",), "th": ("tr",), "thead": ("table",),
                 "tbody": ("table",)}
        if tag in needs and parent not in needs[tag]:
            self.errors.append(f"<{tag}> inside <{parent}>")
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.tables[-1][-1].append("")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.open[-1] if self.open else None}>")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if "td" in self.open or "th" in self.open:
            self.tables[-1][-1][-1] += data


def _page(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def _check_mail_safe(html: str, allowed_links: set[str]) -> Page:
    """What Outlook needs and what a mail may not carry."""
    page = _page(html)
    assert page.errors == [] and page.open == []
    names = [tag for tag, _ in page.tags]
    assert "style" not in names and "script" not in names and "link" not in names and "img" not in names
    assert all("class" not in attrs for _, attrs in page.tags)
    assert all(not name.startswith("on") for _, attrs in page.tags for name in attrs)
    # Nothing loaded from elsewhere; the only addresses are the report's own links.
    assert all("src" not in attrs for _, attrs in page.tags)
    hrefs = {attrs["href"] for tag, attrs in page.tags if "href" in attrs}
    assert hrefs <= allowed_links and all(str(h).startswith("https://") for h in hrefs)
    other = " ".join(f"{v}" for _, attrs in page.tags for k, v in attrs.items() if k != "href")
    assert "://" not in other and "url(" not in other and "@import" not in other
    # Tables as Outlook reads them: border attributes on the table, an inline style on every cell, and
    # every row of a table with the same number of cells.
    assert page.tables
    for tag, attrs in page.tags:
        if tag == "table":
            assert (attrs.get("border"), attrs.get("cellpadding"), attrs.get("cellspacing")) == ("1", "4", "0")
        if tag in ("table", "td", "th"):
            assert "border:1px solid" in str(attrs.get("style")), tag
        if tag in ("h1", "h2", "p", "a", "ul"):
            assert attrs.get("style"), tag
    for table in page.tables:
        assert len({len(row) for row in table}) == 1, table[0]
    return page


def test_the_html_report_takes_a_period_as_the_markdown_does(demo_week: Callable[..., str]) -> None:
    """u8: the README's "--from DATE --to DATE instead of --week" held for markdown only; html said "onbekende
    optie --from"."""
    html = demo_week("export", "html", "--from", "2025-04-07", "--to", "2025-04-13")
    assert html == demo_week("export", "html", "--week", "2025-W15")
    longer = demo_week("export", "html", "--from", "2025-04-01", "--to", "2025-04-30")
    assert "1 april" in longer and "30 april 2025" in longer and longer != html


def test_the_html_report_is_one_self_contained_page_outlook_can_show(demo_week: Callable[..., str]) -> None:
    html = demo_week("export", "html", "--week", "2025-W15")
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' in html
    links = {"https://www.valente.nl/kennisbank/monitor-veilige-opvang/",
             "https://www.tweedekamer.nl/kamerstukken/moties"}
    page = _check_mail_safe(html, links)
    text = " ".join(" ".join(page.text).split())
    # The same report as the Markdown: the title, each section, owner, stance and next step in the table.
    assert "<title>Weekoverzicht week 15, 2025</title>" in html
    for heading in ("Nieuw deze week", "Statuswijzigingen", "Termijnen verschoven", "Te laat", "Komende twee weken",
                    "Aangenomen moties in uitvoering"):
        assert f">{heading}</h2>" in html
    new_items = page.tables[1]
    assert new_items[0] == ["#", "Soort", "Status", "Titel", "Termijn", "Eigenaar", "Standpunt", "Volgende stap",
                            "Actoren", "Bron"]
    first = new_items[1]
    assert (first[0], first[5], first[7]) == ("1", "anna", "Voorjaarsnota nalezen op geld voor opvang")
    assert any(row[6] == "steunen" for row in new_items[1:])
    assert "Rapport Raad van Openbaar Bestuur over coördinatie" in text  # UTF-8 as such, not mangled
    # Numbers stay right-aligned also where Outlook ignores CSS.
    assert ('<td style="border:1px solid #b7b7b7;padding:4px 6px;vertical-align:top;text-align:right"'
            ' align="right">1</td>') in html
    # --week alone is this week.
    assert demo_week("export", "html", "--week") == html


def test_data_cannot_inject_markup_into_the_html(rstore: Store) -> None:
    item_id = rstore.add_item("commitment", HOSTILE, due="2025-04-15", owner="<b>ik</b>", stance='" onclick="x',
                              next_action="<img src=https://evil.example/x.png>", actors=["Van *Nispen* (SP|x)"])
    rstore.add_link(item_id, "javascript:alert(1)", "[boos](x)")
    rstore.add_link(item_id, "https://example.org/a b|c<d>(e)", "goed | label")
    markdown = weekly_report(rstore.db, *TODAY_, TODAY_[0])
    html = markdown_to_html(markdown, "Weekoverzicht <script>")
    page = _check_mail_safe(html, {"https://example.org/a%20b%7Cc%3Cd%3E(e)"})
    assert "<title>Weekoverzicht &lt;script&gt;</title>" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=https://evil.example/x.png&gt;" in html
    assert "\x1b" not in html
    row = next(r for r in page.tables[1][1:] if r[0] == str(item_id))
    assert row[5] == "<b>ik</b>" and row[6] == '" onclick="x'  # shown literally, as text


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")


def _eml(demo_week: Callable[..., str], tmp_path: Path, *args: str) -> tuple[EmailMessage, bytes]:
    target = tmp_path / "week.eml"
    demo_week("export", "eml", "--week", "2025-W15", "--to", "collega@example.org", "--to",
              "baas@example.org", "--from", "anna@example.org", "-o", str(target), *args)
    raw = target.read_bytes()
    message = message_from_bytes(raw, policy=default)
    assert isinstance(message, EmailMessage)
    return message, raw


def test_the_eml_is_a_ready_to_send_message_with_text_and_html(demo_week: Callable[..., str],
                                                                tmp_path: Path) -> None:
    message, raw = _eml(demo_week, tmp_path)
    assert message.get_content_type() == "multipart/alternative"
    assert message["Subject"] == "Weekoverzicht week 15, 2025"
    assert message["From"] == "anna@example.org"
    assert message["To"] == "collega@example.org, baas@example.org"
    assert message["Date"] == "Thu, 10 Apr 2025 12:00:00 +0200"  # the config's today, in Europe/Amsterdam
    assert message["Message-ID"].endswith("@example.org>") and message["MIME-Version"] == "1.0"
    plain, html = message.get_payload()  # type: ignore[misc]
    assert (plain.get_content_type(), html.get_content_type()) == ("text/plain", "text/html")
    assert plain.get_content_charset() == html.get_content_charset() == "utf-8"
    assert plain["Content-Transfer-Encoding"] == html["Content-Transfer-Encoding"] == "quoted-printable"
    # On the wire lines end in CRLF; read back, the parts are the two exports.
    assert _lf(plain.get_content()) == demo_week("export", "markdown", "--week", "2025-W15")
    assert _lf(html.get_content()) == demo_week("export", "html", "--week", "2025-W15")
    assert "coördinatie" in plain.get_content() and "coördinatie" in html.get_content()
    # What travels is 7-bit with short lines: any mail server passes it unchanged.
    assert raw.isascii() and max(len(line) for line in raw.split(b"\r\n")) <= 78 and b"\r\n" in raw


def test_dutch_letters_in_the_subject_are_encoded(demo_week: Callable[..., str], tmp_path: Path) -> None:
    demo_week("set", "5", "topics=coöperaties, vrouwenopvang")
    message, raw = _eml(demo_week, tmp_path, "--topic", "coöperaties")
    assert message["Subject"] == "Weekoverzicht week 15, 2025: coöperaties"
    header = raw.split(b"\r\n\r\n")[0]
    assert b"Subject: Weekoverzicht week 15, 2025: =?utf-8?q?co=C3=B6peraties?=\r\n" in header and raw.isascii()


def test_eml_refuses_what_is_no_address_in_one_line(demo_week: Callable[..., str], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    config.settings.cache_clear()
    assert _run_main(capsys, "export", "eml", "--to", "a@b.nl") == (
        2, "", "kamertaak: van wie? geef --from ADRES (of from in [mail] in het configbestand)\n")
    assert "aan wie?" in _run_main(capsys, "export", "eml", "--from", "a@b.nl")[2]
    code, out, err = _run_main(capsys, "export", "eml", "--to", "a@b.nl\nBcc: c@d.nl", "--from", "x@y.nl")
    assert (code, out) == (2, "") and "'a@b.nl Bcc: c@d.nl' is geen e-mailadres" in err
    assert not list(tmp_path.glob("*.eml"))


# -- sending --------------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Inbox:
    """A local SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives and checks the login."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        self.received: list[tuple[str, list[str], bytes]] = []
        self.logins: list[tuple[str, str]] = []
        inbox = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                inbox.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
                return "250 OK"

        def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
            user, secret = data.login.decode(), data.password.decode()
            inbox.logins.append((user, secret))
            return AuthResult(success=(user, secret) == ("anna", PASSWORD), handled=False)

        self.port = _free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port, authenticator=authenticator,
                                     auth_require_tls=False, auth_exclude_mechanism=["LOGIN"])


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    box = Inbox()
    box.controller.start()
    yield box
    box.controller.stop()


def _mail_config(tmp_path: Path, port: int, **extra: str) -> None:
    lines = ["[mail]", 'host = "127.0.0.1"', f"port = {port}", 'security = "none"', 'user = "anna"',
             'from = "anna@example.org"', 'to = ["collega@example.org", "baas@example.org"]']
    lines += [f'{k} = "{v}"' for k, v in extra.items()]
    (tmp_path / "config.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config.settings.cache_clear()


def _run_main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`kamertaak ARGS` as the console script runs it (cron sees this): exit code, stdout, stderr."""
    old = sys.argv
    sys.argv = ["kamertaak", *args]
    try:
        with pytest.raises(SystemExit) as exc:
            main()
            sys.exit(0)
    finally:
        sys.argv = old
    out = capsys.readouterr()
    return int(exc.value.code or 0), out.out, out.err


def test_mail_sends_the_week_to_a_local_smtp_server(demo_week: Callable[..., str], inbox: Inbox, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _mail_config(tmp_path, inbox.port)
    monkeypatch.setenv("KAMERTAAK_SMTP_PASSWORD", PASSWORD)
    code, out, err = _run_main(capsys, "mail", "--week")
    assert (code, out, err) == (0, "verstuurd naar collega@example.org, baas@example.org\n", "")
    assert inbox.logins == [("anna", PASSWORD)]
    [(sender, recipients, content)] = inbox.received
    assert (sender, recipients) == ("anna@example.org", ["collega@example.org", "baas@example.org"])
    message = message_from_bytes(content, policy=default)
    assert message["Subject"] == "Weekoverzicht week 15, 2025"
    plain, html = message.get_payload()  # type: ignore[misc]
    assert _lf(plain.get_content()) == demo_week("export", "markdown", "--week")
    assert _lf(html.get_content()) == demo_week("export", "html", "--week")
    # --to on the command line wins over the config's.
    config.settings.cache_clear()
    assert _run_main(capsys, "mail", "--week", "--to", "pers@example.org")[1] == "verstuurd naar pers@example.org\n"
    assert inbox.received[-1][1] == ["pers@example.org"]


def test_the_password_can_come_from_netrc(demo_week: Callable[..., str], inbox: Inbox, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _mail_config(tmp_path, inbox.port, password_env="KAMERTAAK_TEST_GEEN_WACHTWOORD")
    home = tmp_path / "home"
    home.mkdir()
    netrc = home / ".netrc"
    netrc.write_text(f"machine 127.0.0.1 login anna password {PASSWORD}\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(home))
    assert _run_main(capsys, "mail")[:2] == (0, "verstuurd naar collega@example.org, baas@example.org\n")
    assert inbox.logins == [("anna", PASSWORD)]


def test_mail_failures_are_one_line_without_the_password(demo_week: Callable[..., str], inbox: Inbox,
                                                         tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    demo_week("today")  # the database exists; the failures below are the mail's
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.netrc
    _mail_config(tmp_path, inbox.port)
    code, out, err = _run_main(capsys, "mail", "--week")
    assert (code, out) == (2, "") and err == ("kamertaak: geen wachtwoord voor anna op 127.0.0.1: zet"
                                              " KAMERTAAK_SMTP_PASSWORD of een regel voor de host in ~/.netrc\n")
    monkeypatch.setenv("KAMERTAAK_SMTP_PASSWORD", "fout-" + PASSWORD)
    config.settings.cache_clear()
    code, out, err = _run_main(capsys, "mail", "--week")
    assert (code, out, err) == (2, "", f"kamertaak: niet verstuurd via 127.0.0.1:{inbox.port}: aanmelden"
                                       " geweigerd (535)\n")
    # Nobody listening on the port.
    monkeypatch.setenv("KAMERTAAK_SMTP_PASSWORD", PASSWORD)
    closed = _free_port()
    _mail_config(tmp_path, closed)
    code, out, err = _run_main(capsys, "mail", "--week")
    assert code == 2 and out == "" and err.startswith(f"kamertaak: niet verstuurd: 127.0.0.1:{closed} onbereikbaar")
    assert len(err.splitlines()) == 1 and "Traceback" not in err and PASSWORD not in err
    # A password in the config file is refused, and `kamertaak config` never shows one.
    (tmp_path / "config.toml").write_text(f'[mail]\nhost = "smtp.example.org"\npassword = "{PASSWORD}"\n',
                                          encoding="utf-8")
    config.settings.cache_clear()
    code, out, err = _run_main(capsys, "mail", "--week")
    assert code == 2 and "zet het wachtwoord niet in het configbestand" in err and PASSWORD not in err
    config.settings.cache_clear()
    assert PASSWORD not in _run_main(capsys, "config")[1]
    assert inbox.received == []
