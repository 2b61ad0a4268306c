from __future__ import annotations

import ast
from pathlib import Path

import pytest

from analysis import policy

ANALYSIS = Path(__file__).resolve().parents[2] / "analysis"


def test_fixed_vocabulary() -> None:
    assert policy.CATEGORIES == (
        "confidential_leak",
        "customer_disclosure",
        "personal_data",
        "credential",
        "employee_disparagement",
        "job_hunting",
        "negative_spin",
    )
    assert policy.SEVERITIES == ("low", "medium", "high", "critical")
    assert set(policy.POLICY_TOPICS) == {
        "employee_identification",
        "derogatory_comments",
        "confidential_information",
        "client_identification",
        "job_hunting",
        "privacy_health_finance",
        "enforcement",
        "public_reputation",
    }
    assert set(policy.CATEGORY_POLICY) == set(policy.CATEGORIES)
    assert set(policy.CATEGORY_POLICY.values()) <= set(policy.POLICY_TOPICS)


def test_severity_order() -> None:
    assert [policy.severity_rank(s) for s in policy.SEVERITIES] == [0, 1, 2, 3]
    assert policy.max_severity(["medium", "critical", "low"]) == "critical"
    assert policy.max_severity([]) is None
    with pytest.raises(ValueError, match="unknown severity"):
        policy.severity_rank("urgent")


def test_titles() -> None:
    assert policy.policy_title("job_hunting") == "Job hunting on social media"
    assert policy.policy_title("nope") == "nope"


def test_analysis_imports_only_record_types_and_itself() -> None:
    allowed_ours = ("analysis", "connectors.base")
    for path in ANALYSIS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in ("analysis", "connectors", "flows"):
                    assert name.startswith(allowed_ours), f"{path.name} imports {name}"
