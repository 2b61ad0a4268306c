"""The company profile: everything brandrisk knows about the watched company.

A profile is a TOML file. Nothing about one company is hard-coded anywhere else, so the same
pipeline serves any company. Loading validates every field and turns a mistake into one line
that names the field and says how to fix it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

NonEmpty = Annotated[str, Field(min_length=1, max_length=200)]


class ProfileError(ValueError):
    """The profile file is missing, not TOML, or has a field that fails validation."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Recipients(_Model):
    """Who receives which view. HR's view never goes to marketing's recipients."""

    marketing: list[EmailStr] = Field(default_factory=list)
    hr: list[EmailStr] = Field(default_factory=list)

    @model_validator(mode="after")
    def _hr_is_not_for_marketing(self) -> Recipients:
        both = {a.lower() for a in self.marketing} & {a.lower() for a in self.hr}
        if both:
            raise ValueError(
                f"{sorted(both)[0]} is in both lists: the HR view never goes to marketing"
            )
        return self


class Thresholds(_Model):
    """Tunable detection thresholds (documented in the README)."""

    surge_z: float = Field(default=3.5, gt=0, description="robust z-score that counts as a surge")
    reach_followers: int = Field(default=10_000, ge=0, description="followers that give reach")
    reach_engagement: int = Field(default=200, ge=0, description="likes+reposts that give reach")


class Profile(_Model):
    """A watched company, as described in its profile TOML file."""

    name: NonEmpty
    aliases: list[NonEmpty] = Field(default_factory=list)
    handles: list[NonEmpty] = Field(default_factory=list)
    hashtags: list[NonEmpty] = Field(default_factory=list)
    exclusions: list[NonEmpty] = Field(
        default_factory=list, description="phrases naming something else with the same name"
    )
    domains: list[NonEmpty] = Field(default_factory=list)
    timezone: str = "UTC"
    code_names: list[NonEmpty] = Field(default_factory=list)
    customers: list[NonEmpty] = Field(default_factory=list)
    confidential_terms: list[NonEmpty] = Field(default_factory=list)
    employee_handles: list[NonEmpty] = Field(default_factory=list)
    public_phones: list[NonEmpty] = Field(
        default_factory=list, description="the company's own public numbers: not personal data"
    )
    subreddits: list[NonEmpty] = Field(default_factory=list)
    recipients: Recipients = Field(default_factory=Recipients)
    thresholds: Thresholds = Field(default_factory=Thresholds)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA timezone {value!r} (e.g. 'Europe/Berlin')") from exc
        return value

    @field_validator("handles", "employee_handles")
    @classmethod
    def _strip_at(cls, values: list[str]) -> list[str]:
        return [v.lstrip("@") for v in values]

    @field_validator("hashtags")
    @classmethod
    def _strip_hash(cls, values: list[str]) -> list[str]:
        return [v.lstrip("#") for v in values]

    @field_validator("subreddits")
    @classmethod
    def _strip_r(cls, values: list[str]) -> list[str]:
        return [v.removeprefix("/").removeprefix("r/") for v in values]

    @property
    def tz(self) -> ZoneInfo:
        """The company's timezone: report days start at its midnight."""
        return ZoneInfo(self.timezone)

    @property
    def names(self) -> list[str]:
        """The company's name and aliases, the words that make a post a mention."""
        return [self.name, *self.aliases]


def parse_profile(text: str, source: str = "<profile>") -> Profile:
    """Parse and validate profile TOML text.

    Args:
        text: TOML document.
        source: where the text came from, used in error messages.

    Returns:
        The validated profile.

    Raises:
        ProfileError: with a one-line message naming the file and the failing field.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: not valid TOML: {exc}") from exc
    # Accept both a top-level table [company] and a flat file.
    if set(data) <= {"company"} and isinstance(data.get("company"), dict):
        data = data["company"]
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown field (check its spelling against the README's profile table)"
        extra = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise ProfileError(f"{source}: field '{where}': {msg}{extra}") from exc


def load_profile(path: str | Path) -> Profile:
    """Load and validate a profile TOML file; see ``parse_profile``."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ProfileError(f"{p}: profile file not found (pass --profile PATH)") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{p}: cannot read profile: {exc}") from exc
    return parse_profile(text, str(p))
