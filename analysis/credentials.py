"""Find API keys, tokens, private keys and stated passwords in post text.

Each rule is a vendor's documented token format (AWS, GitHub, GitLab, Slack tokens and
webhooks, Discord webhooks, Stripe, Google, OpenAI, Anthropic, Groq, xAI, Replicate, npm, PyPI,
SendGrid, Twilio, Hugging Face, Shopify, Mailgun, Mailchimp, Square, Azure, Telegram,
DigitalOcean, Atlassian, Postman, Linear, Notion, Databricks, Grafana, New Relic, Sentry,
Supabase, Heroku, Doppler, Vault, Tailscale, age), a PEM private key block, a JWT, a bearer
token, a password in a URL, an assignment to any ``*_KEY``/``*_TOKEN``/``*_SECRET`` name, a
token stated in prose ("the bot token got posted: X"), a user/password pair, or a Wi-Fi key
("the staff wifi is X"). Passwords and PINs stated in prose, in about thirty languages
("password: X", "Lösenordet till ... är X", "ο κωδικός ... είναι X", "密码 X"), are found by
``analysis.passwords`` and returned here with the rest.

Hand-written on purpose. detect-secrets 1.5 was measured on the labeled flag set (36 posts with
a secret among 430): with its 25 vendor and keyword plugins it found 21 (precision 1.00,
recall 0.58) at ~105 us per post; these rules find all 36 (precision 1.00) at ~5 us. It has no
Google API key or ``sk-proj-`` detector, reads ``npm_`` tokens only in ``.npmrc`` syntax, and its
keyword detector expects code (``password = "..."``), so stated passwords in prose and in other
languages slip through; its entropy plugins, on by default, fire on nearly every line of prose.

Every rule has a literal hint; the rule's regex runs only when its hint occurs. One search per
group of hints (all of them in one regex, factored by common prefixes) tells whether any occurs
at all, so ordinary text costs three regex searches instead of ~80 substring tests.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable

from analysis.gate import trie_regex
from analysis.password_words import BASE_COPULAS, LOANWORDS, SPACED
from analysis.passwords import find_stated_passwords, password_ok
from analysis.sensitive import Sensitive, mask_password, mask_token

# "user X, PW Y": any password word of ``analysis.password_words`` may name the second value.
_PASSWORD_WORDS = "|".join([LOANWORDS, *(words for _, words, _, _ in SPACED)])
_USER_WORDS = (
    r"login|username|user|admin|credentials?|account|benutzer(?:name)?|usuario|utilisateur|utente"
    r"|gebruiker(?:snaam)?|użytkownik|login\s+details"
)
_COPULA = f"(?:{BASE_COPULAS})"
# Provider tokens with a fixed prefix: (rule id, hints, pattern), all case-sensitive.
_VENDOR: tuple[tuple[str, str, str], ...] = (
    (
        "cred.slack_webhook",
        "hooks.slack.com",
        r"https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,200}",
    ),
    (
        "cred.discord_webhook",
        "discord",
        r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{15,20}/[\w-]{60,68}",
    ),
    ("cred.digitalocean_token", "_v1_", r"\bdo[opr]_v1_[a-f0-9]{64}\b"),
    ("cred.pypi_token", "pypi-AgE", r"\bpypi-AgE[\w-]{50,300}"),
    ("cred.atlassian_token", "ATATT3", r"\bATATT3[A-Za-z0-9_=-]{150,250}"),
    ("cred.postman_key", "PMAK-", r"\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b"),
    ("cred.linear_key", "lin_api_", r"\blin_api_[A-Za-z0-9]{40}\b"),
    (
        "cred.notion_token",
        "secret_ ntn_",
        r"\b(?:secret_[A-Za-z0-9]{43}|ntn_\d{11}[A-Za-z0-9]{35})\b",
    ),
    ("cred.databricks_token", "dapi", r"\bdapi[a-f0-9]{32}(?:-\d)?\b"),
    (
        "cred.grafana_token",
        "glc_ glsa_",
        r"\b(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[a-fA-F0-9]{8})",
    ),
    ("cred.newrelic_key", "NRAK-", r"\bNRAK-[A-Z0-9]{27}\b"),
    ("cred.sentry_token", "sntr", r"\bsntr[ysu]_[A-Za-z0-9+/=_-]{40,300}"),
    ("cred.supabase_token", "sbp_", r"\bsbp_[a-f0-9]{40}\b"),
    ("cred.heroku_key", "HRKU-", r"\bHRKU-[A-Za-z0-9_-]{60}"),
    ("cred.doppler_token", "dp.", r"\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b"),
    ("cred.vault_token", "hvs.", r"\bhvs\.[A-Za-z0-9_-]{90,200}"),
    (
        "cred.tailscale_key",
        "tskey-",
        r"\btskey-(?:auth|api|client)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{20,}",
    ),
    (
        "cred.age_secret_key",
        "AGE-SECRET-KEY-",
        r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    ),
    ("cred.stripe_webhook_secret", "whsec_", r"\bwhsec_[A-Za-z0-9+/=]{32,100}"),
    ("cred.mailchimp_key", "-us", r"\b[0-9a-f]{32}-us\d{1,2}\b"),
    (
        "cred.ai_provider_key",
        "gsk_ xai- r8_ pplx-",
        r"\b(?:gsk_[A-Za-z0-9]{52}|xai-[A-Za-z0-9]{80}|r8_[A-Za-z0-9]{37}|pplx-[A-Za-z0-9]{48})\b",
    ),
)
# (rule id, hints: literals one of which every match contains (space-separated), hints are
#  lowercase (tested on the lowercased text)?, pattern, flags, group holding the secret)
_RULES: tuple[tuple[str, str, bool, str, int, int], ...] = (
    ("cred.aws_access_key", "AKIA ASIA ABIA", False, r"\b(?:AKIA|ASIA|ABIA)[A-Z0-9]{16}\b", 0, 0),
    (
        "cred.github_token",
        "ghp_ gho_ ghu_ ghs_ ghr_ github_pat_",
        False,
        r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255})\b",
        0,
        0,
    ),
    (
        "cred.gitlab_token",
        "glpat- glptt- gldt- glrt- glcbt- gloas-",
        False,
        r"\b(?:glpat|glptt|gldt|glrt|glcbt|gloas)-[\w.-]{20,64}(?![\w-])",
        0,
        0,
    ),
    ("cred.slack_token", "xox", False, r"\bxox[baprs]-[A-Za-z0-9-]{10,250}", 0, 0),
    ("cred.stripe_key", "k_live_", False, r"\b[sr]k_live_[A-Za-z0-9]{16,247}\b", 0, 0),
    ("cred.google_api_key", "AIza", False, r"\bAIza[0-9A-Za-z_-]{35}(?![\w-])", 0, 0),
    ("cred.anthropic_key", "sk-ant-", False, r"\bsk-ant-[a-z]{3,6}\d\d-[\w-]{32,200}", 0, 0),
    (
        "cred.openai_key",
        "sk-",
        False,
        r"\bsk-(?:proj-|svcacct-|admin-)?(?!ant-)[A-Za-z0-9_-]{32,200}(?![\w-])",
        0,
        0,
    ),
    ("cred.npm_token", "npm_", False, r"\bnpm_[A-Za-z0-9]{36}\b", 0, 0),
    ("cred.sendgrid_key", "SG.", False, r"\bSG\.[\w-]{22}\.[\w-]{43}(?![\w-])", 0, 0),
    ("cred.twilio_key", "SK", False, r"\bSK[0-9a-fA-F]{32}\b", 0, 0),
    ("cred.huggingface_token", "hf_", False, r"\bhf_[A-Za-z]{34}\b", 0, 0),
    (
        "cred.shopify_token",
        "shpat_ shpca_ shppa_ shpss_",
        False,
        r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b",
        0,
        0,
    ),
    ("cred.mailgun_key", "key-", False, r"\bkey-[0-9a-f]{32}\b", 0, 0),
    ("cred.square_token", "sq0", False, r"\bsq0(?:atp|csp)-[\w-]{22,43}(?![\w-])", 0, 0),
    ("cred.azure_storage_key", "AccountKey=", False, r"AccountKey=([A-Za-z0-9+/]{86}==)", 0, 1),
    ("cred.telegram_bot_token", ":AA", False, r"\b\d{8,10}:AA[\w-]{33}(?![\w-])", 0, 0),
    *((rule, hints, False, pattern, 0, 0) for rule, hints, pattern in _VENDOR),
    (
        "cred.private_key",
        "PRIVATE KEY",
        False,
        r"-----BEGIN (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----"
        r"[\s\S]*?(?:-----END (?:[A-Z0-9]+ ){0,3}PRIVATE KEY-----|\Z)",
        0,
        0,
    ),
    ("cred.jwt", "eyJ", False, r"\beyJ[\w-]{10,4000}\.[\w-]{10,4000}\.[\w-]{10,4000}", 0, 0),
    ("cred.bearer_token", "bearer", True, r"\bbearer\s+([\w\-.~+/]{20,2000}=*)", re.I, 1),
    (
        "cred.url_password",
        "://",
        False,
        r"\b[a-z][a-z0-9+.-]{1,15}://[^\s:/@]{1,64}:([^\s:/@]{3,128})@[\w.-]+",
        re.I,
        1,
    ),
    (
        "cred.assigned_secret",
        "key token secret",
        True,
        # any name that ends in (or holds) key, token or secret: AWS_SECRET_ACCESS_KEY=,
        # DD_API_KEY:, "clientSecret": ...
        r"\b[a-z0-9_.-]*(?:api[_-]?key|apikey|secret|token|access[_-]?key|auth[_-]?key"
        r"|private[_-]?key)[a-z0-9_]*[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9_\-./+=]{16,200})",
        re.I,
        1,
    ),
    (
        "cred.stated_secret",
        "token key secret webhook",
        True,
        # "the bot token got posted: X", "API key is X": a secret named in prose, then the value
        r"\b(?:token|api[\s_-]?key|secret(?:\s+key)?|access\s+key|auth\s+key|webhook)\b"
        r"[^.:=\n]{0,30}?(?::|=|\bis\b)\s*[\"'`]?([A-Za-z0-9_\-./+=]{20,200})",
        re.I,
        1,
    ),
    (
        "cred.login_pair",
        "login user admin credentials account benutzer usuario utilisateur utente gebruiker "
        "użytkownik",
        True,
        # "admin / Wr3nch2024", "login for the dealer portal is tm / X", "Benutzer f17, PW X"
        rf"\b(?:{_USER_WORDS})\b(?:\s+(?:for|to|on|of|für|zum|de|del|pour|per|voor|do|da|dla)"
        r"\s+[^:=\n/,]{1,40}?)?\s*(?:is|are|ist|es|est|é|è|:|=)?\s*[\w.@-]{2,40}\s*"
        rf"(?:/|,\s*(?:{_PASSWORD_WORDS}|pass)\b\s*[:=]?)\s*"
        r"(?:pass(?:word)?\s*[:=]?\s*)?([^\s\"'<>/]{6,64})",
        re.I,
        1,
    ),
    (
        "cred.password",
        "wifi wi-fi wlan",
        True,
        # "the staff room wifi is CobaltStaff!2024", "WLAN: Gaeste#2024": a network's key stated
        # as the network itself; the value needs letters and digits ("the wifi is down" is prose)
        rf"(?<!\w)(?:wi-?fi|wlan)(?:\s+(?:code|key|pass|pw))?\s*(?:{_COPULA}|:|=)\s*(?:now\s+)?"
        r"((?=[^\s]*\d)(?=[^\s]*[A-Za-z])[^\s\"'<>]{6,64})",
        re.I,
        1,
    ),
)
CREDENTIAL_RULES: tuple[tuple[str, re.Pattern[str], int], ...] = tuple(
    (rule, re.compile(pattern, flags), group) for rule, _, _, pattern, flags, group in _RULES
)


# Rules whose match always holds a run of 13+ token characters. Ordinary prose rarely has one,
# so their hints are not even looked for without it (one fast regex instead of ~40 tests).
_FORMAT_RULES_TEXT = (
    "cred.aws_access_key cred.github_token cred.gitlab_token cred.slack_token cred.stripe_key "
    "cred.google_api_key cred.anthropic_key cred.openai_key cred.npm_token cred.sendgrid_key "
    "cred.twilio_key cred.huggingface_token cred.shopify_token cred.mailgun_key "
    "cred.square_token cred.telegram_bot_token cred.jwt cred.slack_webhook "
    "cred.discord_webhook cred.digitalocean_token cred.pypi_token cred.atlassian_token "
    "cred.postman_key cred.linear_key cred.notion_token cred.databricks_token "
    "cred.newrelic_key cred.supabase_token cred.heroku_key cred.doppler_token cred.vault_token "
    "cred.tailscale_key cred.age_secret_key cred.mailchimp_key cred.ai_provider_key"
)
_TOKEN_RULES = frozenset(_FORMAT_RULES_TEXT.split())
_TOKEN_RUN = re.compile(r"[A-Za-z0-9_\-]{13}")


def _hint_table(token_rules: bool) -> tuple[tuple[str, bool, tuple[int, ...]], ...]:
    """(hint, tested on lowercased text?, rules it enables) for one group of rules."""
    table: dict[tuple[str, bool], list[int]] = {}
    for index, (rule, hints, lower, _, _, _) in enumerate(_RULES):
        if (rule in _TOKEN_RULES) == token_rules:
            for hint in hints.split():
                table.setdefault((hint, lower), []).append(index)
    return tuple((hint, lower, tuple(rules)) for (hint, lower), rules in table.items())


_ALWAYS_HINTS = _hint_table(token_rules=False)
_TOKEN_HINTS = _hint_table(token_rules=True)


def _any_hint(table: tuple[tuple[str, bool, tuple[int, ...]], ...], lower: bool) -> re.Pattern[str]:
    """Finds any hint of ``table`` tested on the lowercased (or else the original) text."""
    words = {hint for hint, on_lower, _ in table if on_lower == lower}
    return re.compile(trie_regex(words) if words else r"(?!)")  # (?!): no hint, never matches


_ALWAYS_ON_LOWER = _any_hint(_ALWAYS_HINTS, lower=True)
_ALWAYS_ON_TEXT = _any_hint(_ALWAYS_HINTS, lower=False)
_TOKEN_ON_LOWER = _any_hint(_TOKEN_HINTS, lower=True)
_TOKEN_ON_TEXT = _any_hint(_TOKEN_HINTS, lower=False)
_PLACEHOLDER = re.compile(
    r"your|xxxx|\*\*\*|<|>|example|placeholder|changeme|redacted|dummy|sample|demo|here$|_key$",
    re.I,
)


# A vendor-format value that is filler: a long run of one character, or placeholder words.
_FILLER = re.compile(r"([A-Za-z0-9*])\1{7}|your|-here\b|placeholder|redacted|changeme", re.I)


def _entropy(value: str) -> float:
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _assigned_ok(value: str) -> bool:
    if _PLACEHOLDER.search(value) or len(set(value)) < 6:
        return False
    has_digit = any(c.isdigit() for c in value)
    return has_digit and any(c.isalpha() for c in value) and _entropy(value) >= 3.0


def find_credentials(text: str, *, placeholders: bool = False) -> list[Sensitive]:
    """Find API keys, tokens, private keys and stated passwords in cleaned text.

    A vendor-format value that is filler ("AKIAXXXXXXXXXXXXXXXX", "xoxb-your-bot-token-here")
    is no secret: left out, unless ``placeholders`` (``mask_text`` masks it all the same).

    Returns:
        Spans in rule order (vendor formats may overlap each other; ``find_sensitive`` resolves
        that), each with the secret masked (``AKIA************MPLE``, ``password: T*********3``).
    """
    low = text.lower()
    found = _rule_hits(text, low, placeholders) + find_stated_passwords(text, low)
    return _drop_generic_overlaps(found) if found else found


def _rule_hits(text: str, low: str, placeholders: bool) -> list[Sensitive]:
    """The hits of ``_RULES`` (everything but the passwords stated in prose), in rule order."""
    token_run = _TOKEN_RUN.search(text) is not None
    if not (
        _ALWAYS_ON_LOWER.search(low)
        or _ALWAYS_ON_TEXT.search(text)
        or (token_run and (_TOKEN_ON_TEXT.search(text) or _TOKEN_ON_LOWER.search(low)))
    ):
        return []  # no hint at all: what most posts are, and what the loop below would find
    enabled: set[int] = set()
    tables = (_ALWAYS_HINTS, _TOKEN_HINTS) if token_run else (_ALWAYS_HINTS,)
    for table in tables:
        for hint, on_lower, rules in table:  # plain loops: cheaper than any() with generators
            if hint in (low if on_lower else text):
                enabled.update(rules)
    found = []
    for index in sorted(enabled):  # rule order: on a tie, the earlier rule's span wins
        rule, pattern, group = CREDENTIAL_RULES[index]
        for m in pattern.finditer(text):
            start, secret = m.start(), m.group(group)
            if rule == "cred.private_key":
                header = m.group().split("-----")[1]
                found.append(Sensitive("credential", rule, start, m.end(), f"-----{header}-----…"))
                continue
            if rule == "cred.bearer_token" and not any(c.isdigit() for c in secret):
                continue  # "Bearer tokens expire..." is prose, not a token
            if rule == "cred.openai_key" and not (_assigned_ok(secret) or secret.count("-") > 1):
                continue
            if rule in ("cred.assigned_secret", "cred.stated_secret") and not _assigned_ok(secret):
                continue
            if rule in _TOKEN_RULES and not placeholders and _FILLER.search(secret):
                continue  # "AKIAXXXXXXXXXXXXXXXX", "xoxb-your-bot-token-here": a placeholder
            end = m.end()
            if rule == "cred.login_pair":
                rule = "cred.password"  # "admin / Wr3nch2024": the value is a password
                if not password_ok(secret.rstrip(".,;)"), prose=True):
                    continue
            if rule == "cred.password":
                lead = len(secret) - len(secret.lstrip("("))
                secret = secret[lead:].rstrip(".,;)")
                start_secret = m.start(group) + lead
                end = start_secret + len(secret)
                if not password_ok(secret, prose=False):
                    continue
                masked = text[start:start_secret] + mask_password(secret)
                found.append(Sensitive("credential", rule, start, end, masked))
                continue
            mask: Callable[[str], str] = mask_token
            if rule == "cred.url_password":
                end, mask = m.end(group), mask_password
            masked = text[start : m.start(group)] + mask(secret)
            found.append(Sensitive("credential", rule, start, end, masked))
    return found


_GENERIC_RULES = frozenset(
    ("cred.assigned_secret", "cred.stated_secret", "cred.password", "cred.pin")
)


def _drop_generic_overlaps(found: list[Sensitive]) -> list[Sensitive]:
    """Drop a keyword rule's hit that overlaps an earlier hit (the vendor format, or the pair).

    ``GITLAB_TOKEN=glpat-...`` is one GitLab token, not also an assigned secret; "Benutzer
    f17, PW Sommer2025" is one password, found by the pair rule and again by "PW X".
    """
    kept: list[Sensitive] = []
    for s in found:
        overlaps = any(k.start < s.end and s.start < k.end for k in kept)
        if not (overlaps and s.rule in _GENERIC_RULES):
            kept.append(s)
    return kept
