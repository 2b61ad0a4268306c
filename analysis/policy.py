"""Vocabulary of flags: policy topics, categories and severities.

Policy topics name the section of the company's social media policy a flag concerns, so HR can
point an employee at the rule. The first seven follow the usual structure of such a policy.
``public_reputation`` is ours: negative spin comes mostly from people the policy does not bind
(customers, the public), so none of the seven fits; marketing answers it, not HR.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class PolicyTopic:
    """One topic of the social media policy: a short stable id and a human title."""

    id: str
    title: str


EMPLOYEE_IDENTIFICATION = "employee_identification"
DEROGATORY_COMMENTS = "derogatory_comments"
CONFIDENTIAL_INFORMATION = "confidential_information"
CLIENT_IDENTIFICATION = "client_identification"
JOB_HUNTING = "job_hunting"
PRIVACY_HEALTH_FINANCE = "privacy_health_finance"
ENFORCEMENT = "enforcement"
PUBLIC_REPUTATION = "public_reputation"

POLICY_TOPICS: Mapping[str, PolicyTopic] = MappingProxyType(
    {
        t.id: t
        for t in (
            PolicyTopic(EMPLOYEE_IDENTIFICATION, "May employees identify themselves as employees"),
            PolicyTopic(
                DEROGATORY_COMMENTS, "Derogatory comments about the company or one's position"
            ),
            PolicyTopic(CONFIDENTIAL_INFORMATION, "What is confidential, proprietary or private"),
            PolicyTopic(CLIENT_IDENTIFICATION, "How clients or customers may be identified"),
            PolicyTopic(JOB_HUNTING, "Job hunting on social media"),
            PolicyTopic(PRIVACY_HEALTH_FINANCE, "Privacy in healthcare and finance"),
            PolicyTopic(ENFORCEMENT, "How violations are policed"),
            PolicyTopic(PUBLIC_REPUTATION, "Public statements about the company"),
        )
    }
)

# Flag categories (fixed; reports and the database rely on these exact strings).
CONFIDENTIAL_LEAK = "confidential_leak"
CUSTOMER_DISCLOSURE = "customer_disclosure"
PERSONAL_DATA = "personal_data"
CREDENTIAL = "credential"
EMPLOYEE_DISPARAGEMENT = "employee_disparagement"
JOB_HUNTING_CATEGORY = "job_hunting"
NEGATIVE_SPIN = "negative_spin"

CATEGORIES: tuple[str, ...] = (
    CONFIDENTIAL_LEAK,
    CUSTOMER_DISCLOSURE,
    PERSONAL_DATA,
    CREDENTIAL,
    EMPLOYEE_DISPARAGEMENT,
    JOB_HUNTING_CATEGORY,
    NEGATIVE_SPIN,
)

# The policy topic each category concerns. Secrets are confidential information; personal
# data about customers of a payments/health company falls under the privacy rules.
CATEGORY_POLICY: Mapping[str, str] = MappingProxyType(
    {
        CONFIDENTIAL_LEAK: CONFIDENTIAL_INFORMATION,
        CUSTOMER_DISCLOSURE: CLIENT_IDENTIFICATION,
        PERSONAL_DATA: PRIVACY_HEALTH_FINANCE,
        CREDENTIAL: CONFIDENTIAL_INFORMATION,
        EMPLOYEE_DISPARAGEMENT: DEROGATORY_COMMENTS,
        JOB_HUNTING_CATEGORY: JOB_HUNTING,
        NEGATIVE_SPIN: PUBLIC_REPUTATION,
    }
)

# Severities, least to most severe.
LOW, MEDIUM, HIGH, CRITICAL = "low", "medium", "high", "critical"
SEVERITIES: tuple[str, ...] = (LOW, MEDIUM, HIGH, CRITICAL)
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


def severity_rank(severity: str) -> int:
    """Return 0 for ``low`` up to 3 for ``critical``.

    Raises:
        ValueError: for an unknown severity.
    """
    try:
        return _RANK[severity]
    except KeyError:
        raise ValueError(f"unknown severity {severity!r}; expected one of {SEVERITIES}") from None


def max_severity(severities: Iterable[str]) -> str | None:
    """Return the most severe of ``severities``, or None when there are none."""
    return max(severities, key=severity_rank, default=None)


def policy_title(topic_id: str) -> str:
    """Return the human title of a policy topic id (the id itself if unknown)."""
    topic = POLICY_TOPICS.get(topic_id)
    return topic.title if topic else topic_id
