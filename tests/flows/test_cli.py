"""The command line: help everywhere, documented, exit codes, and ``analyze`` on JSONL."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.cli import build_parser, main
from flows.settings import EXAMPLE_PROFILE

ROOT = Path(__file__).resolve().parents[2]


def commands() -> list[list[str]]:
    """Every command and subcommand, as argv prefixes."""
    out: list[list[str]] = []

    def walk(parser, prefix):  # type: ignore[no-untyped-def]
        for action in parser._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    out.append([*prefix, name])
                    walk(sub, [*prefix, name])

    walk(build_parser(), [])
    return out


@pytest.mark.parametrize("argv", commands(), ids=lambda a: " ".join(a))
def test_every_command_has_help(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--help"])
    assert exc.value.code == 0
    assert "usage: brandrisk" in capsys.readouterr().out


@pytest.mark.parametrize("argv", commands(), ids=lambda a: " ".join(a))
def test_every_command_is_in_the_readme(argv: list[str]) -> None:
    readme = (ROOT / "README.md").read_text()
    assert f"brandrisk {' '.join(argv)}" in readme


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["run", "--day", "yesterday-ish"])
    assert exc.value.code == 2
    assert "not a day" in capsys.readouterr().err


def test_a_broken_profile_is_one_line_naming_the_field(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "p.toml"
    bad.write_text('name = "Acme"\ntimezone = "Mars/Olympus"\n')
    assert main(["profile", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "timezone" in err and "Mars/Olympus" in err
    bad.write_text('name = "Acme"\ncode_name = ["X"]\n')
    assert main(["profile", str(bad)]) == 1
    assert "code_name" in capsys.readouterr().err
    bad.write_text("name = [unclosed\n")
    assert main(["profile", str(bad)]) == 1
    assert "not valid TOML" in capsys.readouterr().err


def test_analyze_reports_bad_lines_and_masks_evidence(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "text": "Love the new Harborline Pay card, so smooth!"}),
        "{not json",
        json.dumps({"id": 2}),
        json.dumps({
            "id": "3",
            "text": "my Harborline card 4111 1111 1111 1111 got charged twice, fix it",
            "author_handle": "someone",
        }),
        json.dumps(["a", "list"]),
        json.dumps({
            "id": 4, "text": "Excited that Project Tidewater ships next month! #harborline",
            "author_description": "Engineer at Harborline", "author_followers": "12",
        }),
        json.dumps({"id": 5, "text": "x", "likes": "many"}),
    ]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "flows.cli", "analyze", "--profile", str(EXAMPLE_PROFILE),
         str(src), "-o", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    for lineno in (2, 3, 5, 7):
        assert f"in.jsonl:{lineno}: skipped" in proc.stderr
    results = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(results) == {1, "3", 4}
    assert results[1]["sentiment"]["label"] == "positive"
    assert -1 <= results["3"]["sentiment"]["score"] <= 1
    card = [f for f in results["3"]["flags"] if f["category"] == "personal_data"]
    assert card and "4111 1111 1111 1111" not in out.read_text()
    assert "1111" in card[0]["evidence"]
    leak = [f for f in results[4]["flags"] if f["category"] == "confidential_leak"]
    assert leak and leak[0]["policy"] and leak[0]["severity"] in {"high", "critical"}
