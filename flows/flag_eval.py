"""``brandrisk flags eval``: precision and recall of the leak and HR-policy rules per category.

A labeled set is a folder of ``NAME.jsonl`` files, each next to the company profile it is
about (``NAME.toml``). Every line is an ``analyze`` input line (``id``, ``text``,
``author_handle``, ``author_description``, ``author_followers``, ``likes``, ...) plus
``expected_categories``: the flag categories a careful reviewer would want on that post (an
empty list for hard negatives). Posts go through the same path as ``brandrisk analyze``
(``flows.adhoc.analyze_lines``: sentiment scorer, exclusions, ``detect_flags``), so the table
measures what a user of the command gets.

Counting is per post and category: a post flagged twice for ``personal_data`` is one true
positive; any flag of a category the post is not labeled with is a false positive, whatever
its severity. A line may also carry ``reviewed_categories``: then only those categories are
counted for it (the others were never judged). The bundled sets are in
``tests/fixtures/flags/`` (see its README): ``dev/`` (the rules were tuned on them) and
``heldout/`` (companies the rules were not tuned on before their first run).

``brandrisk review export`` writes HR's decisions in this format (``review_lines``): a
confirmed flag makes its category expected, a dismissed one makes it reviewed and not
expected. Such a file has no profile beside it; pass ``--profile``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.masking import mask_text
from analysis.policy import CATEGORIES
from analysis.profile import ProfileError, load_profile
from flows.adhoc import analyze_lines

if TYPE_CHECKING:
    from flows.store import Store

FLAG_SETS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "flags"
DEFAULT_SPLITS = (
    "dev",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
)
TARGET_PRECISION = 0.90
TARGET_RECALL = 0.85


class LabeledSetError(ValueError):
    """A labeled set that cannot be evaluated (no files, missing profile, bad line)."""


@dataclass(frozen=True, slots=True)
class CategoryScore:
    """Post-level counts and measures for one category.

    ``precision`` is 1.0 when nothing was flagged and ``recall`` is 1.0 when nothing was
    expected: an empty column is not an error.
    """

    category: str
    tp: int
    fp: int
    fn: int

    @property
    def support(self) -> int:
        """Posts labeled with this category."""
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass(frozen=True, slots=True)
class Mistake:
    """One post whose flags differ from its labels (text and evidence masked)."""

    id: str
    expected: tuple[str, ...]
    got: tuple[str, ...]
    rules: tuple[str, ...]
    text: str


@dataclass
class FlagEval:
    """The result of ``evaluate_flags``: one row per category, the mistakes, the post count."""

    name: str
    n_posts: int
    scores: list[CategoryScore]
    mistakes: list[Mistake] = field(default_factory=list)

    def score(self, category: str) -> CategoryScore:
        """Return the row of one category."""
        return next(s for s in self.scores if s.category == category)

    def misses_targets(
        self, precision: float = TARGET_PRECISION, recall: float = TARGET_RECALL
    ) -> list[str]:
        """Return the categories below either target (empty when all meet them)."""
        return [s.category for s in self.scores if s.precision < precision or s.recall < recall]

    def table(self) -> str:
        """Render the per-category table as plain text (also valid Markdown)."""
        lines = [
            f"{self.name}: {self.n_posts} posts",
            "",
            "| category               | support |  tp |  fp |  fn | precision | recall |",
            "|------------------------|--------:|----:|----:|----:|----------:|-------:|",
        ]
        for s in self.scores:
            lines.append(
                f"| {s.category:22} | {s.support:7d} | {s.tp:3d} | {s.fp:3d} | {s.fn:3d} |"
                f" {s.precision:9.2f} | {s.recall:6.2f} |"
            )
        return "\n".join(lines)


def _labeled_files(set_dir: Path, profile: Path | None = None) -> list[tuple[Path, Path]]:
    if set_dir.is_file() and set_dir.suffix == ".jsonl":
        files = [set_dir]  # one company's file
    elif set_dir.is_dir():
        files = sorted(set_dir.glob("*.jsonl"))
    else:
        raise LabeledSetError(f"{set_dir}: not a folder or a .jsonl file")
    pairs = []
    for data in files:
        beside = profile or data.with_suffix(".toml")
        if not beside.is_file():
            hint = "" if profile else " (pass --profile)"
            raise LabeledSetError(f"{data}: no profile {beside.name} next to it{hint}")
        pairs.append((data, beside))
    if not pairs:
        raise LabeledSetError(f"{set_dir}: no *.jsonl files")
    return pairs


def _categories(obj: dict[str, Any], key: str, where: str) -> set[str]:
    labels = obj.get(key)
    if not isinstance(labels, list) or not all(isinstance(c, str) for c in labels):
        raise LabeledSetError(f"{where}: '{key}' must be a list of strings")
    unknown = set(labels) - set(CATEGORIES)
    if unknown:
        raise LabeledSetError(f"{where}: unknown categories {sorted(unknown)}")
    return set(labels)


def _labels(obj: dict[str, Any], where: str) -> tuple[set[str], tuple[str, ...]]:
    """The expected categories of a line and the categories that count for it."""
    expected = _categories(obj, "expected_categories", where)
    if "reviewed_categories" not in obj:
        return expected, CATEGORIES
    reviewed = _categories(obj, "reviewed_categories", where)
    if not expected <= reviewed:
        raise LabeledSetError(f"{where}: expected categories must also be reviewed categories")
    return expected, tuple(c for c in CATEGORIES if c in reviewed)


def evaluate_flags(
    set_dir: str | Path, *, scorer: str = "default", profile: str | Path | None = None
) -> FlagEval:
    """Run every labeled post in ``set_dir`` through ``analyze`` and score each category.

    Args:
        set_dir: a folder of ``NAME.jsonl`` labeled posts, each with its ``NAME.toml`` profile,
            or one such ``.jsonl`` file.
        scorer: the sentiment scorer ``analyze`` uses.
        profile: the profile for every file, instead of the ``NAME.toml`` beside each (for
            files such as ``brandrisk review export`` writes).

    Returns:
        Per-category counts, precision and recall, and every post the rules got wrong.

    Raises:
        LabeledSetError: a file is missing, a line is not valid, or a profile fails to load.
    """
    path = Path(set_dir)
    counts = {c: [0, 0, 0] for c in CATEGORIES}  # tp, fp, fn
    mistakes: list[Mistake] = []
    n_posts = 0
    for data, profile_path in _labeled_files(path, None if profile is None else Path(profile)):
        try:
            company = load_profile(profile_path)
        except ProfileError as exc:
            raise LabeledSetError(str(exc)) from exc
        lines = data.read_text(encoding="utf-8").splitlines()
        labels: dict[int, tuple[dict[str, Any], set[str], tuple[str, ...]]] = {}
        for lineno, line in enumerate(lines, 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise LabeledSetError(f"{data}:{lineno}: not valid JSON ({exc.msg})") from exc
                labels[lineno] = (obj, *_labels(obj, f"{data}:{lineno}"))
        for lineno, result in analyze_lines(lines, company, scorer=scorer):
            if isinstance(result, str):
                raise LabeledSetError(f"{data}:{lineno}: {result}")
            obj, expected, counted = labels[lineno]
            flags = result["flags"]
            got = {f["category"] for f in flags if f["category"] in counted}
            n_posts += 1
            for c in counted:
                if c in got and c in expected:
                    counts[c][0] += 1
                elif c in got:
                    counts[c][1] += 1
                elif c in expected:
                    counts[c][2] += 1
            if got != expected:
                mistakes.append(
                    Mistake(
                        id=str(obj["id"]),
                        expected=tuple(sorted(expected)),
                        got=tuple(sorted(got)),
                        rules=tuple(f"{f['rule']}: {f['evidence']}" for f in flags),
                        text=mask_text(obj["text"]),
                    )
                )
    scores = [CategoryScore(c, *counts[c]) for c in CATEGORIES]
    name = path.stem if path.is_file() else path.name
    return FlagEval(name=name, n_posts=n_posts, scores=scores, mistakes=mistakes)


def review_lines(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Turn ``sql/reports/review_export.sql`` rows into labeled lines ``evaluate_flags`` reads.

    A category confirmed on a post is expected; one only dismissed is reviewed and not
    expected; categories nobody reviewed are left out of ``reviewed_categories`` and do not
    count. The text is the post as stored: the lines are confidential.
    """
    lines = []
    for r in rows:
        confirmed = set(r["confirmed_categories"])
        reviewed = confirmed | set(r["dismissed_categories"])
        created = r["created_at"]
        lines.append(
            {
                "id": f"{r['platform']}:{r['post_id']}",
                "platform": r["platform"],
                "created_at": created.isoformat() if created is not None else None,
                "author_handle": r["author_handle"],
                "author_description": r["author_description"],
                "author_followers": r["author_followers"],
                "likes": r["n_likes"],
                "reposts": r["n_reposts"],
                "replies": r["n_replies"],
                "quotes": r["n_quotes"],
                "score": r["score"],
                "comments": r["n_comments"],
                "community": r["community"],
                "lang": r["lang"],
                "text": r["text"],
                "expected_categories": [c for c in CATEGORIES if c in confirmed],
                "reviewed_categories": [c for c in CATEGORIES if c in reviewed],
                "note": "HR review",
            }
        )
    return lines


def export_reviews(store: Store, out: Path) -> int:
    """Write every reviewed post to ``out`` as labeled JSONL; return how many posts.

    The file holds raw text, so a new file is readable by its owner only (mode 0600).
    """
    lines = review_lines(store.report("review_export"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.touch(mode=0o600, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the per-category table for each labeled set; return the exit code.

    With no folders, evaluates every bundled split (``DEFAULT_SPLITS``).
    ``--errors`` lists the posts the rules got wrong; ``--check`` exits 1 when a category of
    any set is below the targets (precision 0.90, recall 0.85).
    """
    parser = argparse.ArgumentParser(
        prog="brandrisk flags eval",
        description="Precision and recall of the leak and HR-policy rules on labeled posts.",
    )
    parser.add_argument(
        "sets",
        nargs="*",
        type=Path,
        help="labeled set folders or .jsonl files (default: every bundled split)",
    )
    parser.add_argument("--errors", action="store_true", help="list the posts the rules got wrong")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if any category misses P>=0.90 / R>=0.85"
    )
    parser.add_argument(
        "--profile",
        type=Path,
        help="profile TOML for every set (e.g. for a `brandrisk review export` file); "
        "default: the NAME.toml beside each NAME.jsonl",
    )
    args = parser.parse_args(argv)
    dirs = list(args.sets) or [FLAG_SETS / split for split in DEFAULT_SPLITS]
    failed = []
    for set_dir in dirs:
        try:
            result = evaluate_flags(set_dir, profile=args.profile)
        except LabeledSetError as exc:
            print(f"brandrisk: error: {exc}", file=sys.stderr)
            return 1
        print(result.table())
        if args.errors:
            for m in result.mistakes:
                print(f"\n  {m.id}: expected {list(m.expected)}, got {list(m.got)}")
                print(f"    text: {m.text[:160]}")
                for rule in m.rules:
                    print(f"    flag: {rule[:160]}")
        print()
        failed += [f"{result.name}/{c}" for c in result.misses_targets()]
    if args.check and failed:
        print(f"below target: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
