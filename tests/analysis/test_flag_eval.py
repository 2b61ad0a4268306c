"""The labeled flag set: its shape, the dev-set targets, and masking across every post."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from analysis.flags import detect_flags
from analysis.lexicon import compile_words
from analysis.masking import mask_text
from analysis.policy import CATEGORIES
from analysis.profile import load_profile
from analysis.sensitive import iban_ok, luhn_ok
from flows.adhoc import parse_line
from flows.flag_eval import (
    DEFAULT_SPLITS,
    FLAG_SETS,
    TARGET_PRECISION,
    TARGET_RECALL,
    LabeledSetError,
    evaluate_flags,
    main,
    review_lines,
)

SPLITS = DEFAULT_SPLITS  # blind*: written without reading the rules
NOW = datetime(2025, 1, 1, tzinfo=UTC)


def _posts(split: str) -> list[tuple[str, dict]]:
    rows = []
    for data in sorted((FLAG_SETS / split).glob("*.jsonl")):
        for line in data.read_text(encoding="utf-8").splitlines():
            rows.append((data.stem, json.loads(line)))
    return rows


ALL_POSTS = [(split, company, post) for split in SPLITS for company, post in _posts(split)]


def test_set_has_the_promised_shape() -> None:
    assert len(ALL_POSTS) >= 300
    companies = {(split, company) for split, company, _ in ALL_POSTS}
    assert len(companies) >= 3
    dev = {c for s, c in companies if s == "dev"}
    held = {c for s, c in companies if s == "heldout"}
    assert dev and held and not dev & held  # held-out companies are never in dev
    ids = [post["id"] for _, _, post in ALL_POSTS]
    assert len(ids) == len(set(ids))
    assert {post["lang"] for _, _, post in ALL_POSTS} >= {"en", "de", "fr", "es"}
    for split in ("dev", "heldout"):  # the blind set was written to its own brief
        posts = [p for s, _, p in ALL_POSTS if s == split]
        negatives = [p for p in posts if not p["expected_categories"]]
        assert len(negatives) >= len(posts) // 3, "hard negatives are half the point"
        for category in CATEGORIES:
            positives = [p for p in posts if category in p["expected_categories"]]
            assert len(positives) >= 10, (split, category)
    for split, company in companies:
        load_profile(FLAG_SETS / split / f"{company}.toml")  # every profile is valid


def test_every_post_is_a_valid_analyze_line() -> None:
    for _, _, post in ALL_POSTS:
        ident, mention = parse_line(json.dumps(post), NOW)
        assert ident == post["id"] and mention.text == post["text"]


def test_dev_set_meets_the_targets() -> None:
    result = evaluate_flags(FLAG_SETS / "dev")
    assert result.n_posts == len([p for s, _, p in ALL_POSTS if s == "dev"])
    below = {
        s.category: (round(s.precision, 2), round(s.recall, 2))
        for s in result.scores
        if s.precision < TARGET_PRECISION or s.recall < TARGET_RECALL
    }
    assert below == {}, f"dev categories below P>={TARGET_PRECISION} R>={TARGET_RECALL}: {below}"


def test_main_prints_tables_and_checks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(FLAG_SETS / "dev"), "--check"]) == 0
    out = capsys.readouterr().out
    assert "| confidential_leak" in out and "precision" in out


def test_main_reports_a_broken_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 1
    assert "no *.jsonl files" in capsys.readouterr().err
    (tmp_path / "acme.jsonl").write_text('{"id": 1, "text": "hi"}\n', encoding="utf-8")
    with pytest.raises(LabeledSetError, match="no profile"):
        evaluate_flags(tmp_path)
    (tmp_path / "acme.toml").write_text('name = "Acme"\n', encoding="utf-8")
    with pytest.raises(LabeledSetError, match="expected_categories"):
        evaluate_flags(tmp_path)
    (tmp_path / "acme.jsonl").write_text(
        '{"id": 1, "text": "hi", "expected_categories": ["gossip"]}\n', encoding="utf-8"
    )
    with pytest.raises(LabeledSetError, match="unknown categories"):
        evaluate_flags(tmp_path)


def test_a_wrong_label_shows_up_as_a_mistake(tmp_path: Path) -> None:
    (tmp_path / "acme.toml").write_text('name = "Acme"\n', encoding="utf-8")
    rows = [
        {"id": "a", "text": "Acme charged 4111 1111 1111 1111", "expected_categories": []},
        {"id": "b", "text": "Acme is fine", "expected_categories": ["credential"]},
    ]
    (tmp_path / "acme.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    result = evaluate_flags(tmp_path)
    assert (result.score("personal_data").fp, result.score("credential").fn) == (1, 1)
    assert result.misses_targets() == ["personal_data", "credential"]
    [first, second] = result.mistakes
    assert "4111 **** **** 1111" in first.text and "1111 1111 1111 1111" not in first.text
    assert second.expected == ("credential",) and second.got == ()


# --- masking across the whole set -----------------------------------------------------------

_DIGIT_RUN = re.compile(r"(?<!imei is )\d(?:[ -]?\d){12,18}", re.I)  # IMEIs pass Luhn too
# valid ranges only: 900-12-3456 is a ticket number, not an SSN (area 000, 666, 9xx never issued)
_SSN = re.compile(r"\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b")
_PLACEHOLDER = re.compile(r"YOUR_|_HERE\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TOKEN = re.compile(
    r"(?:AKIA|ghp_|github_pat_|glpat-|xox[bp]-|[sr]k_live_|AIza|sk-proj-|npm_|SG\.|SK[0-9a-f]{8}"
    r"|eyJ|dop_v1_|hooks\.slack\.com/services/|PMAK-|lin_api_|hvs\.|gsk_|xai-)[\w./-]{12,}"
)
# Secrets assigned to a *_KEY / *_TOKEN / *_SECRET name: the value after "=".
_ASSIGNED = re.compile(r"[A-Z_]*(?:KEY|TOKEN|SECRET)[A-Z_]*=([\w/+.-]{16,})")
# Phone numbers: "+country" then 8+ digits, or the French "06 12 34 56 78" layout.
_PHONE = re.compile(r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}|\b0\d(?: \d\d){4}\b")
# A stated password: the word, a few words, then a value with letters and digits.
_PASSWORD = re.compile(
    r"(?i)\b(?:password|passwort|kennwort|senha|contraseña|clave|hasło|mot de passe|pw)\b"
    r"[^\n]{0,40}?[\s:=]((?=[^\s]*\d)(?=[^\s]*[a-z])[^\s'\"]{6,})"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
_ROLE = re.compile(r"^(?:support|press|privacy|kontakt|sales|info|help)@")


def _raw_secrets(text: str, labels: list[str] | None = None) -> list[str]:
    """Secrets found by simple patterns that do not share code with the masking module.

    Phones and passwords are too loose to look for everywhere; they are looked for in posts
    labeled with ``personal_data`` or ``credential`` (``labels``).
    """
    labels = labels or []
    # "sk_live_YOUR_KEY_HERE" in docs is a placeholder, not a secret.
    found = [m.group() for m in _TOKEN.finditer(text) if not _PLACEHOLDER.search(m.group())]
    found += [m.group(1) for m in _ASSIGNED.finditer(text) if not _PLACEHOLDER.search(m.group(1))]
    if "personal_data" in labels:
        found += [
            m.group() for m in _PHONE.finditer(text) if len(re.sub(r"\D", "", m.group())) >= 9
        ]
    if "credential" in labels:
        found += [m.group(1).rstrip(".,;)!") for m in _PASSWORD.finditer(text)]
    found += [m.group() for m in _SSN.finditer(text)]
    if "personal_data" in labels:  # a mailbox the labeler did not call personal (outages@)
        found += [m.group() for m in _EMAIL.finditer(text) if not _ROLE.match(m.group())]
    # a mistyped IBAN (checksum fails) is no one's account
    found += [m.group() for m in _IBAN.finditer(text) if iban_ok(m.group().replace(" ", ""))]
    for m in _DIGIT_RUN.finditer(text):
        if luhn_ok(re.sub(r"\D", "", m.group())):
            found.append(m.group())
    found += [line for line in text.splitlines() if re.fullmatch(r"[A-Za-z0-9+/]{64}", line)]
    return found


def test_no_flag_evidence_or_masked_text_repeats_a_secret() -> None:
    checked = 0
    for split, company, post in ALL_POSTS:
        profile = load_profile(FLAG_SETS / split / f"{company}.toml")
        _, mention = parse_line(json.dumps(post), NOW)
        secrets = _raw_secrets(post["text"], post["expected_categories"])
        if not secrets:
            continue
        outputs = [f.evidence for f in detect_flags(mention, profile)] + [mask_text(post["text"])]
        for secret in secrets:
            digits = re.sub(r"\D", "", secret)
            for out in outputs:
                assert secret not in out, (post["id"], secret, out)
                if len(digits) >= 9:  # separators changed, digits still whole: still a leak
                    assert digits not in re.sub(r"\D", "", out), (post["id"], secret, out)
        checked += 1
    assert checked >= 40  # the set really has secrets in it


def test_review_lines_confirmed_wins_and_unreviewed_categories_do_not_count() -> None:
    row = {
        "platform": "x",
        "post_id": "9",
        "created_at": None,
        "author_handle": "a",
        "author_description": "",
        "author_followers": 5,
        "n_likes": 1,
        "n_reposts": 0,
        "n_replies": 0,
        "n_quotes": 0,
        "score": 0,
        "n_comments": 0,
        "community": None,
        "lang": "en",
        "text": "raw text",
        # two rules of one category: one confirmed, one dismissed -> the category is expected
        "confirmed_categories": ["credential"],
        "dismissed_categories": ["credential", "negative_spin"],
    }
    [line] = review_lines([row])
    assert line["id"] == "x:9" and line["text"] == "raw text"
    assert line["expected_categories"] == ["credential"]
    assert line["reviewed_categories"] == ["credential", "negative_spin"]
    ident, mention = parse_line(json.dumps(line), NOW)
    assert ident == "x:9" and mention.platform == "x"


def test_compile_words_matches_like_the_plain_alternation() -> None:
    source = r"\bnot\s+public|\bintern(?:al)?\s+memo|#open\s*to\s*work|\b(?<='s\s)all-hands"
    fast, plain = compile_words(source), re.compile(source)
    for text in ("it's not public", "an internal memo", "#opentowork", "acme's all-hands", "x"):
        assert bool(fast.search(text)) == bool(plain.search(text)), text
    assert fast.search("cannot public") is None  # still starts at a word boundary
