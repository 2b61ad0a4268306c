from __future__ import annotations

import csv
from pathlib import Path

import pytest

import flows.evaluate as evaluate_mod
import flows.train_sentiment as train_mod
from analysis.sentiment import score_texts, scorer_version
from flows.evaluate import LabeledFileError, eval_files, heldout_rows, read_labeled
from flows.train_sentiment import train_command, train_company_model

POSITIVE = [
    "@acme love the new app, so smooth",
    "great support from @acme today, thanks!",
    "@acme thank you, refund arrived quickly",
    "really happy with my @acme card 😍",
    "@acme you guys rock",
    "best bank app I have used, well done @acme",
]
NEGATIVE = [
    "@acme app crashed again, useless",
    "@acme two hours on hold, terrible service",
    "@acme charged me twice, fix it",
    "@acme worst bank ever 😡",
    "@acme my card is blocked and nobody answers",
    "@acme the new fees are a rip off",
]
NEUTRAL = [
    "@acme what time does the branch open?",
    "@acme is the card accepted abroad?",
    "acme moves its office to Denver",
    "@acme how do I change my address",
    "acme results out on Monday",
    "@acme which app version supports NFC",
]


def _write_labeled(path: Path, copies: int = 2) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["text", "label", "source"])
        for i in range(copies):
            for label, texts in (
                ("positive", POSITIVE),
                ("negative", NEGATIVE),
                ("neutral", NEUTRAL),
            ):
                for t in texts:
                    w.writerow([f"{t} #{i}" if i else t, label, "synthetic"])
    return path


def test_read_labeled_survives_bare_carriage_returns_and_reports_bad_labels(
    tmp_path: Path,
) -> None:
    ok = tmp_path / "ok.csv"
    ok.write_bytes(b'text,label\nfirst line\rsame post,positive\n"quoted, text",neutral\n')
    assert read_labeled(ok) == (["first line same post", "quoted, text"], ["positive", "neutral"])
    bad = tmp_path / "bad.csv"
    bad.write_text("text,label\nhello,happy\n", encoding="utf-8")
    with pytest.raises(LabeledFileError, match=r"bad.csv:2: label 'happy'"):
        read_labeled(bad)
    with pytest.raises(LabeledFileError, match="needs a header"):
        (tmp_path / "nohead.csv").write_text("a,b\n1,2\n", encoding="utf-8")
        read_labeled(tmp_path / "nohead.csv")


def test_eval_prints_measures_and_confusion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write_labeled(tmp_path / "brand.csv", copies=1)
    assert eval_files([data], ["default", "vader"]) == 0
    out = capsys.readouterr().out
    assert "AvgRec" in out and "negP" in out
    assert out.count("brand ") >= 4  # two table rows and two confusion rows
    assert "confusion matrices: rows gold" in out


def test_eval_skips_cleanly_without_shared_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluate_mod, "SHARED_SENTIMENT", tmp_path / "absent")
    assert eval_files([]) == 0
    assert "skipped: no labeled data" in capsys.readouterr().out


def test_eval_bad_scorer_is_a_handled_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _write_labeled(tmp_path / "brand.csv", copies=1)
    assert eval_files([data], ["company:/nonexistent.npz"]) == 1
    assert "no such model file" in capsys.readouterr().err


def test_company_model_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train_mod, "COMPANY_ITERATIONS", 15)
    data = _write_labeled(tmp_path / "labeled.csv")
    out = tmp_path / "models" / "acme.npz"
    info = train_company_model(data, out, name="acme", holdout=0.25)
    assert out.is_file() and info.scorer == f"company:{out}"
    assert info.version == scorer_version(info.scorer) and info.version.startswith("acme-")
    assert info.n_train == 27 and info.heldout is not None and info.heldout["n"] == 9
    labels = [s.label for s in score_texts(POSITIVE[:2] + NEGATIVE[:2], info.scorer)]
    assert labels == ["positive", "positive", "negative", "negative"]
    # Evaluating on the file it was trained on scores only the held-out rows.
    texts, _ = read_labeled(data)
    rows, note = heldout_rows(texts, ["vader", info.scorer])
    assert rows is not None and len(rows) == 9 and "25% held out by acme" in note
    assert heldout_rows(texts, ["vader"]) == (None, "")
    # Same data, same settings: same weights, same version.
    again = train_company_model(data, tmp_path / "again.npz", name="acme", holdout=0.25)
    assert again.version == info.version


def test_train_command_reports_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tiny = tmp_path / "tiny.csv"
    tiny.write_text("text,label\ngood,positive\nbad,negative\n", encoding="utf-8")
    assert train_command(tiny, tmp_path / "m.npz") == 1
    assert "need at least" in capsys.readouterr().err
    assert train_command(tmp_path / "missing.csv", tmp_path / "m.npz") == 1


SHARED = evaluate_mod.SHARED_SENTIMENT


@pytest.mark.skipif(
    not (SHARED / "airline_dev.csv").is_file(),
    reason=f"shared labeled data not found at {SHARED} (../shared/data/sentiment)",
)
def test_default_scorer_on_shared_airline_sample(capsys: pytest.CaptureFixture[str]) -> None:
    # A quick smoke check on real brand tweets: the first 400 rows, never trained on.
    texts, gold = read_labeled(SHARED / "airline_dev.csv")
    texts, gold = texts[:400], gold[:400]
    predicted = [s.label for s in score_texts(texts)]
    hits = sum(p == g for p, g in zip(predicted, gold, strict=True))
    assert hits / len(gold) > 0.6
