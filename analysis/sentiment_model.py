"""A trained linear sentiment model: pure-numpy inference, one ``.npz`` file per model.

The model is multinomial logistic regression over the features of
``analysis.sentiment_features``: ``logits = sparse @ W + dense @ D + bias``, with ``bias``
holding the calibration offsets chosen at training time (see ``analysis.sentiment_train``).
Classes are ``LABELS`` (negative, neutral, positive). The score of a post is
``P(positive) - P(negative)``, in [-1, 1] and of the same sign as the label.

A model file (``np.savez_compressed``, no pickles) holds the weights (float16), the lexicon it
was trained with, the feature configuration and a JSON ``meta`` block (name, training data,
measured figures). Its version, stored with every score, is ``"<name>-<sha256[:10]>"`` of the
file, so new weights always mean a new version and old scores are replaced on rescoring.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from analysis.sentiment_features import (
    FEATURES_VERSION,
    FeatureConfig,
    Features,
    Lexicon,
    emoji_signs,
    featurize,
    n_dense,
    normalize,
)

LABELS = ("negative", "neutral", "positive")
MODELS_DIR = Path(__file__).resolve().parent / "models"
DEFAULT_MODEL_PATH = MODELS_DIR / "default.npz"
BATCH = 2048  # posts per numpy batch: large enough to amortize, small enough for the cache


class ModelFileError(ValueError):
    """A model file that cannot be used (missing, corrupt, or built for other features)."""


@dataclass(frozen=True, eq=False)
class LinearModel:
    """Weights of a trained model plus what is needed to compute its features.

    Attributes:
        config: the feature configuration it was trained with.
        lexicon: word/emoji valences used for the dense lexicon features.
        weights: ``(config.dims, 3)`` sparse-feature weights.
        dense_weights: ``(n_dense(config), 3)`` dense-feature weights.
        bias: ``(3,)`` intercepts including calibration offsets.
        meta: JSON-able description (name, data, figures).
    """

    config: FeatureConfig
    lexicon: Lexicon
    weights: np.ndarray
    dense_weights: np.ndarray
    bias: np.ndarray
    meta: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def emoji_signs(self) -> dict[str, int] | None:
        """What ``normalize`` needs to count emoji as emoticons (``None`` if not configured)."""
        return emoji_signs(self.lexicon) if self.config.emoji_emoticons else None

    def features(self, texts: Sequence[str]) -> Features:
        """Features of cleaned texts (see ``normalize``)."""
        vader, signs = self.config.vader, self.emoji_signs
        return featurize([normalize(t, vader, signs) for t in texts], self.config, self.lexicon)

    def logits_of(self, feats: Features) -> np.ndarray:
        """``(n, 3)`` calibrated logits of a feature batch."""
        return linear_logits(feats, self.weights, self.dense_weights, self.bias)

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """``(n, 3)`` calibrated logits of cleaned texts, computed in batches."""
        parts = [
            self.logits_of(self.features(texts[i : i + BATCH])) for i in range(0, len(texts), BATCH)
        ]
        return np.concatenate(parts) if parts else np.zeros((0, 3))

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """``(label, score)`` per cleaned text; score is ``P(pos) - P(neg)``."""
        z = self.logits(texts)
        return [(LABELS[k], s) for k, s in zip(z.argmax(1).tolist(), _scores(z), strict=True)]


def linear_logits(
    feats: Features, weights: np.ndarray, dense_weights: np.ndarray, bias: np.ndarray
) -> np.ndarray:
    """``(n, k)`` logits of a linear model: sparse ``weights`` (dims, k), dense ones, bias."""
    out = feats.dense @ dense_weights + bias
    if len(feats.rows):
        contrib = weights[feats.cols] * feats.vals[:, None]
        for k in range(out.shape[1]):
            out[:, k] += np.bincount(feats.rows, weights=contrib[:, k], minlength=feats.n)
    return out


def _scores(z: np.ndarray) -> list[float]:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    return (p[:, 2] - p[:, 0]).tolist()


def save_model(model: LinearModel, path: Path) -> str:
    """Write ``model`` to ``path`` (``.npz``) and return its version string."""
    path.parent.mkdir(parents=True, exist_ok=True)
    cfg = model.config
    meta = dict(model.meta)
    meta["features"] = {
        "dims": cfg.dims,
        "char_min": cfg.char_min,
        "char_max": cfg.char_max,
        "word_bigrams": cfg.word_bigrams,
        "vader": cfg.vader,
        "emoji_emoticons": cfg.emoji_emoticons,
        "version": cfg.version,
    }
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        np.savez_compressed(
            fh,
            weights=model.weights.astype(np.float16),
            dense_weights=model.dense_weights.astype(np.float32),
            bias=model.bias.astype(np.float32),
            lexicon_hashes=model.lexicon.hashes,
            lexicon_valences=model.lexicon.valences.astype(np.float32),
            meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
        )
    tmp.replace(path)
    return _version_of(path, meta)


def _read(path: Path) -> LinearModel:
    try:
        with np.load(path, allow_pickle=False) as npz:
            meta = json.loads(npz["meta"].tobytes().decode())
            f = meta["features"]
            config = FeatureConfig(
                dims=int(f["dims"]),
                char_min=int(f["char_min"]),
                char_max=int(f["char_max"]),
                word_bigrams=bool(f["word_bigrams"]),
                vader=bool(f.get("vader", False)),
                emoji_emoticons=bool(f.get("emoji_emoticons", False)),
                version=int(f["version"]),
            )
            model = LinearModel(
                config=config,
                lexicon=Lexicon(npz["lexicon_hashes"], npz["lexicon_valences"]),
                weights=npz["weights"].astype(np.float32),
                dense_weights=npz["dense_weights"].astype(np.float64),
                bias=npz["bias"].astype(np.float64),
                meta=meta,
            )
    except FileNotFoundError:
        raise ModelFileError(f"{path}: no such model file") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelFileError(f"{path}: not a sentiment model file ({exc})") from None
    if config.version != FEATURES_VERSION:
        raise ModelFileError(
            f"{path}: built for features v{config.version}, this brandrisk computes"
            f" v{FEATURES_VERSION}; retrain it (brandrisk sentiment train)"
        )
    if model.weights.shape != (config.dims, 3) or model.dense_weights.shape != (n_dense(config), 3):
        raise ModelFileError(f"{path}: weight shapes do not match its feature configuration")
    return model


@lru_cache(maxsize=8)
def _cached(path: str, mtime_ns: int, size: int) -> tuple[LinearModel, str]:
    p = Path(path)
    model = _read(p)
    return model, _version_of(p, model.meta)


def load_model(path: Path = DEFAULT_MODEL_PATH) -> tuple[LinearModel, str]:
    """Load a model file (cached per path and modification time).

    Returns:
        ``(model, version)``.

    Raises:
        ModelFileError: the file is missing, corrupt or built for other features.
    """
    p = Path(path).expanduser().resolve()
    try:
        st = p.stat()
    except OSError:
        raise ModelFileError(f"{path}: no such model file") from None
    return _cached(str(p), st.st_mtime_ns, st.st_size)


def _version_of(path: Path, meta: dict[str, Any]) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
    return f"{meta.get('name', 'model')}-{digest}"


def model_version(path: Path = DEFAULT_MODEL_PATH) -> str:
    """Version string of a model file: its name and a hash of its bytes."""
    return load_model(path)[1]
