"""The analyst's SQL layer (003_analyst_views.sql, sql/reports/analyst_*.sql) on flows data."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import duckdb
import pytest

from flows.store import Store, sql_dir
from tests.notebooks.support import FlowsDb, helper

VIEWS = ("v_analyst_mentions", "v_analyst_daily")
REPORTS = sorted((sql_dir() / "reports").glob("analyst_*.sql"))


@pytest.fixture
def con(flows_db: FlowsDb):  # type: ignore[no-untyped-def]
    c = duckdb.connect(str(flows_db.path), read_only=True)
    yield c
    c.close()


def one(con: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> object:
    return con.execute(sql, params).fetchone()[0]  # type: ignore[index]


def test_one_row_per_mention(con: duckdb.DuckDBPyConnection) -> None:
    n = one(con, "select count(*) from mentions")
    assert n > 500
    assert one(con, "select count(*) from v_analyst_mentions") == n
    assert one(con, "select count(distinct (platform, post_id)) from v_analyst_mentions") == n


@pytest.mark.parametrize("view", VIEWS)
def test_every_column_is_typed_and_documented(con: duckdb.DuckDBPyConnection, view: str) -> None:
    cols = con.execute(
        "select column_name, data_type, comment from duckdb_columns() where table_name = ?",
        [view],
    ).fetchall()
    assert cols
    undocumented = [c for c, _t, comment in cols if not comment]
    assert not undocumented
    assert all(t and t != "NULL" for _c, t, _ in cols)
    assert one(con, "select comment from duckdb_views() where view_name = ?", [view])


def test_flags_aggregate_to_the_current_flags(con: duckdb.DuckDBPyConnection) -> None:
    expected = one(
        con,
        "select count(distinct (f.platform, f.post_id, f.rule)) from flags f join analyzed a"
        " on f.platform = a.platform and f.post_id = a.post_id"
        " and f.rules_version = a.rules_version",
    )
    assert expected > 0
    assert one(con, "select sum(n_flag_rules) from v_analyst_mentions") == expected
    assert (
        one(con, "select count(*) from v_analyst_mentions where is_flagged <> (n_flag_rules > 0)")
        == 0
    )
    # every flagged mention of the sample's leaks is there, with its worst severity
    assert (
        one(
            con,
            "select count(*) from v_analyst_mentions"
            " where list_contains(flag_categories, 'personal_data') and max_severity = 'critical'",
        )
        >= 1
    )


def test_daily_view_matches_the_daily_reports(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select d.day, d.n_mentions, d.net_sentiment, sum(a.n_mentions), "
        " (sum(a.n_positive) - sum(a.n_negative)) / sum(a.n_mentions)"
        " from daily_summary d join v_analyst_daily a on a.local_day = d.day group by all"
    ).fetchall()
    assert len(rows) == one(con, "select count(*) from daily_summary") > 0
    for day, n_report, net_report, n_view, net_view in rows:
        assert n_view == n_report, day
        assert net_view == pytest.approx(net_report), day
    total = one(con, "select sum(n_mentions + n_excluded) from v_analyst_daily")
    assert total == one(con, "select count(*) from mentions")


def test_local_day_is_the_company_day(con: duckdb.DuckDBPyConnection, flows_db: FlowsDb) -> None:
    assert one(con, "select distinct timezone from v_analyst_mentions") == "America/New_York"
    days = [
        r[0]
        for r in con.execute(
            "select distinct local_day from v_analyst_mentions order by 1"
        ).fetchall()
    ]
    assert days == flows_db.days


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem)
def test_report_files_state_grain_and_parameters_and_run(
    report: Path, con: duckdb.DuckDBPyConnection, flows_db: FlowsDb
) -> None:
    text = report.read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("--"))
    assert "grain:" in header and "parameters:" in header
    last = flows_db.days[-1]
    params = {
        "day": last,
        "from_day": last - timedelta(days=6),
        "to_day": last,
        "limit": 20,
        "min_authors": 3,
    }
    used = {k: v for k, v in params.items() if f"${k}" in text}
    df = helper().report(con, report.stem, **used)
    assert len(df) > 0


def test_terms_never_list_a_word_of_one_or_two_authors(
    con: duckdb.DuckDBPyConnection, flows_db: FlowsDb
) -> None:
    terms = helper().report(
        con,
        "analyst_terms",
        from_day=flows_db.days[0],
        to_day=flows_db.days[-1],
        min_authors=3,
        limit=None,
    )
    assert len(terms) > 0
    assert (terms["n_authors"] >= 3).all()


def test_views_apply_before_or_after_later_migrations(tmp_path: Path) -> None:
    # A new database applies 003 before 004; one made before 003 existed applies it after.
    db = tmp_path / "b.duckdb"
    with Store.open(db) as store:
        names = [r["name"] for r in store.rows("select name from schema_migrations order by name")]
        assert "003_analyst_views.sql" in names
        store.con.execute("drop view v_analyst_daily; drop view v_analyst_mentions")
        store.con.execute("delete from schema_migrations where name = '003_analyst_views.sql'")
        assert store.migrate() == ["003_analyst_views.sql"]
        assert store.rows("select count(*) as n from v_analyst_daily")[0]["n"] == 0
