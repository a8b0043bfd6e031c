"""The weekly status as a mail: an RFC 5322 message with the Markdown as text/plain and the same report
as text/html (multipart/alternative), and sending it over SMTP with the [mail] settings.

The password is never in the config file: it comes from an environment variable (KAMERTAAK_SMTP_PASSWORD
unless `password_env` names another) or from ~/.netrc, and no message, error or log line holds it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from kamertaak.core.errors import ConfigError, MailError, UserError
from kamertaak.core.text import one_line

PASSWORD_ENV = "KAMERTAAK_SMTP_PASSWORD"
SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
_LOOPBACK = ("localhost", "127.0.0.1", "::1")
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\]+$")
_KEYS = {"host", "port", "security", "user", "password_env", "from", "to", "timeout"}


@dataclass(frozen=True)
class MailSettings:
    """The [mail] table of the config file, checked."""

    host: str | None = None
    port: int = 587
    security: str = "starttls"
    user: str | None = None
    password_env: str = PASSWORD_ENV
    sender: str | None = None
    to: tuple[str, ...] = ()
    timeout: float = 30.0


def mail_settings(table: Mapping[str, Any]) -> MailSettings:
    """Read [mail]: host, port, security (starttls, ssl or none), user, password_env, from, to, timeout."""
    if "password" in table:
        raise ConfigError(f"[mail] password: zet het wachtwoord niet in het configbestand maar in {PASSWORD_ENV}"
                          " (of de variabele die password_env noemt) of in ~/.netrc")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"[mail] kent {', '.join(unknown)} niet; wel: {', '.join(sorted(_KEYS))}")
    security = str(table.get("security", "starttls")).lower()
    if security not in SECURITY:
        raise ConfigError(f"[mail] security '{security}': kies {', '.join(SECURITY)}")
    try:
        port = int(table.get("port", DEFAULT_PORTS[security]))
        timeout = float(table.get("timeout", 30))
    except (TypeError, ValueError):
        raise ConfigError("[mail] port en timeout zijn getallen") from None
    to = table.get("to", [])
    recipients = addresses([to] if isinstance(to, str) else [str(t) for t in to], "[mail] to")
    sender = str(table["from"]) if table.get("from") else None
    return MailSettings(host=str(table["host"]) if table.get("host") else None, port=port, security=security,
                        user=str(table["user"]) if table.get("user") else None,
                        password_env=str(table.get("password_env") or PASSWORD_ENV),
                        sender=addresses([sender], "[mail] from")[0] if sender else None,
                        to=tuple(recipients), timeout=timeout)


def addresses(values: Sequence[str], what: str) -> list[str]:
    """Plain addresses from values that may each hold several, comma-separated; anything that is not an
    address (a name, a line break that would start another header) is refused."""
    out: list[str] = []
    for value in values:
        for part in str(value).split(","):
            address = part.strip()
            if not address:
                continue
            if not _ADDRESS.match(address):
                raise UserError(f"{what}: '{one_line(address)}' is geen e-mailadres")
            out.append(address)
    return out


def weekly_message(markdown: str, html: str, *, subject: str, sender: str, to: Sequence[str],
                   date: dt.datetime) -> EmailMessage:
    """A ready-to-send message: text/plain (the Markdown) and text/html, UTF-8 in quoted-printable so
    long table rows and Dutch letters survive every mail server; the subject encoded as RFC 2047 asks."""
    from email.policy import SMTP
    from email.utils import format_datetime, make_msgid

    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(to)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = make_msgid("kamertaak", domain=sender.rpartition("@")[2])
    message["X-Mailer"] = "kamertaak"
    message.set_content(markdown, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return message


def password(settings: MailSettings) -> str | None:
    """The SMTP password: the environment variable first, else ~/.netrc's entry for the host."""
    value = os.environ.get(settings.password_env)
    if value:
        return value
    import netrc

    try:
        entry = netrc.netrc().authenticators(settings.host or "")
    except FileNotFoundError:
        return None
    except (netrc.NetrcParseError, OSError) as exc:
        raise ConfigError(f"~/.netrc: {one_line(getattr(exc, 'msg', exc))}") from None
    if entry is None or (settings.user and entry[0] and entry[0] != settings.user):
        return None
    return entry[2] or None


def send(message: EmailMessage, settings: MailSettings) -> list[str]:
    """Hand the message to the SMTP server; returns the recipients. Every failure is one MailError line."""
    import smtplib
    import ssl

    if not settings.host:
        raise ConfigError("[mail] host ontbreekt: zet host, port en security in het configbestand")
    where = f"{settings.host}:{settings.port}"
    secret = password(settings) if settings.user else None
    if settings.user and not secret:
        raise ConfigError(f"geen wachtwoord voor {settings.user} op {settings.host}: zet {settings.password_env}"
                          " of een regel voor de host in ~/.netrc")
    if settings.user and settings.security == "none" and settings.host not in _LOOPBACK:
        raise ConfigError(f"[mail] security = none: geen wachtwoord over een onversleutelde verbinding met {where}")
    recipients = addresses([str(message["To"])], "aan")
    try:
        context = ssl.create_default_context()
        if settings.security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                                   context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with server:
            if settings.security == "starttls":
                server.starttls(context=context)
            if settings.user and secret:
                server.login(settings.user, secret)
            server.send_message(message, to_addrs=recipients)
    except smtplib.SMTPException as exc:
        raise MailError(f"niet verstuurd via {where}: {_reason(exc)}") from None
    except OSError as exc:
        raise MailError(f"niet verstuurd: {where} onbereikbaar ({one_line(exc.strerror or exc)})") from None
    return recipients


def _reason(exc: Exception) -> str:
    """The server's answer in words (never the password: it is not in any SMTP reply)."""
    import smtplib

    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"aanmelden geweigerd ({exc.smtp_code})"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "geadresseerde geweigerd: " + ", ".join(exc.recipients)
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        return f"{exc.smtp_code} {one_line(error, 200)}"
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"de server kent dit niet ({one_line(exc, 200)})"
    return one_line(exc, 200) or type(exc).__name__
