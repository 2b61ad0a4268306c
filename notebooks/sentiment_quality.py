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
# # Sentiment quality
#
# How far can the sentiment labels in the reports be trusted? The scorers run here on posts
# that people labeled (`negative`, `neutral`, `positive`), and the measures are those of
# SemEval-2017 task 4A: **AvgRec** (mean recall of the three classes; the best system of 2017
# reached 0.681), macro-F1, and precision and recall of the negative class, the one a
# brand-risk report lives on.
#
# Labeled data: the team's sets in `../shared/data/sentiment/` when they are there (SemEval
# is left out: the default scorer was trained on it; do not judge VADER by `vader_tweets`,
# it was built on it), otherwise the 50 hand-labeled posts in `notebooks/data/`. Then the
# stored scores: how the scorer in production labels our own mentions, and how often
# another scorer would disagree.

# %%
import os
import random
from pathlib import Path

import _brandrisk_nb as nb
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import display

from analysis.flags import neutral_terms
from analysis.metrics import LABELS, evaluate
from analysis.profile import load_profile
from analysis.sentiment import score_texts, scorer_version
from flows.evaluate import SHARED_SENTIMENT, read_labeled
from flows.settings import EXAMPLE_PROFILE

pd.set_option("display.max_colwidth", 140)
pd.set_option("display.width", 160)
BUNDLED = nb.REPO / "notebooks" / "data" / "labeled_sample.csv"
TRAINING_SETS = {"semeval_2013_2016"}  # what the default scorer learned from

# %% tags=["parameters"]
DB = ""  # the flows' DuckDB file; "" = $BRANDRISK_DB, else demo-output/brandrisk.duckdb
DAY = ""  # not used for the labeled data; the stored scores are read up to this day
LABELED = ""  # a CSV file or folder of text,label CSVs; "" = shared sets, else the bundled one
SCORERS = ["default", "vader", "textblob"]  # scorers to compare
MAX_ROWS_PER_FILE = 2000  # a fixed random sample per file keeps this quick; 0 = all rows
PROFILE = ""  # company profile TOML the flows use; "" = $BRANDRISK_PROFILE, else the example
SAMPLE_MENTIONS = 500  # stored mentions re-scored by every scorer
SEED = 7

# %% [markdown]
# ## The labeled data


# %%
def labeled_files(where: str) -> list[Path]:
    """The CSV files to evaluate on."""
    if where:
        path = Path(where)
        return sorted(path.glob("*.csv")) if path.is_dir() else [path]
    if SHARED_SENTIMENT.is_dir():
        return [p for p in sorted(SHARED_SENTIMENT.glob("*.csv")) if p.stem not in TRAINING_SETS]
    return [BUNDLED]


def load(path: Path) -> pd.DataFrame:
    """One labeled file (read as `brandrisk sentiment eval` reads it), sampled."""
    texts, labels = read_labeled(path)
    rows = list(zip(texts, labels, strict=True))
    if MAX_ROWS_PER_FILE and len(rows) > MAX_ROWS_PER_FILE:
        # a fixed sample, not a secret: the standard generator is the right tool
        rows = random.Random(SEED).sample(rows, MAX_ROWS_PER_FILE)  # noqa: S311
    return pd.DataFrame(rows, columns=["text", "label"]).assign(data_set=path.stem)


files = labeled_files(LABELED)
labeled = pd.concat([load(p) for p in files], ignore_index=True)
print("labeled data from", files[0].parent)
display(pd.crosstab(labeled["data_set"], labeled["label"], margins=True, margins_name="all"))

# %% [markdown]
# ## Scores per data set and scorer

# %%
available, predictions = [], {}
for name in SCORERS:
    try:
        result = score_texts(labeled["text"].tolist(), scorer=name)
    except ValueError as exc:  # e.g. a model file that is not there
        print(f"scorer {name!r} is not available here: {exc}")
        continue
    available.append(name)
    predictions[name] = result
    labeled[f"label_{name}"] = [s.label for s in result]
    labeled[f"score_{name}"] = [s.score for s in result]
if not available:
    raise RuntimeError(f"none of the scorers {SCORERS} could run")

rows = []
for (data_set, name), group in (
    labeled.melt(
        id_vars=["data_set", "label"],
        value_vars=[f"label_{n}" for n in available],
        var_name="scorer",
        value_name="predicted",
    )
    .assign(scorer=lambda d: d["scorer"].str.removeprefix("label_"))
    .groupby(["data_set", "scorer"], sort=False)
):
    r = evaluate(group["label"].tolist(), group["predicted"].tolist())
    rows.append(
        {
            "data_set": data_set,
            "scorer": name,
            "n": r.n,
            "avg_recall": r.avg_recall,
            "macro_f1": r.macro_f1,
            "accuracy": r.accuracy,
            "neg_precision": r.neg_precision,
            "neg_recall": r.neg_recall,
            "note": "built on this set" if (data_set, name) == ("vader_tweets", "vader") else "",
        }
    )
scores = pd.DataFrame(rows)
display(scores.round(3))

fig, axes = plt.subplots(1, 2, figsize=(12, 3.5), sharey=True)
for ax, measure in zip(axes, ["avg_recall", "neg_recall"], strict=True):
    scores.pivot(index="data_set", columns="scorer", values=measure).plot.bar(ax=ax, rot=20)
    ax.set_title(measure)
    ax.set_xlabel("")
    ax.set_ylim(0, 1.15)
    ax.legend(fontsize="x-small", ncols=len(available), loc="upper left")
axes[0].axhline(0.681, color="grey", linestyle="--", linewidth=0.8)  # SemEval-2017 best AvgRec
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Where each scorer goes wrong
#
# Confusion matrices over all the labeled data (rows: what people said; columns: what the
# scorer said). A brand-risk report suffers most from the bottom-left and top-right corners:
# praise read as a complaint, or a complaint missed.

# %%
fig, axes = plt.subplots(1, len(available), figsize=(4 * len(available), 3.6), squeeze=False)
for ax, name in zip(axes[0], available, strict=True):
    r = evaluate(labeled["label"].tolist(), labeled[f"label_{name}"].tolist())
    matrix = np.array(r.confusion)
    ax.imshow(matrix, cmap="Blues")
    for i in range(3):
        for j in range(3):
            ax.text(j, i, str(matrix[i, j]), ha="center", va="center")
    ax.set_xticks(range(3), LABELS, rotation=30)
    ax.set_yticks(range(3), LABELS)
    ax.set_title(f"{name} (AvgRec {r.avg_recall:.3f})")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Where the scores fall
#
# Each scorer's score by what people said: the closer the three humps sit to their own side
# of the thresholds, the safer the labels.

# %%
fig, axes = plt.subplots(1, len(available), figsize=(4 * len(available), 3), squeeze=False)
for ax, name in zip(axes[0], available, strict=True):
    for label, color in zip(LABELS, ["#c0392b", "#95a5a6", "#27ae60"], strict=True):
        values = labeled.loc[labeled["label"] == label, f"score_{name}"]
        ax.hist(values, bins=30, range=(-1, 1), alpha=0.5, color=color, label=label)
    ax.set_title(name)
    ax.set_xlabel("score")
axes[0][0].legend(fontsize="small")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## The worst mistakes of the first scorer
#
# Posts people called positive that it scored most negative, and complaints it scored most
# positive (text masked).

# %%
first = available[0]
praise_as_complaint = labeled[
    (labeled["label"] == "positive") & (labeled[f"label_{first}"] == "negative")
].nsmallest(8, f"score_{first}")
missed_complaints = labeled[
    (labeled["label"] == "negative") & (labeled[f"label_{first}"] == "positive")
].nlargest(8, f"score_{first}")
for title, frame in [
    ("positive, scored negative", praise_as_complaint),
    ("negative, scored positive", missed_complaints),
]:
    shown = frame[["data_set", f"score_{first}", "text"]].copy()
    shown["text"] = nb.mask(shown["text"])
    print(f"{title}: {len(frame)} shown")
    display(shown)

# %% [markdown]
# ## Our own mentions
#
# How the scorer in production labeled the stored mentions, by platform; then a sample of
# them re-scored by every scorer here: how often would the report's label change?

# %%
con = nb.open_snapshot(DB or None)
day = nb.pick_day(con, DAY)
stored = nb.query(
    con,
    "select platform, scorer_version, sentiment_label, count(*) as n"
    " from v_analyst_mentions where not is_excluded and local_day <= $day"
    " and sentiment_label is not null group by all order by all",
    day=day,
)
display(
    stored.pivot_table(
        index=["scorer_version", "platform"],
        columns="sentiment_label",
        values="n",
        aggfunc="sum",
        fill_value=0,
    )
)

sample = nb.query(
    con,
    "select text, sentiment_label, scorer_version from v_analyst_mentions"
    " where not is_excluded and local_day <= $day and sentiment_label is not null"
    " order by hash(platform, post_id, $seed) limit $n",  # a fixed pseudo-random sample
    day=day,
    n=SAMPLE_MENTIONS,
    seed=SEED,
)
# Score as the flows do: the company's own names count as neutral words.
profile = load_profile(PROFILE or os.environ.get("BRANDRISK_PROFILE") or EXAMPLE_PROFILE)
names = neutral_terms(profile)
in_production = {scorer_version(n): n for n in available}
print("scorer versions in the snapshot:", ", ".join(sorted(stored["scorer_version"].unique())))
agreement = {}
for name in available:
    rescored = score_texts(sample["text"].tolist(), scorer=name, neutral_terms=names)
    relabeled = [s.label for s in rescored]
    agreement[name] = (sample["sentiment_label"] == relabeled).mean()
display(
    pd.DataFrame(
        {
            "same label as stored": agreement,
            "is the stored scorer": {
                n: any(in_production.get(v) == n for v in sample["scorer_version"].unique())
                for n in available
            },
        }
    ).round(3)
)
con.close()
