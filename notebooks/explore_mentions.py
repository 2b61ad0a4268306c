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
# # Explore mentions
#
# Volume, sentiment by platform and day, top authors, the words people use, and a close look
# at one day.
#
# The data comes from the **read-only snapshot** the flows publish after every run
# (`brandrisk.snapshot.duckdb` beside `brandrisk.duckdb`), never from the file a flow is
# writing: this notebook cannot get in a flow's way, and a running flow cannot stop it. Re-run
# it to see the latest snapshot. Days are report days in the company's timezone, as in the
# daily reports; posts about the other company with the same name (`is_excluded`) are left
# out of every count.
#
# Post text is raw in the database and may hold personal data: anything shown here goes
# through `nb.mask` (`analysis.masking.mask_text`) first.

# %%
from datetime import timedelta

import _brandrisk_nb as nb
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

pd.set_option("display.max_colwidth", 120)
pd.set_option("display.width", 160)

# %% tags=["parameters"]
DB = ""  # the flows' DuckDB file; "" = $BRANDRISK_DB, else demo-output/brandrisk.duckdb
DAY = ""  # the day to look at, YYYY-MM-DD (company timezone); "" = the latest day with data
DAYS_BACK = 28  # how many days of history the trend charts show, ending at DAY
TOP_N = 15  # rows in the top-N tables and charts

# %%
con = nb.open_snapshot(DB or None)
info = nb.describe(con)
day = nb.pick_day(con, DAY)
first_day = day - timedelta(days=DAYS_BACK - 1)
print(f"snapshot       {info['snapshot']}")
print(f"published at   {info['published_at']}  (last run finished {info['last_run_finished_at']})")
print(f"mentions       {info['n_mentions']:,} from {info['first_day']} to {info['last_day']}")
print(f"timezone       {info['timezone']}")
print(f"looking at     {day}, history from {first_day}")

# %% [markdown]
# ## The data model
#
# `v_analyst_mentions` has one row per mention; `v_analyst_daily` one row per day and
# platform. Every column is documented in the database itself:

# %%
display(nb.data_dictionary(con, "v_analyst_mentions"))

# %% [markdown]
# ## Volume by day and platform

# %%
daily = nb.report(con, "analyst_daily", from_day=first_day, to_day=day)
volume = daily.pivot_table(
    index="local_day", columns="platform", values="n_mentions", aggfunc="sum", fill_value=0
)
volume = volume.reindex(pd.date_range(first_day, day), fill_value=0)  # days with none: 0
fig, ax = plt.subplots(figsize=(11, 3.5))
volume.rename(index=lambda d: d.strftime("%m-%d")).plot.bar(stacked=True, ax=ax, width=0.85)
ax.set_title(f"Mentions per day, {first_day} to {day}")
ax.set_xlabel("")
ax.set_ylabel("mentions")
plt.show()
display(volume.assign(total=volume.sum(axis=1)).tail(7))

# %% [markdown]
# ## Sentiment by platform and day
#
# Net sentiment is (positive - negative) / mentions, as the daily report computes it: +1 when
# everyone is happy, -1 when everyone complains.

# %%
net = daily.pivot_table(index="local_day", columns="platform", values="net_sentiment")
totals = daily.groupby("local_day")[["n_mentions", "n_positive", "n_negative"]].sum()
net["all"] = (totals["n_positive"] - totals["n_negative"]) / totals["n_mentions"]

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 3.5))
net.plot(ax=ax1, marker=".")
ax1.axhline(0, color="grey", linewidth=0.8)
ax1.set_title("Net sentiment per day")
ax1.set_xlabel("")
mix = daily.groupby("platform")[["n_negative", "n_neutral", "n_positive"]].sum()
share = mix.div(mix.sum(axis=1), axis=0)
share.plot.barh(stacked=True, ax=ax2, color=["#c0392b", "#95a5a6", "#27ae60"])
ax2.set_title(f"Sentiment mix by platform, {DAYS_BACK} days")
ax2.set_xlabel("share of mentions")
ax2.legend(["negative", "neutral", "positive"], loc="lower right", fontsize="small")
plt.tight_layout()
plt.show()
display(share.round(3))

# %% [markdown]
# ## Top authors
#
# Who posts about the company most often over the period, and how negative they are.

# %%
authors = nb.report(con, "analyst_top_authors", from_day=first_day, to_day=day, limit=TOP_N)
if authors.empty:
    print("no authors in this period")
else:
    labels = authors["platform"] + ":" + authors["author_handle"].fillna("?")
    fig, ax = plt.subplots(figsize=(8, 0.3 * len(authors) + 1))
    ax.barh(labels[::-1], authors["n_mentions"][::-1], label="all")
    ax.barh(labels[::-1], authors["n_negative"][::-1], color="#c0392b", label="negative")
    ax.set_title("Most active authors")
    ax.set_xlabel("mentions")
    ax.legend(fontsize="small")
    plt.show()
display(authors)

# %% [markdown]
# ## Terms
#
# The words people use, counted once per post. Only words at least three different authors
# used are listed, so nobody's name, handle or number shows up here; the company's own name
# naturally tops the list. The second chart shows the words most tied to negative posts.

# %%
terms = nb.report(con, "analyst_terms", from_day=first_day, to_day=day, min_authors=3, limit=200)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(12, 0.3 * TOP_N + 1))
top = terms.head(TOP_N)
ax1.barh(top["term"][::-1], top["n_posts"][::-1])
ax1.set_title("Most used words")
ax1.set_xlabel("posts")
negative = (
    terms[terms["n_posts"] >= 5]
    .sort_values(["negative_share", "n_posts"], ascending=False)
    .head(TOP_N)
)
ax2.barh(negative["term"][::-1], negative["negative_share"][::-1], color="#c0392b")
ax2.set_title("Words of negative posts (in 5+ posts)")
ax2.set_xlabel("share of posts that are negative")
plt.tight_layout()
plt.show()
display(negative)

# %% [markdown]
# ## A look at the day
#
# Hour by hour (company timezone), the day against the average of the period, and its posts
# with the widest reach (text masked).

# %%
posts = nb.report(con, "analyst_day_mentions", day=day, limit=None)
hourly = (
    posts.pivot_table(
        index="local_hour",
        columns="sentiment_label",
        values="post_id",
        aggfunc="count",
        fill_value=0,
    )
    .reindex(range(24), fill_value=0)
    .reindex(columns=["negative", "neutral", "positive"], fill_value=0)
)
fig, ax = plt.subplots(figsize=(11, 3))
hourly.plot.bar(stacked=True, ax=ax, color=["#c0392b", "#95a5a6", "#27ae60"], width=0.85)
ax.set_title(f"{day}: mentions per hour ({info['timezone']})")
ax.set_xlabel("hour")
plt.show()

per_day = volume.sum(axis=1)
summary = pd.DataFrame(
    {
        day.isoformat(): [
            len(posts),
            int((posts["sentiment_label"] == "negative").sum()),
            int((posts["n_flag_rules"] > 0).sum()),
        ],
        f"average per day, {DAYS_BACK} days": [
            per_day.mean(),
            daily["n_negative"].sum() / len(per_day),
            daily["n_flagged_mentions"].sum() / len(per_day),
        ],
    },
    index=["mentions", "negative", "flagged"],
)
display(summary.round(1))

# %%
columns = ["created_at", "platform", "author_handle", "reach", "sentiment_label", "max_severity"]
widest = posts.head(TOP_N)[[*columns, "text"]].copy()
widest["text"] = nb.mask(widest["text"])
display(widest)

# %%
con.close()
