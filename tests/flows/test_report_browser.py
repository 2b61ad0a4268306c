"""The HTML reports in a real headless Chromium: they render, and post text never runs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from analysis.profile import Profile
from flows.report import build_summary, write_reports
from flows.score import analyze_pending
from flows.store import Store
from tests.flows.test_store import mention, page

pytestmark = pytest.mark.integration

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not installed (make test installs Debian's chromium)"
)
# X sends "<" as "&lt;": cleaning decodes it, so the template's escaping is what protects.
HOSTILE = [
    '&lt;script&gt;document.body.setAttribute("data-pwned", "script")&lt;/script&gt;'
    " Harborline is a terrible scam, the worst",
    "&lt;img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\"&gt;"
    " Harborline is awful, horrible fraud",
    "[click](javascript:alert(1)) **Harborline** is a disgusting lawsuit-worthy scam #boycott",
]


def chromium(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp / 'chromium-profile'}", *args,
    ]  # fmt: skip
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture
def report_files(tmp_path: Path, example: Profile) -> dict[str, Path]:
    from datetime import date

    with Store.open(tmp_path / "b.duckdb") as store:
        ms = [mention(str(i), text=t, likes=10_000 * (i + 1)) for i, t in enumerate(HOSTILE)]
        store.save_partition("x", "q", [page("0", "1", "2")], ms, "2")
        for platform in ("x", "reddit"):
            store.set_source_status(date(2026, 10, 1), platform, "ok")
        analyze_pending(store, example)
        ctx = build_summary(store, example, date(2026, 10, 1), platforms=["x", "reddit"])
        return write_reports(ctx, tmp_path / "reports")


@needs_chromium
@pytest.mark.parametrize("view", ["marketing.html", "hr.html"])
def test_post_text_is_shown_as_text_and_never_runs(
    view: str, report_files: dict[str, Path], tmp_path: Path
) -> None:
    url = report_files[view].resolve().as_uri()
    dom = chromium("--dump-dom", url, tmp=tmp_path).stdout
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]
    assert "<img src=" not in dom and "<script>document" not in dom
    if view == "marketing.html":  # the posts are there, as text
        assert "&lt;script&gt;document.body" in dom and "&lt;img src=x onerror" in dom
    shot = tmp_path / "shot.png"
    chromium("--window-size=1200,1600", f"--screenshot={shot}", url, tmp=tmp_path)
    assert shot.stat().st_size > 10_000  # a real rendered page, not a blank


def test_markdown_escapes_post_text(report_files: dict[str, Path]) -> None:
    md = report_files["marketing.md"].read_text()
    assert "<script>" not in md and "<img" not in md
    assert "](javascript:" not in md
