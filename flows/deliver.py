"""Delivery of the daily report: a Slack-compatible webhook and email (SMTP).

The report files are written before any delivery is tried, so a failed delivery never loses a
report; failures are logged, retried with back-off, and recorded in the ``deliveries`` table.
The HR view goes only to HR's webhook and HR's recipients, never to marketing's.
"""

from __future__ import annotations

import json
import logging
import smtplib
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from analysis.profile import Profile
from flows.settings import Settings

log = logging.getLogger(__name__)

AUDIENCES = ("marketing", "hr")
WEBHOOK_MAX_CHARS = 35_000  # Slack truncates messages past ~40k characters


class DeliveryError(RuntimeError):
    """A channel refused the report after every retry."""


@dataclass(frozen=True)
class Delivery:
    """The outcome of one channel for one audience."""

    audience: str
    channel: str
    target: str
    status: str  # "sent" | "failed" | "skipped"
    attempts: int
    detail: str = ""


def _retry(fn: object, attempts: int, base_delay_s: float, what: str) -> tuple[int, str | None]:
    """Call ``fn`` until it succeeds; return (attempts made, last error or None)."""
    error: str | None = None
    for attempt in range(1, attempts + 1):
        try:
            fn()  # type: ignore[operator]
            return attempt, None
        except (OSError, smtplib.SMTPException, DeliveryError) as exc:
            error = f"{type(exc).__name__}: {exc}"
            log.warning("%s failed (attempt %d of %d): %s", what, attempt, attempts, error)
            if attempt < attempts:
                time.sleep(base_delay_s * 2 ** (attempt - 1))
    return attempts, error


def post_webhook(url: str, text: str, timeout: float = 20.0) -> None:
    """POST ``{"text": ...}`` (Slack's incoming-webhook format) to ``url``.

    Raises:
        DeliveryError: the endpoint answered with a non-2xx status.
        OSError: the endpoint could not be reached.
    """
    if not url.startswith(("https://", "http://")):
        raise DeliveryError("webhook URL must start with https:// or http://")
    body = json.dumps({"text": text[:WEBHOOK_MAX_CHARS]}).encode("utf-8")
    req = urllib.request.Request(  # noqa: S310 (scheme checked above)
        url, data=body, method="POST", headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310
            if not 200 <= resp.status < 300:
                raise DeliveryError(f"webhook answered HTTP {resp.status}")
    except urllib.error.HTTPError as exc:
        raise DeliveryError(f"webhook answered HTTP {exc.code}") from None


def build_email(
    settings: Settings, profile: Profile, audience: str, day: str, md: str, html: str
) -> EmailMessage:
    """The email of one view: the Markdown as text, the HTML page as the HTML alternative."""
    msg = EmailMessage()
    label = "brand risk" if audience == "marketing" else "posts to review (HR, do not forward)"
    msg["Subject"] = f"{profile.name}: {label}, {day}"
    msg["From"] = settings.smtp_from
    msg["To"] = ", ".join(getattr(profile.recipients, audience))
    msg.set_content(md)
    msg.add_alternative(html, subtype="html")
    return msg


def send_email(settings: Settings, msg: EmailMessage) -> None:
    """Send one message through the configured SMTP server (STARTTLS when set)."""
    assert settings.smtp_host is not None
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as smtp:
        if settings.smtp_starttls:
            smtp.starttls(context=ssl.create_default_context())
        if settings.smtp_user and settings.smtp_password is not None:
            smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
        smtp.send_message(msg)


def deliver_day(
    files: dict[str, str], settings: Settings, profile: Profile, day: str
) -> list[Delivery]:
    """Send the day's views to every configured channel; never raises for a channel failure.

    Args:
        files: the written report files by name (``marketing.md``, ``hr.html``, ...).
        settings: webhook URLs and SMTP settings.
        profile: recipients per audience.
        day: the report day, for subjects.

    Returns:
        One ``Delivery`` per audience and channel, sent, failed or skipped.
    """
    out: list[Delivery] = []
    for audience in AUDIENCES:
        md = Path(files[f"{audience}.md"]).read_text(encoding="utf-8")
        html = Path(files[f"{audience}.html"]).read_text(encoding="utf-8")
        secret = getattr(settings, f"webhook_{audience}_url")
        if secret is None:
            out.append(Delivery(audience, "webhook", "", "skipped", 0, "no webhook configured"))
        else:
            url = secret.get_secret_value()
            n, err = _retry(
                lambda url=url, md=md: post_webhook(url, md),
                settings.delivery_attempts,
                settings.delivery_retry_s,
                f"{audience} webhook",
            )
            target = "webhook (URL not shown: it is a secret)"
            out.append(Delivery(audience, "webhook", target, "failed" if err else "sent", n,
                                err or ""))  # fmt: skip
        recipients = getattr(profile.recipients, audience)
        if settings.smtp_host is None or not recipients:
            why = "no SMTP host configured" if settings.smtp_host is None else "no recipients"
            out.append(Delivery(audience, "email", "", "skipped", 0, why))
            continue
        msg = build_email(settings, profile, audience, day, md, html)
        n, err = _retry(
            lambda msg=msg: send_email(settings, msg),
            settings.delivery_attempts,
            settings.delivery_retry_s,
            f"{audience} email",
        )
        out.append(Delivery(audience, "email", ", ".join(recipients),
                            "failed" if err else "sent", n, err or ""))  # fmt: skip
    for d in out:
        if d.status == "failed":
            log.error("%s %s delivery failed after %d attempts: %s; the report is on disk",
                      d.audience, d.channel, d.attempts, d.detail)  # fmt: skip
        elif d.status == "sent":
            log.info("%s report sent by %s to %s", d.audience, d.channel, d.target)
    return out
