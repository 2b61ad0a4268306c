from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from analysis.sentiment import SCORER_VERSION, score_texts, scorer_version
from analysis.sentiment_features import (
    FeatureConfig,
    Lexicon,
    emoji_signs,
    featurize,
    n_dense,
    normalize,
    word_hashes,
)
from analysis.sentiment_model import (
    DEFAULT_MODEL_PATH,
    LinearModel,
    ModelFileError,
    load_model,
    model_version,
    save_model,
)

# Hand-written posts in the style the product sees: brand mentions on X and Reddit.
HAND_LABELED = [
    ("@harborline thank you so much, the support team sorted it in minutes!", "positive"),
    ("Loving the new Harborline app update, so much faster 😍", "positive"),
    ("@harborline best customer service I've had in years. Great job", "positive"),
    ("Just got my refund from @harborline, really happy with how they handled it :)", "positive"),
    ("Huge congrats to the Harborline team on the launch, well deserved!", "positive"),
    ("@harborline you guys are awesome, seriously", "positive"),
    ("@harborline worst experience ever. Two hours on hold and nobody answered", "negative"),
    ("Harborline charged me twice and won't refund it. Absolute scam #fail", "negative"),
    ("@harborline your app keeps crashing, this is ridiculous 😡", "negative"),
    ("Never using Harborline again, rude staff and broken promises", "negative"),
    ("@harborline my card has been blocked for a week and no one helps. Terrible.", "negative"),
    ("So disappointed with @harborline, the new fees are a joke", "negative"),
    ("@harborline what time does the downtown branch open on Saturday?", "neutral"),
    ("Harborline announces Q3 results on October 24", "neutral"),
    ("Harborline is moving its headquarters to Denver next year", "neutral"),
    ("@harborline is the card accepted in Canada?", "neutral"),
    ("Harborline Pay now available on Android https://example.com/news", "neutral"),
    ("Reading the Harborline annual report this morning", "neutral"),
]


def test_shipped_model_loads_offline_and_is_small() -> None:
    assert DEFAULT_MODEL_PATH.is_file()
    assert DEFAULT_MODEL_PATH.stat().st_size < 4_000_000
    model, version = load_model()
    assert version == SCORER_VERSION == scorer_version("default")
    digest = hashlib.sha256(DEFAULT_MODEL_PATH.read_bytes()).hexdigest()[:10]
    assert version == f"default-{digest}"
    assert model.meta["kind"] == "default"
    assert model.meta["heldout"]["n"] > 1000  # figures measured on rows it never saw


def test_shipped_model_beats_trivial_baselines_on_hand_labeled_posts() -> None:
    texts = [t for t, _ in HAND_LABELED]
    gold = [label for _, label in HAND_LABELED]
    predicted = [s.label for s in score_texts(texts, neutral_terms=["Harborline"])]
    accuracy = np.mean([p == g for p, g in zip(predicted, gold, strict=True)])
    majority = max(gold.count(label) for label in set(gold)) / len(gold)
    assert accuracy >= 0.8 > majority
    for label in ("negative", "neutral", "positive"):
        assert label in predicted


def test_social_text_normalization() -> None:
    text, extras = normalize(
        "@united WORST flight EVER!!!! never again 😡 #NeverAgain http://t.co/x sooooo bad :("
    )
    assert "xuserx" in text and "xurlx" in text and "t.co" not in text
    assert "worst" in text and "! !" in text and "!!!" not in text.replace(" ", "")
    assert "# never" in text  # hashtag CamelCase split
    assert "soo bad" in text.lower() and "xfrownx" in text
    assert "AGAIN" in text  # inside a negation scope
    caps, elongated, smile, frown = extras
    assert caps > 0 and elongated == 1.0 and smile == 0.0 and frown == 1.0
    assert normalize("isn\\u2019t good\\u002c really")[0] == "isn't GOOD , really"
    assert normalize("not good, but fine")[0] == "not GOOD , but fine"


def test_emoji_count_as_emoticons_of_their_lexicon_sign() -> None:
    signs = emoji_signs(Lexicon.from_items({"😍": 3.0, "😡": -2.5, "❤": 3.2, "good": 2.0}))
    assert signs == {"😍": 1, "😡": -1, "❤": 1}
    text, extras = normalize("@x ❤️ so 😍😍 🪑 not 😡", emoji_signs=signs)
    # Read as ":)" and ":(" are (variation selector and all); emoji of no valence stay.
    assert text == "xuserx xsmilex so xsmilex xsmilex 🪑 not XFROWNX"
    assert (text, extras) == normalize("@x :) so :) :) 🪑 not :(")
    assert normalize("❤️", True, signs) == normalize(":)", True)  # VADER's scores too
    assert normalize("@x ❤️ so 😍", emoji_signs=None) == ("xuserx ❤ ️ so 😍", [0.0] * 4)


def test_hashes_are_stable_across_processes_and_machines() -> None:
    # Pinned values: a change means every shipped and company model scores differently.
    assert word_hashes(["good", "bad"]).tolist() == [13993386110153124698, 2597628149575056073]


def _tiny_model(seed: int = 0) -> LinearModel:
    config = FeatureConfig(dims=2**10)
    rng = np.random.default_rng(seed)
    return LinearModel(
        config=config,
        lexicon=Lexicon.from_items({"good": 2.0, "bad": -2.0}),
        weights=rng.normal(0, 1, (config.dims, 3)).astype(np.float32),
        dense_weights=rng.normal(0, 1, (n_dense(config), 3)),
        bias=np.zeros(3),
        meta={"name": "tiny"},
    )


def test_save_load_round_trip_and_version_follows_weights(tmp_path: Path) -> None:
    model = _tiny_model()
    path = tmp_path / "m.npz"
    version = save_model(model, path)
    assert version.startswith("tiny-")
    loaded, loaded_version = load_model(path)
    assert loaded_version == version == model_version(path)
    texts = ["good stuff", "bad stuff 😡", ""]
    feats = model.features(texts)
    assert np.allclose(loaded.logits_of(feats), model.logits_of(feats), atol=0.05)
    assert not loaded.config.emoji_emoticons and loaded.emoji_signs is None
    save_model(_tiny_model(seed=1), path)
    assert model_version(path) != version  # new weights, new version
    emoji_model = replace(_tiny_model(), config=replace(model.config, emoji_emoticons=True))
    save_model(emoji_model, path)
    assert load_model(path)[0].config.emoji_emoticons
    assert load_model(path)[0].emoji_signs == {}  # the tiny lexicon has no emoji
    assert scorer_version(f"company:{path}") == model_version(path)


def test_broken_model_files_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a model")
    with pytest.raises(ModelFileError, match="not a sentiment model file"):
        load_model(junk)
    with pytest.raises(ValueError, match="not a sentiment model file"):
        score_texts(["hello"], f"company:{junk}")
    old = tmp_path / "old.npz"
    save_model(replace(_tiny_model(), config=replace(FeatureConfig(dims=2**10), version=0)), old)
    with pytest.raises(ModelFileError, match="retrain"):
        load_model(old)
    with np.load(old) as npz:
        meta = json.loads(npz["meta"].tobytes())
    assert meta["features"]["version"] == 0


def test_featurize_handles_empty_and_odd_batches() -> None:
    model = _tiny_model()
    assert model.logits([]).shape == (0, 3)
    feats = featurize(
        [normalize(t) for t in ["", "a", "🙂", "x" * 5000]], model.config, model.lexicon
    )
    assert feats.n == 4 and feats.dense.shape == (4, n_dense(model.config))
    assert feats.rows.max() == 3 and (feats.cols < model.config.dims).all()
    assert model.predict(["", "good"])[1][0] in {"negative", "neutral", "positive"}
