"""The HR review loop: decisions are stored, dismissed flags stay gone, reports follow, and
exported decisions become labeled data for ``brandrisk flags eval``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from analysis.profile import Profile
from flows.cli import main
from flows.flag_eval import evaluate_flags
from flows.report import build_summary
from flows.score import analyze_pending
from flows.settings import EXAMPLE_PROFILE
from flows.store import Store
from tests.flows.test_store import mention, page

DAY = date(2026, 10, 1)
LEAK = "Can't say much but Project Tidewater launches soon at Harborline, I work there"


@pytest.fixture
def db(tmp_path: Path, example: Profile) -> Path:
    path = tmp_path / "b.duckdb"
    with Store.open(path) as store:
        store.save_partition("x", "q", [page("1")], [mention("1", text=LEAK)], "1")
        analyze_pending(store, example)
    return path


def leak_flag(store: Store) -> dict:
    rows = store.rows("select * from v_flags where category = 'confidential_leak'")
    assert rows, "the planted leak must be flagged"
    return rows[0]


def test_dismissed_flags_do_not_come_back(db: Path, example: Profile) -> None:
    with Store.open(db) as store:
        flag = leak_flag(store)
        assert flag["review_status"] == "unreviewed"
        store.review(flag["flag_id"], "dismissed", reviewer="hr", note="public already")
        # Re-analysis (e.g. a new rules version) keeps the decision on that post and rule.
        store.con.execute("delete from analyzed")
        analyze_pending(store, example)
        assert leak_flag(store)["review_status"] == "dismissed"
        ctx = build_summary(store, example, DAY, platforms=["x"])
        assert flag["flag_id"] not in {f["flag_id"] for f in ctx["flags"]}
        assert ctx["summary"]["n_flags"] == len(ctx["flags"])


def test_confirmed_flags_show_their_status(db: Path, example: Profile) -> None:
    with Store.open(db) as store:
        flag = leak_flag(store)
        store.review(flag["flag_id"], "confirmed")
        ctx = build_summary(store, example, DAY, platforms=["x"])
        shown = {f["flag_id"]: f["review_status"] for f in ctx["flags"]}
        assert shown[flag["flag_id"]] == "confirmed"


def test_unknown_flag_and_decision_are_refused(db: Path) -> None:
    with Store.open(db) as store:
        with pytest.raises(KeyError, match="review list"):
            store.review("x:nope:rule", "confirmed")
        with pytest.raises(ValueError, match="decision"):
            store.review(leak_flag(store)["flag_id"], "maybe")


def test_review_cli_lists_masked_and_records_decisions(db: Path, capsys) -> None:
    assert main(["review", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    flag_id = next(line.split("\t")[0] for line in out.splitlines() if "confidential_leak" in line)
    assert main(["review", "dismiss", flag_id, "--db", str(db), "--reviewer", "hr"]) == 0
    assert f"{flag_id}: dismissed" in capsys.readouterr().out
    assert main(["review", "list", "--db", str(db)]) == 0
    assert flag_id not in capsys.readouterr().out
    assert main(["review", "list", "--db", str(db), "--status", "dismissed"]) == 0
    assert flag_id in capsys.readouterr().out
    assert main(["review", "confirm", "x:none:rule", "--db", str(db)]) == 1
    assert "no flag" in capsys.readouterr().err


CARD = "Harborline charged my card 4111 1111 1111 1111 twice this week"


def test_reviewed_decisions_export_as_labeled_posts_that_eval_reads(
    db: Path, tmp_path: Path, example: Profile, capsys
) -> None:
    with Store.open(db) as store:
        store.save_partition("x", "q", [page("2")], [mention("2", text=CARD)], "2")
        analyze_pending(store, example)
        card = store.rows("select flag_id from v_flags where category = 'personal_data'")[0]
        leak = leak_flag(store)
    # HR confirms the leak (a true positive) and dismisses the card flag (a false positive).
    assert main(["review", "confirm", leak["flag_id"], "--db", str(db)]) == 0
    assert main(["review", "dismiss", card["flag_id"], "--db", str(db)]) == 0
    out = tmp_path / "reviewed.jsonl"
    assert main(["review", "export", "-o", str(out), "--db", str(db)]) == 0
    assert "2 reviewed posts" in capsys.readouterr().err
    lines = {json.loads(s)["id"]: json.loads(s) for s in out.read_text().splitlines()}
    assert lines["x:1"]["text"] == LEAK  # the post as stored: this file is confidential
    assert lines["x:1"]["expected_categories"] == ["confidential_leak"]
    assert lines["x:2"]["expected_categories"] == []
    assert lines["x:2"]["reviewed_categories"] == ["personal_data"]

    result = evaluate_flags(out, profile=EXAMPLE_PROFILE)
    assert result.n_posts == 2
    leak_score, card_score = result.score("confidential_leak"), result.score("personal_data")
    assert (leak_score.tp, leak_score.fp, leak_score.fn) == (1, 0, 0)
    assert (card_score.tp, card_score.fp, card_score.fn) == (0, 1, 0)
    # Categories nobody reviewed do not count, whatever the rules flag.
    others = [s for s in result.scores if s.category not in {"confidential_leak", "personal_data"}]
    assert all(s.tp == s.fp == s.fn == 0 for s in others)

    assert main(["flags", "eval", str(out), "--profile", str(EXAMPLE_PROFILE)]) == 0
    table = capsys.readouterr().out
    assert "| confidential_leak      |       1 |   1 |   0 |   0 |" in table
    assert "| personal_data          |       0 |   0 |   1 |   0 |" in table
    assert "4111 1111" not in table  # the table shows counts, never text


def test_an_export_without_a_profile_says_to_pass_one(tmp_path: Path, capsys) -> None:
    out = tmp_path / "reviewed.jsonl"
    out.write_text(json.dumps({"id": "x:1", "text": "hi", "expected_categories": []}) + "\n")
    assert main(["flags", "eval", str(out)]) == 1
    assert "--profile" in capsys.readouterr().err
