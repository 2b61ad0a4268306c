"""The ``brandrisk`` command line.

Exit codes: 0 ok, 1 handled error (one line on stderr saying what to fix), 2 usage error.
Heavy imports (Prefect, DuckDB) happen inside the commands so ``--help`` stays quick.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

log = logging.getLogger("brandrisk")

DEMO_START = date(2026, 10, 1)
DEMO_DAYS = 30
DEMO_POSTS = 3000


class CommandError(Exception):
    """A handled failure: its message is printed as one line and the exit code is 1."""


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a day (YYYY-MM-DD): {value!r}") from exc


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from exc
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return n


# -- commands ------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    """Run the daily flow for one day."""
    from flows.daily import daily

    files = daily(
        day=args.day.isoformat() if args.day else None,
        send=not args.no_send,
        **_daily_kwargs(args),
    )
    print(f"marketing report: {files['marketing.html']}")
    print(f"HR report:        {files['hr.html']}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Generate the recorded sample, then run the daily flow for every day in it."""
    from analysis.profile import load_profile
    from connectors.replay import recorded_days
    from flows.daily import daily
    from flows.sample import generate_sample
    from flows.settings import EXAMPLE_PROFILE

    out = Path(args.out)
    recorded, db, reports = out / "recorded", out / "brandrisk.duckdb", out / "reports"
    profile_path = Path(args.profile) if args.profile else EXAMPLE_PROFILE
    profile = load_profile(profile_path)
    print(f"writing {args.days} days of recorded X and Reddit pages to {recorded}")
    stats = generate_sample(profile, recorded, start=DEMO_START, days=args.days, posts=args.posts)
    print(f"  {stats.posts} posts recorded")
    days = recorded_days(recorded)
    files: dict[str, str] = {}
    for i, d in enumerate(days, 1):
        print(f"[{i}/{len(days)}] daily run for {d}", flush=True)
        files = daily(
            day=d.isoformat(),
            profile=str(profile_path),
            db=str(db),
            out=str(reports),
            source="replay",
            replay_dir=str(recorded),
            send=False,
        )
    print()
    print(f"database:           {db}")
    print(f"report index:       {reports / 'index.html'}")
    if files:
        print(f"latest marketing:   {files['marketing.html']}")
        print(f"latest HR review:   {files['hr.html']}")
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    """Score and flag posts from a JSONL file."""
    from analysis.profile import load_profile
    from flows.adhoc import analyze_file

    profile = load_profile(args.profile)
    n_ok, n_bad = analyze_file(args.input, args.output, profile, scorer=args.scorer)
    print(f"analyzed {n_ok} posts, skipped {n_bad} bad lines", file=sys.stderr)
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    """Write recorded sample pages for a fictional company."""
    from analysis.profile import load_profile
    from flows.sample import generate_sample
    from flows.settings import EXAMPLE_PROFILE

    profile = load_profile(args.profile or EXAMPLE_PROFILE)
    stats = generate_sample(
        profile, Path(args.out), start=args.start, days=args.days, posts=args.posts, seed=args.seed
    )
    print(f"wrote {stats.posts} posts over {args.days} days to {args.out}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Measure throughput of each stage and peak memory."""
    from flows.bench import run_bench

    run_bench(posts=args.posts, workers=args.workers, keep=args.keep)
    return 0


def cmd_profile_check(args: argparse.Namespace) -> int:
    """Validate a profile file."""
    from analysis.profile import load_profile

    p = load_profile(args.profile)
    print(f"{args.profile}: ok ({p.name}, {len(p.aliases)} aliases, timezone {p.timezone})")
    return 0


def cmd_sentiment_eval(args: argparse.Namespace) -> int:
    """Evaluate sentiment scorers on labeled CSV files."""
    from flows.evaluate import eval_files

    return eval_files(args.files, scorers=args.scorer)


def cmd_review(args: argparse.Namespace) -> int:
    """List flags for HR review, or record decisions on them."""
    from analysis.profile import load_profile
    from flows.report import day_bounds
    from flows.settings import load_settings
    from flows.store import Store

    settings = load_settings(db=args.db, profile=args.profile)
    if args.review_command == "export":
        from flows.flag_eval import export_reviews

        with Store.open(settings.db, read_only=True) as store:
            n = export_reviews(store, args.out)
        print(f"{n} reviewed posts in {args.out} (raw text: confidential)", file=sys.stderr)
        return 0
    if args.review_command == "list":
        tz = load_profile(settings.profile).tz
        start, _ = day_bounds(args.since, tz)
        _, end = day_bounds(args.until, tz)
        with Store.open(settings.db, read_only=True) as store:
            rows = store.report("review_queue", from_start=start, to_end=end, status=args.status)
        for r in rows:
            print(
                f"{r['flag_id']}\t{r['severity']}\t{r['category']}\t{r['review_status']}\t"
                f"@{r['author_handle'] or '?'}\t{r['evidence']}"
            )
        print(f"{len(rows)} flags", file=sys.stderr)
        return 0
    decision = {"confirm": "confirmed", "dismiss": "dismissed"}[args.review_command]
    with Store.open(settings.db, wait_s=settings.lock_wait_s) as store:
        for flag_id in args.flag_ids:
            try:
                store.review(flag_id, decision, reviewer=args.reviewer, note=args.note)
            except KeyError as exc:
                raise CommandError(exc.args[0]) from exc
            print(f"{flag_id}: {decision}")
        store.publish_snapshot()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the hourly ingest and the morning report on their schedules (one machine)."""
    from analysis.profile import load_profile
    from flows.deploy import serve_all
    from flows.settings import load_settings

    settings = load_settings(profile=args.profile)
    profile = load_profile(settings.profile)
    serve_all(profile, str(settings.profile.resolve()), args.report_hour)
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    """Run the daily flow for every day of a range, oldest first, with progress."""
    from datetime import timedelta

    from rich.progress import Progress

    from flows.daily import daily

    if args.to < args.since:
        raise CommandError(f"--to {args.to} is before --from {args.since}")
    days = [args.since + timedelta(days=i) for i in range((args.to - args.since).days + 1)]
    with Progress(transient=False) as progress:
        bar = progress.add_task("backfill", total=len(days))
        for d in days:
            progress.update(bar, description=f"backfill {d}")
            daily(day=d.isoformat(), send=False, **_daily_kwargs(args))
            progress.advance(bar)
    print(f"backfilled {len(days)} days, {days[0]} to {days[-1]}")
    return 0


def cmd_rescore(args: argparse.Namespace) -> int:
    """Analyze stored mentions again after a scorer or rules change, then rebuild reports."""
    from rich.progress import Progress

    from analysis.flags import RULES_VERSION
    from analysis.profile import load_profile
    from analysis.sentiment import scorer_version
    from flows.daily import rebuild_reports, reported_days
    from flows.limits import writer_slot
    from flows.score import analyze_pending
    from flows.settings import load_settings
    from flows.store import Store

    if args.since and args.to and args.to < args.since:
        raise CommandError(f"--to {args.to} is before --from {args.since}")
    settings = load_settings(db=args.db, profile=args.profile, out=args.out)
    profile = load_profile(settings.profile)
    sv = scorer_version(settings.scorer)
    if not settings.db.exists():
        raise CommandError(f"{settings.db}: no database yet; run `brandrisk run` first")
    with (
        writer_slot(settings.lock_wait_s),
        Store.open(settings.db, wait_s=settings.lock_wait_s) as store,
        Progress(transient=False) as progress,
    ):
        pending = store.report("n_unanalyzed", scorer_version=sv, rules_version=RULES_VERSION)
        bar = progress.add_task(f"analyze ({sv}, {RULES_VERSION})", total=pending[0]["n_mentions"])
        stats = analyze_pending(
            store, profile, scorer=settings.scorer, workers=settings.workers,
            batch_size=settings.batch_size, task_runner=settings.task_runner,
            dask_address=settings.dask_address,
            on_saved=lambda n: progress.advance(bar, n),
        )  # fmt: skip
        days = reported_days(store, args.since, args.to)
        bar = progress.add_task("rebuild reports", total=len(days))
        rebuild_reports(store, settings, profile, days, lambda _d: progress.advance(bar))
        store.publish_snapshot()
    print(
        f"analyzed {stats.n_analyzed} mentions with {sv} and {RULES_VERSION} ({stats.n_flags} "
        f"flags); rebuilt the reports of {len(days)} day(s) in {settings.out}"
    )
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    """Remove posts everywhere and rebuild the reports of the days they were in."""
    from analysis.profile import load_profile
    from flows.daily import rebuild_reports
    from flows.settings import load_settings
    from flows.store import Store

    if not args.ids and not args.author:
        raise CommandError("say what to forget: --id POST_ID (repeatable) or --author HANDLE")
    settings = load_settings(db=args.db, profile=args.profile, out=args.out)
    profile = load_profile(settings.profile)
    with Store.open(settings.db, wait_s=settings.lock_wait_s) as store:
        n, posted = store.forget(args.platform, post_ids=args.ids or (), author=args.author)
        summarized = set(store.iter_days())
        # Only days that already have a report are rebuilt; the others get theirs when run.
        days = sorted({t.astimezone(profile.tz).date() for t in posted} & summarized)
        rebuild_reports(store, settings, profile, days)
        store.publish_snapshot()  # the readers' copy must forget too
    print(f"forgot {n} {args.platform} posts; rebuilt reports for {len(days)} day(s)")
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    """Record raw pages from the live APIs in the replay layout."""
    from datetime import datetime

    from analysis.profile import load_profile
    from flows.record import record
    from flows.settings import load_settings

    settings = load_settings(profile=args.profile)
    profile = load_profile(settings.profile)
    day = args.day or datetime.now(profile.tz).date()
    written = record(settings, profile, Path(args.out), day)
    for platform, n in written.items():
        print(f"{platform}: {n} pages in {Path(args.out) / platform / day.isoformat()}")
    return 0


def cmd_flags_eval(args: argparse.Namespace) -> int:
    """Precision and recall of the flag rules on labeled posts."""
    from flows.flag_eval import main as flag_eval_main

    argv = [str(p) for p in args.sets]
    argv += ["--errors"] if args.errors else []
    argv += ["--check"] if args.check else []
    argv += ["--profile", str(args.profile)] if args.profile else []
    return flag_eval_main(argv)


def cmd_compliance(args: argparse.Namespace) -> int:
    """Remove stored X posts that X no longer serves (deleted, protected)."""
    from datetime import datetime

    from analysis.profile import load_profile
    from flows.clients import make_client
    from flows.compliance import x_compliance
    from flows.settings import load_settings
    from flows.store import Store

    settings = load_settings(db=args.db, profile=args.profile, source="live")
    profile = load_profile(settings.profile)
    client = make_client(settings, "x", datetime.now(profile.tz).date())
    with Store.open(settings.db, wait_s=settings.lock_wait_s) as store:
        gone = x_compliance(store, client, days=args.days)
    print(f"removed {len(gone)} X posts that X no longer serves")
    return 0


def cmd_sentiment_train(args: argparse.Namespace) -> int:
    """Fit a company sentiment model from labeled mentions."""
    from flows.train_sentiment import train_command

    return train_command(args.labeled, args.out, name=args.name, holdout=args.holdout)


# -- parser --------------------------------------------------------------------------------


def _add_daily_options(p: argparse.ArgumentParser) -> None:
    """The options ``run`` and ``backfill`` pass on to the daily flow (see ``_daily_kwargs``)."""
    p.add_argument("--profile", type=Path, help="company profile TOML (BRANDRISK_PROFILE)")
    p.add_argument("--db", type=Path, help="DuckDB file (BRANDRISK_DB)")
    p.add_argument("--out", type=Path, help="report folder (BRANDRISK_OUT)")
    p.add_argument("--source", choices=["live", "replay"], help="BRANDRISK_SOURCE")
    p.add_argument("--replay-dir", type=Path, help="recorded pages (BRANDRISK_REPLAY_DIR)")
    p.add_argument("--no-ingest", action="store_true", help="re-report from stored data only")


def _daily_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    """Flow parameters from ``_add_daily_options``' options (paths as strings)."""
    return {
        "profile": str(args.profile) if args.profile else None,
        "db": str(args.db) if args.db else None,
        "out": str(args.out) if args.out else None,
        "source": args.source,
        "replay_dir": str(args.replay_dir) if args.replay_dir else None,
        "ingest": not args.no_ingest,
    }


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command (also used to check the README covers them)."""
    parser = argparse.ArgumentParser(
        prog="brandrisk",
        description="Watch public social media for a company; report brand risks daily.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = add("run", cmd_run, "run the daily flow (ingest, score, flag, report) for one day")
    p.add_argument("--day", type=_day, help="report day YYYY-MM-DD (default: yesterday)")
    _add_daily_options(p)
    p.add_argument("--no-send", action="store_true", help="write the reports but send nothing")

    p = add("serve", cmd_serve, "serve the hourly ingest and the morning report on schedules")
    p.add_argument("--profile", type=Path, help="company profile TOML (BRANDRISK_PROFILE)")
    p.add_argument(
        "--report-hour", type=int, default=7, help="local hour of the daily report (default 7)"
    )

    p = add("backfill", cmd_backfill, "run the daily flow for each day of a range, with progress")
    p.add_argument("--from", dest="since", type=_day, required=True, help="first day")
    p.add_argument("--to", type=_day, required=True, help="last day (inclusive)")
    _add_daily_options(p)

    p = add(
        "rescore", cmd_rescore,
        "analyze stored mentions again after a scorer or rules change, then rebuild reports",
    )  # fmt: skip
    p.add_argument("--from", dest="since", type=_day, help="first report day to rebuild")
    p.add_argument("--to", type=_day, help="last report day to rebuild (inclusive)")
    p.add_argument("--profile", type=Path, help="company profile TOML (BRANDRISK_PROFILE)")
    p.add_argument("--db", type=Path, help="DuckDB file (BRANDRISK_DB)")
    p.add_argument("--out", type=Path, help="report folder (BRANDRISK_OUT)")

    p = add("demo", cmd_demo, "run the pipeline on the bundled recorded sample, every day")
    p.add_argument("--out", default="demo-output", help="folder for data, DB and reports")
    p.add_argument("--profile", type=Path, help="profile (default: the Harborline example)")
    p.add_argument("--days", type=_positive, default=DEMO_DAYS, help="days of sample data")
    p.add_argument("--posts", type=_positive, default=DEMO_POSTS, help="posts in the sample")

    p = add("analyze", cmd_analyze, "score and flag posts from a JSONL file (id, text, ...)")
    p.add_argument("--profile", type=Path, required=True, help="company profile TOML")
    p.add_argument("input", type=Path, help="JSONL input, one post per line ('-' for stdin)")
    p.add_argument("-o", "--output", type=Path, help="JSONL output (default: stdout)")
    p.add_argument("--scorer", default="default", help="sentiment scorer name")

    p = add("record", cmd_record, "save raw pages from the live APIs in the replay layout")
    p.add_argument("--out", type=Path, required=True, help="root folder of the recording")
    p.add_argument("--day", type=_day, help="folder day (default: today, company timezone)")
    p.add_argument("--profile", type=Path, help="company profile TOML (BRANDRISK_PROFILE)")

    p = add("sample", cmd_sample, "write recorded X/Reddit sample pages for a fictional company")
    p.add_argument("--out", type=Path, required=True, help="folder to write the pages to")
    p.add_argument("--profile", type=Path, help="profile (default: the Harborline example)")
    p.add_argument("--start", type=_day, default=DEMO_START, help="first day")
    p.add_argument("--days", type=_positive, default=DEMO_DAYS, help="number of days")
    p.add_argument("--posts", type=_positive, default=DEMO_POSTS, help="total posts")
    p.add_argument("--seed", type=int, default=7, help="random seed")

    p = add("bench", cmd_bench, "measure ingest/score/flag throughput and peak memory")
    p.add_argument("--posts", type=_positive, default=200_000, help="posts to generate")
    p.add_argument("--workers", type=_positive, default=2, help="analysis processes")
    p.add_argument("--keep", type=Path, help="keep the bench data in this folder")

    p = add("forget", cmd_forget, "remove posts (by id or author) everywhere, reports included")
    p.add_argument("--platform", choices=["x", "reddit"], required=True, help="platform")
    p.add_argument("--id", dest="ids", action="append", metavar="POST_ID", help="post id")
    p.add_argument("--author", help="every post of this author (handle or author id)")
    p.add_argument("--db", type=Path, help="DuckDB file (BRANDRISK_DB)")
    p.add_argument("--profile", type=Path, help="company profile TOML (BRANDRISK_PROFILE)")
    p.add_argument("--out", type=Path, help="report folder to rebuild (BRANDRISK_OUT)")

    p = add("compliance", cmd_compliance, "remove stored X posts that X no longer serves")
    p.add_argument("--days", type=_positive, default=30, help="look back this many days")
    p.add_argument("--db", type=Path, help="DuckDB file (BRANDRISK_DB)")
    p.add_argument("--profile", type=Path, help="company profile TOML (BRANDRISK_PROFILE)")

    p = add("profile", cmd_profile_check, "validate a company profile file")
    p.add_argument("profile", type=Path, help="profile TOML to check")

    p = add("review", cmd_review, "HR review: list flagged posts, confirm or dismiss flags")
    rev = p.add_subparsers(dest="review_command", required=True, metavar="SUBCOMMAND")
    p = rev.add_parser(
        "list",
        help="list flags (masked evidence) with their ids and review status",
        description="List flags for review, most severe first; evidence is masked.",
    )
    p.set_defaults(func=cmd_review)
    p.add_argument("--db", type=Path, help="DuckDB file (BRANDRISK_DB)")
    p.add_argument("--profile", type=Path, help="profile, for its timezone (BRANDRISK_PROFILE)")
    p.add_argument("--since", type=_day, default=date(1970, 1, 1), help="first day (YYYY-MM-DD)")
    p.add_argument("--until", type=_day, default=date(2100, 1, 1), help="last day (YYYY-MM-DD)")
    p.add_argument(
        "--status",
        choices=["unreviewed", "confirmed", "dismissed", "all"],
        default="unreviewed",
        help="which flags (default: unreviewed)",
    )
    verbs = {
        "confirm": "confirm flags as real problems",
        "dismiss": "dismiss flags: that rule never flags that post again",
    }
    for name, verb in verbs.items():
        p = rev.add_parser(name, help=verb, description=verb.capitalize() + ".")
        p.set_defaults(func=cmd_review)
        p.add_argument("flag_ids", nargs="+", metavar="FLAG_ID", help="ids from `review list`")
        p.add_argument("--db", type=Path, help="DuckDB file (BRANDRISK_DB)")
        p.add_argument("--profile", type=Path, help=argparse.SUPPRESS)
        p.add_argument("--reviewer", help="who decided")
        p.add_argument("--note", help="why")
    p = rev.add_parser(
        "export",
        help="write reviewed posts as labeled JSONL for `brandrisk flags eval` (raw text)",
        description="Write every reviewed post as a labeled line `brandrisk flags eval "
        "--profile P` reads: a confirmed flag's category is expected, a dismissed one's is "
        "not. The file holds the posts' raw, unmasked text and authors: it is confidential, "
        "for the company's own evaluation only; never share it or put it in reports.",
    )
    p.set_defaults(func=cmd_review)
    p.add_argument("-o", "--out", type=Path, required=True, help="JSONL file to write")
    p.add_argument("--db", type=Path, help="DuckDB file (BRANDRISK_DB)")
    p.add_argument("--profile", type=Path, help=argparse.SUPPRESS)

    p = add("flags", lambda a: 2, "flag rules: evaluate them on labeled posts")
    fl = p.add_subparsers(dest="flags_command", required=True, metavar="SUBCOMMAND")
    p = fl.add_parser(
        "eval",
        help="per-category precision and recall on labeled sets",
        description="Precision and recall of the leak and HR-policy rules on labeled posts "
        "(JSONL with expected_categories, a profile TOML beside each file).",
    )
    p.set_defaults(func=cmd_flags_eval)
    p.add_argument(
        "sets", nargs="*", type=Path,
        help="labeled set folders or .jsonl files (default: every bundled split)",
    )  # fmt: skip
    p.add_argument("--errors", action="store_true", help="list the posts the rules got wrong")
    p.add_argument(
        "--check", action="store_true", help="exit 1 if a category misses P>=0.90/R>=0.85"
    )
    p.add_argument(
        "--profile",
        type=Path,
        help="profile TOML for every set, e.g. a `review export` file (default: NAME.toml "
        "beside each NAME.jsonl)",
    )

    p = add("sentiment", lambda a: 2, "sentiment scorers: evaluate them on labeled data")
    sent = p.add_subparsers(dest="sentiment_command", required=True, metavar="SUBCOMMAND")
    p = sent.add_parser(
        "eval",
        help="print AvgRec, macro-F1, accuracy, negative P/R per file and scorer",
        description="Evaluate sentiment scorers on labeled CSV files (columns text,label).",
    )
    p.set_defaults(func=cmd_sentiment_eval)
    p.add_argument(
        "files",
        nargs="*",
        type=Path,
        help="CSV files with text,label columns (default: ../shared/data/sentiment/*.csv)",
    )
    p.add_argument("--scorer", action="append", help="scorer to evaluate (repeatable)")
    p = sent.add_parser(
        "train",
        help="fit a company model from your own labeled mentions (text,label CSV)",
        description="Fit a company-specific sentiment model, starting from the shipped one, "
        "from a text,label CSV; score with it as --scorer company:PATH.",
    )
    p.set_defaults(func=cmd_sentiment_train)
    p.add_argument("labeled", type=Path, help="CSV with text,label columns")
    p.add_argument("--out", type=Path, required=True, help="model file to write (.npz)")
    p.add_argument("--name", default="company", help="name in the version string")
    p.add_argument(
        "--holdout", type=float, default=0.0, help="share of rows kept out to report on (0-0.5)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``brandrisk`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    # Our loggers go through Prefect's handlers (console, and the API inside a flow run), so
    # the flow run's log in the UI says what happened; set before Prefect is imported.
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "flows,connectors,analysis")
    # The embedded server must not phone home: many machines running this have no internet.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Our modules also log outside flow runs (analyze, review): that is not a mistake.
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    # Without a server, each run starts a temporary one; Prefect gives it 20 s, which a busy
    # two-core machine can miss (seen with two runs started together).
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    if args.verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "DEBUG")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from pydantic import ValidationError

    from analysis.profile import ProfileError
    from connectors.base import ConnectorError
    from flows.store import StoreLocked

    try:
        return int(args.func(args))
    except ValidationError as exc:  # settings from env/.env
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        msg = f"setting BRANDRISK_{where.upper()}: {err['msg']}"
        print(f"brandrisk: error: {msg}", file=sys.stderr)
        return 1
    except (CommandError, ProfileError, ConnectorError, StoreLocked, FileNotFoundError) as exc:
        print(f"brandrisk: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("brandrisk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
