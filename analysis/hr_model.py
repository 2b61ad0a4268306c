"""A learned second opinion for the HR rules: "disparaging about work" and "job search".

Only for posts whose author works at the company (``analysis.employees``), which are rare, so
its cost does not matter for throughput. Two logistic regressions share one feature vector:

* hashed word uni/bigrams and character 3- to 5-grams of the post with the company's names
  blanked (``analysis.sentiment_features.featurize``, the sentiment model's hashing, with its
  lexicon dense block);
* ``DENSE_NAMES``: what the rules see (workplace topics, stances, sarcasm, job-search
  phrases, counted) and the post's sentiment score. Whether a rule fired is left out on
  purpose: on the sets the rules were tuned on it predicts the label perfectly, and a model
  given it learns to copy the rules instead of reading the post.

``flows.train_hr`` trains it on the labeled flag sets and measures it with leave-one-company-
out cross-validation; the weights ship in ``analysis/models/hr.npz`` (nothing is downloaded).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from analysis import hr
from analysis import hr_lexicon as H
from analysis import job_lexicon as J
from analysis import policy as P
from analysis import work_lexicon as W
from analysis.hr import Finding
from analysis.sentiment_features import (
    FeatureConfig,
    Features,
    Lexicon,
    featurize,
    n_dense,
    normalize,
)
from analysis.sentiment_model import linear_logits

MODEL_PATH = Path(__file__).resolve().parent / "models" / "hr.npz"
CATEGORIES = ("employee_disparagement", "job_hunting")
CONFIG = FeatureConfig(dims=2**16, char_min=3, char_max=5, word_bigrams=True)
DENSE_NAMES = (
    "topics",
    "topic_core",
    "stances",
    "strong_stances",
    "sarcasm",
    "positive",
    "disparaging_phrase",
    "job_strong",
    "job_soft",
    "we_are_hiring",
    "sentiment",
    "scare_quotes",
)


@dataclass(frozen=True, slots=True)
class HrPost:
    """What the model reads of one post: the lowercased text, names blanked, and its mood."""

    low: str
    work: str
    sentiment: float


# A short phrase in quotes ("'people first'", "the 'Innovation Lounge'"): in an employee's
# post, mostly the company's own words held up for irony.
_SCARE_QUOTES = re.compile(r"(?:^|[\s(])['‘\"“][^'’\"”\n]{2,40}['’\"”](?=[\s.,!?:;)]|$)")


def dense_features(post: HrPost) -> list[float]:
    """The rule-derived features of one post, in ``DENSE_NAMES`` order."""
    low, work = post.low, post.work

    def count(pattern: re.Pattern[str], text: str) -> float:
        return float(np.log1p(len(pattern.findall(text))))

    return [
        count(W.TOPIC, work),
        count(W.TOPIC_CORE, work),
        count(W.STANCE, low),
        count(W.STANCE_STRONG, low),
        count(W.SARCASM, low),
        count(W.POSITIVE, low),
        count(H.DISPARAGE, low),
        count(J.JOB_HUNT_STRONG, low),
        count(J.JOB_HUNT_SOFT, low),
        count(J.WE_ARE_HIRING, low),
        post.sentiment,
        count(_SCARE_QUOTES, low),
    ]


_EMPTY_LEXICON = Lexicon(np.zeros(0, np.uint64), np.zeros(0, np.float32))


def features(posts: list[HrPost], lexicon: Lexicon = _EMPTY_LEXICON) -> Features:
    """Hashed n-grams of the blanked posts, with the rule features appended to the dense block."""
    feats = featurize([normalize(p.work) for p in posts], CONFIG, lexicon)
    extra = np.array([dense_features(p) for p in posts], np.float32).reshape(len(posts), -1)
    return Features(feats.n, feats.rows, feats.cols, feats.vals, np.hstack([feats.dense, extra]))


@dataclass(frozen=True, eq=False)
class HrModel:
    """Two logistic regressions over ``features``, with a decision threshold each."""

    weights: np.ndarray  # (dims, 2)
    dense_weights: np.ndarray  # (n_dense, 2)
    bias: np.ndarray  # (2,)
    thresholds: np.ndarray  # (2,) probabilities
    meta: dict[str, object]

    def probabilities(self, feats: Features) -> np.ndarray:
        """``(n, 2)`` probabilities of disparagement and job search."""
        z = linear_logits(feats, self.weights, self.dense_weights, self.bias)
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def decide(self, post: HrPost) -> tuple[bool, bool]:
        """Whether the post disparages the employer, and whether it signals a job search."""
        p = self.probabilities(features([post]))[0]
        return bool(p[0] >= self.thresholds[0]), bool(p[1] >= self.thresholds[1])


def save_model(model: HrModel, path: Path = MODEL_PATH) -> None:
    """Write the weights (float16 sparse block) and the metadata to ``path``."""
    np.savez_compressed(
        path,
        weights=model.weights.astype(np.float16),
        dense_weights=model.dense_weights.astype(np.float32),
        bias=model.bias.astype(np.float32),
        thresholds=model.thresholds.astype(np.float32),
        meta=np.array(json.dumps(model.meta)),
    )


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL_PATH) -> HrModel | None:
    """The shipped model, or None when there is none (the rules then decide alone)."""
    if not path.is_file():
        return None
    with np.load(path) as z:
        model = HrModel(
            weights=z["weights"].astype(np.float32),
            dense_weights=z["dense_weights"],
            bias=z["bias"],
            thresholds=z["thresholds"],
            meta=json.loads(str(z["meta"])),
        )
    expected = n_dense(CONFIG) + len(DENSE_NAMES)
    if model.dense_weights.shape[0] != expected or model.weights.shape[0] != CONFIG.dims:
        raise ValueError(
            f"{path} was trained for other features ({model.weights.shape[0]} hashed and "
            f"{model.dense_weights.shape[0]} dense, this code computes {CONFIG.dims} and "
            f"{expected}); retrain it: python -m flows.train_hr fit"
        )
    return model


PRAISE = 0.5
"""A post scoring this positive is praise, whatever the model reads in its words."""


def asked(low: str, work: str, sentiment: float) -> tuple[bool, bool]:
    """Whether the model may add a disparagement, and a job search, the rules did not find.

    Neither when the rules drop the post for its wording (``hr.disowned``: someone else's
    words, a rejection, a negated stance). Not a disparagement when the post praises
    (``work_lexicon.POSITIVE`` or a clearly positive score); a job search may be happy
    ("final round tomorrow, wish me luck!"), but not one about hiring, the press, a flat or
    someone else's search (``job_lexicon.WE_ARE_HIRING``, ``NOT_A_SEARCH``), nor one whose
    search words the rules read as negated or reported (``hr.job_disowned``): the model
    cannot tell those from the author's own.
    """
    if hr.disowned(low, work):
        return False, False
    praise = sentiment >= PRAISE or W.POSITIVE.search(low) is not None
    others = J.WE_ARE_HIRING.search(low) or J.NOT_A_SEARCH.search(low) or hr.job_disowned(low)
    return not praise, not others


def second_opinion(
    low: str, work: str, sentiment: float, disparaging: Finding | None, job: Finding | None
) -> tuple[Finding | None, Finding | None]:
    """The rules' findings, with the model's added where the rules found nothing.

    Only for a post whose author works at the company, and only where ``asked`` allows. A
    model finding covers the whole post
    (there is no span to point at) and is low severity: a reviewer should read it all.
    """
    model = load_model()
    ask_disparaging, ask_job = asked(low, work, sentiment)
    if model is None or not (ask_disparaging or ask_job):
        return disparaging, job
    is_disparaging, is_job = model.decide(HrPost(low, work, sentiment))
    if disparaging is None and is_disparaging and ask_disparaging:
        disparaging = Finding(
            P.EMPLOYEE_DISPARAGEMENT, P.LOW, "hr.model_disparagement", 0, len(low)
        )
    if job is None and is_job and ask_job:
        job = Finding(P.JOB_HUNTING_CATEGORY, P.LOW, "hr.model_job_search", 0, len(low))
    return disparaging, job
