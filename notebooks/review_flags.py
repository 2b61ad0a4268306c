# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Review flagged posts
#
# What the leak and HR-policy rules flagged over a week: by category and severity, day by
# day, which rules fire, who is flagged again and again, and the queue itself with the
# evidence and the post **masked** (card numbers, keys, emails, phone numbers and the like are
# never shown in full: the notebook must not re-leak what the product found).
#
# Flags are the current ones: those of the rules version that last analyzed each post. Where
# the database has HR review decisions, each flag shows its `review_status`. The data comes
# from the read-only snapshot the flows publish after every run; re-run to refresh.

# %%
from datetime import timedelta

import _brandrisk_nb as nb
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

pd.set_option("display.max_colwidth", 160)
pd.set_option("display.width", 160)
SEVERITIES = ["critical", "high", "medium", "low"]
COLORS = {"critical": "#7b241c", "high": "#c0392b", "medium": "#e67e22", "low": "#f4d03f"}

# %% tags=["parameters"]
DB = ""  # the flows' DuckDB file; "" = $BRANDRISK_DB, else demo-output/brandrisk.duckdb
DAY = ""  # last day of the review window, YYYY-MM-DD (company timezone); "" = latest day
DAYS_BACK = 7  # length of the review window in days, ending at DAY
MAX_ROWS = 50  # rows of the review queue to show

# %%
con = nb.open_snapshot(DB or None)
info = nb.describe(con)
day = nb.pick_day(con, DAY)
first_day = day - timedelta(days=DAYS_BACK - 1)
flags = nb.report(con, "analyst_flags", from_day=first_day, to_day=day)
has_reviews = "review_status" in flags.columns
print(f"snapshot published {info['published_at']}, timezone {info['timezone']}")
print(f"{len(flags)} flags on {flags['post_id'].nunique()} posts, {first_day} to {day}")
if not has_reviews:
    print("this database has no review decisions yet (no review_status on v_flags)")

# %% [markdown]
# ## By category and severity

# %%
if flags.empty:
    print("nothing flagged in this window")
else:
    table = pd.crosstab(flags["category"], flags["severity"]).reindex(
        columns=SEVERITIES, fill_value=0
    )
    fig, ax = plt.subplots(figsize=(8, 0.4 * len(table) + 1.2))
    table.plot.barh(stacked=True, ax=ax, color=[COLORS[s] for s in table.columns])
    ax.set_title(f"Flags by category and severity, {first_day} to {day}")
    ax.set_xlabel("flags")
    ax.set_ylabel("")
    plt.show()
    display(table.assign(total=table.sum(axis=1)).sort_values("total", ascending=False))

# %% [markdown]
# ## Day by day

# %%
if not flags.empty:
    per_day = (
        pd.crosstab(flags["local_day"], flags["category"])
        .reindex(pd.date_range(first_day, day), fill_value=0)
        .rename(index=lambda d: d.strftime("%m-%d"))
    )
    fig, ax = plt.subplots(figsize=(10, 3.2))
    per_day.plot.bar(stacked=True, ax=ax, width=0.8)
    ax.set_title("Flags per day by category")
    ax.set_xlabel("")
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1, 1))
    plt.show()

# %% [markdown]
# ## Review status
#
# `unreviewed` flags wait for HR; `dismissed` ones are left out of the reports.

# %%
if has_reviews and not flags.empty:
    status = pd.crosstab(flags["review_status"], flags["severity"]).reindex(
        columns=SEVERITIES, fill_value=0
    )
    display(status.assign(total=status.sum(axis=1)))
else:
    print("no review status to show")

# %% [markdown]
# ## Rules that fired

# %%
rules = (
    flags.groupby(["category", "rule", "policy"])
    .agg(
        n_flags=("post_id", "size"),
        n_posts=("post_id", "nunique"),
        worst=("severity_rank", "max"),
        negative_posts=("sentiment_label", lambda s: int((s == "negative").sum())),
    )
    .sort_values(["worst", "n_flags"], ascending=False)
    .reset_index()
)
rules["worst"] = rules["worst"].map({4: "critical", 3: "high", 2: "medium", 1: "low"})
display(rules)

# %% [markdown]
# ## Authors flagged more than once
#
# Repeat offences matter more than one-off slips; this is also where a bot or a disgruntled
# insider shows up.

# %%
repeat = (
    flags.groupby(["platform", "author_handle"])
    .agg(
        n_posts=("post_id", "nunique"),
        categories=("category", lambda s: ", ".join(sorted(set(s)))),
        worst=("severity_rank", "max"),
        last_at=("created_at", "max"),
    )
    .query("n_posts > 1")
    .sort_values(["n_posts", "worst"], ascending=False)
    .reset_index()
)
if repeat.empty:
    print("no author was flagged on more than one post")
else:
    display(repeat)

# %% [markdown]
# ## The queue
#
# Worst first. `evidence` is the span that fired, masked when it was stored; `post` is the
# whole post, masked here (and cut to 280 characters).

# %%
texts = nb.query(
    con,
    "select platform, post_id, text from v_analyst_mentions"
    " where local_day between $from_day and $to_day and is_flagged",
    from_day=first_day,
    to_day=day,
)
queue = flags.head(MAX_ROWS).merge(texts, on=["platform", "post_id"], how="left")
queue["evidence"] = nb.mask(queue["evidence"])
queue["post"] = [t[:280] for t in nb.mask(queue["text"])]
columns = ["severity", "category", "rule", "evidence", "post", "author_handle", "created_at"]
columns += ["review_status"] if has_reviews else []
columns += ["url"]
display(queue[columns])

# %%
con.close()
