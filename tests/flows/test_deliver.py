"""Delivery to a local SMTP server and a local HTTP endpoint, both on loopback."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from analysis.profile import Profile
from flows.deliver import deliver_day
from flows.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], object]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content)))
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@pytest.fixture
def webhook() -> Iterator[tuple[dict, str]]:
    """An HTTP endpoint that records posts per path; /flaky fails twice, /down always."""
    seen: dict[str, list] = {"paths": [], "bodies": {}}
    fails = {"/flaky": 2}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen["paths"].append(self.path)
            if self.path == "/down" or fails.get(self.path, 0) > 0:
                fails[self.path] = fails.get(self.path, 0) - 1
                self.send_response(500)
            else:
                seen["bodies"].setdefault(self.path, []).append(body["text"])
                self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield seen, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    out = {}
    for audience in ("marketing", "hr"):
        for ext in ("md", "html"):
            p = tmp_path / f"{audience}.{ext}"
            p.write_text(f"{audience.upper()} VIEW {ext}")
            out[f"{audience}.{ext}"] = str(p)
    return out


def test_each_view_goes_only_to_its_own_audience(smtp, webhook, files, example: Profile) -> None:
    inbox, port = smtp
    seen, base = webhook
    settings = Settings(
        smtp_host="127.0.0.1", smtp_port=port, smtp_starttls=False,
        webhook_marketing_url=f"{base}/marketing", webhook_hr_url=f"{base}/hr",
    )  # type: ignore[arg-type]  # fmt: skip
    results = deliver_day(files, settings, example, "2026-10-01")
    assert {(d.audience, d.channel, d.status) for d in results} == {
        ("marketing", "webhook", "sent"), ("marketing", "email", "sent"),
        ("hr", "webhook", "sent"), ("hr", "email", "sent"),
    }  # fmt: skip
    assert seen["bodies"] == {"/marketing": ["MARKETING VIEW md"], "/hr": ["HR VIEW md"]}
    by_rcpt = {tuple(rcpt): msg for rcpt, msg in inbox.messages}
    assert set(by_rcpt) == {tuple(example.recipients.marketing), tuple(example.recipients.hr)}
    hr_mail = by_rcpt[tuple(example.recipients.hr)]
    assert "do not forward" in hr_mail["Subject"]
    assert "MARKETING" not in str(hr_mail) and "HR VIEW html" in str(hr_mail)
    assert "HR VIEW" not in str(by_rcpt[tuple(example.recipients.marketing)])


def test_failures_are_retried_then_recorded_and_the_report_stays(
    webhook, files, example: Profile
) -> None:
    _, base = webhook
    settings = Settings(
        webhook_marketing_url=f"{base}/flaky", webhook_hr_url=f"{base}/down",
        smtp_host="127.0.0.1", smtp_port=free_port(), delivery_attempts=3,
    )  # type: ignore[arg-type]  # fmt: skip
    results = {(d.audience, d.channel): d for d in deliver_day(files, settings, example, "d")}
    assert results["marketing", "webhook"].status == "sent"
    assert results["marketing", "webhook"].attempts == 3
    assert results["hr", "webhook"].status == "failed"
    assert "HTTP 500" in results["hr", "webhook"].detail
    assert results["hr", "email"].status == "failed"  # nothing listens on that port
    assert "ConnectionRefused" in results["hr", "email"].detail
    assert all(Path(p).exists() for p in files.values())
    assert base not in " ".join(d.detail + d.target for d in results.values())


def test_no_channel_configured_sends_nothing(files, example: Profile) -> None:
    results = deliver_day(files, Settings(), example, "d")
    assert {d.status for d in results} == {"skipped"}


def test_an_address_in_both_lists_is_refused() -> None:
    from analysis.profile import ProfileError, parse_profile

    with pytest.raises(ProfileError, match="never goes to marketing"):
        parse_profile('name = "A"\n[recipients]\nmarketing = ["a@x.org"]\nhr = ["A@x.org"]\n')
