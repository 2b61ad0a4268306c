"""Deterministic sample data: recorded X and Reddit pages about a fictional company.

``generate_sample`` writes the replay layout of ``connectors.replay`` (one folder per day in the
company's timezone, pages newest first, 100 items per page) so the whole pipeline can run
without network. Same profile, arguments and seed give byte-identical files. Days are generated
and written one at a time, so a million posts never sit in memory together.

Planted scenarios (``SCENARIOS``: nominal day offsets for a 30-day sample, scaled to ``days``;
``scenario_days`` gives the dates): a product launch (positive surge), an outage (complaint
surge), a bot burst of near-identical posts, leaks (code name, card number with contact data,
API key, customer deal terms), HR cases (disgruntled employee, job hunter), hostile high-reach
posts, hostile text (HTML, zero-width and bidi characters), and on every day a post about the
unrelated same-name company (exclusions). People, numbers and keys are fictional or
documentation examples.

Reddit is written as the API serves it: search listings hold posts (``t3``) only; comments
(``t1``) are in each profile subreddit's comment stream (``/r/<sub>/comments``, pages recorded
with ``"endpoint": "comments"``), mixed with comments about other things that the connector's
term filter drops (``SampleStats.reddit_unrelated``, not counted in ``posts``).
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from analysis.profile import Profile, ProfileError, load_profile
from connectors.replay import dump_page, page_path

log = logging.getLogger(__name__)

DEFAULT_PROFILE = Path(__file__).resolve().parent / "profiles" / "harborline.toml"
PAGE_SIZE = 100
X_SHARE = 0.7
SCENARIOS = {
    "pii_card": 3,
    "code_name_leak": 5,
    "api_key_leak": 8,
    "launch": 10,
    "disgruntled_employee": 12,
    "bot_burst": 15,
    "job_hunter": 17,
    "outage": 20,
    "hostile_reach": 21,
    "customer_deal": 24,
    "hostile_text": 27,
}
CARD = "4111 1111 1111 1111"  # Visa's documented test number: Luhn-valid, never a real card
API_KEY = "AKIAIOSFODNN7EXAMPLE"  # AWS's documentation example key
_SNOWFLAKE_EPOCH_MS = 1288834974657
_HOUR_CUM = [1, 2, 3, 4, 5, 7, 10, 15, 22, 30, 38, 46, 54, 62, 70, 78, 86, 94, 101, 108, 114]
_HOUR_CUM += [119, 122, 124]  # cumulative weights of the 24 local hours: quiet nights
# Share of ordinary tweets that reply (15%), quote (5%) or repost (12%) an earlier one.
_REFERENCES = [(0.15, "replied_to"), (0.2, "quoted"), (0.32, "retweeted"), (1.0, None)]


def _words(text: str) -> list[str]:
    return text.split("|")


# Chatter templates take {b} (a form of the brand), {s} (a subject), {e} (emoji), {n} (number).
SUBJECTS = _words(
    "the app|the card|checkout|payouts|the dashboard|support|the API|invoicing|transfers|"
    "the fees|the mobile app|refunds|onboarding"
)
EMOJI = _words("|||🙂|👍|🔥|😡|🙄|💸|😭|✨|🤔|💳")
ENDINGS = _words("||||!|.| lol| tbh| #fintech| 🤷")
POSITIVE = _words(
    "{b} {s} is honestly great {e}|Switched to {b} last month, {s} has been smooth {e}|"
    "Shoutout to {b} support, sorted my issue in {n} minutes|{b} just works. Love {s}|"
    "Really impressed with {s} at {b} {e}|{b} made {s} painless for our shop|"
    "Been using {b} for {n} months, zero complaints about {s}|ok {b} {s} is slick {e}|"
    "Finally a payments company that gets it: {b}|{b} fees are fair and {s} is fast"
)
NEUTRAL = _words(
    "Anyone using {b} for a small business? How is {s}?|Does {b} support recurring billing?|"
    "Comparing {b} and Quillcash for {s}, thoughts?|{b} changed {s} again, it looks different|"
    "Reading the {b} docs on {s}|How long does {s} take with {b}? asking for a friend|"
    "Is {b} available in Canada yet?|{b} is hiring again apparently|"
    "Got an email from {b} about {s} updates|Which plan of {b} do you use for {s}?"
)
NEGATIVE = _words(
    "{b} {s} is broken again {e}|Third time this week {s} failed on {b}. Not great|"
    "Why does {b} charge so much for {s}?|Waited {n} minutes for {b} support. Still nothing|"
    "{b} froze my payout for no reason {e}|{s} at {b} keeps timing out, fix it please|"
    "Honestly disappointed with {b} lately, {s} is a mess|{b} please stop changing {s}|"
    "Lost a sale because {b} {s} was down {e}|{b} support closed my ticket without reading it"
)
LAUNCH = _words(
    "The new {b} app is here and it's gorgeous {e}|Loving today's {b} launch, {s} got so fast|"
    "{b} 2.0 dropped and {s} finally makes sense|Just tried the new {b} release. Wow {e}|"
    "Launch day at {b}: {s} redesign looks great|Updated {b} this morning, big improvement"
)
OUTAGE = _words(
    "Is {b} down? can't log in {e}|{b} outage again, {s} not loading at all|"
    "{b} status page says all good but {s} is dead|Payments failing on {b} right now {e}|"
    "Day ruined: {b} {s} down for {n} minutes and counting|@{support} is {b} down?? {e}|"
    "Customers can't pay us because {b} is down. Unacceptable|{b} down AGAIN {e}"
)
EXCLUDED = _words(
    "The {x} was packed this morning|Anyone know if {x} runs on holidays?|"
    "Spent the weekend near {x}, lovely spot {e}|{x} raised prices again|"
    "Great sunset from the {x} today {e}"
)
OTHER_LANG = [("es", "Alguien usa {b}? Que tal {s}?"), ("de", "Hat jemand Erfahrung mit {b}?")]
FIRST = _words(
    "alex|sam|jordan|taylor|riley|casey|morgan|jamie|drew|quinn|avery|rowan|kai|noor|lena|omar|"
    "priya|mateo|yuki|ines"
)
WORDS = _words("builds|codes|shop|studio|bakes|runs|writes|pay|data|ops|cafe|design|fix|labs")
BIOS = _words(
    "||Small business owner.|Dad, runner, coffee.|Fintech nerd.|Freelance designer|"
    "Opinions my own.|Building things on the internet.|Bakery owner in Portland|Accountant"
)
SUBREDDITS = ["personalfinance", "smallbusiness", "CreditCards", "Entrepreneur"]
# Comments about other things in the watched subreddits' streams (the term filter drops them).
UNRELATED = _words(
    "Has anyone moved their business checking to a credit union?|Just use a spreadsheet lol|"
    "Don't forget quarterly estimated taxes, folks|My bank charged a wire fee again 🙄|"
    "Is accounting software worth it under 50 invoices a month?|Interest rates are wild|"
    "Which card has the best cashback on groceries right now?|This sub is so helpful, thanks|"
    "Following, same question here|Read the fine print on those 0% offers"
)
UNRELATED_SHARE = 0.5  # unrelated comments per company comment in a watched subreddit
# Users of the planted scenarios: role -> (handle, name, bio, followers); {name} is the company.
CAST = {
    "leaker": ("{emp0}", "Dana", "Platform engineer at {name}. Views my own.", 900),
    "angry": ("{emp1}", "MK", "Ops lead @ {name}. Tired.", 450),
    "hunter": ("sam_in_payments", "Sam", "Payments PM at {name} | #OpenToWork", 1300),
    "seller": ("chris_closes", "Chris", "Account executive at {name}", 700),
    "customer": ("jamie_rivera_88", "Jamie R", "Coffee and cats", 120),
    "dev": ("devon_ships", "Devon", "Backend dev, side projects", 300),
    "xss": ("html_tester", "<b>Bold</b> \u202eevil", "<script>alert('bio')</script>", 50),
    "official": ("{handle0}", "{name}", "Official {name}.", 85000),
    "support": ("{support}", "{name} Support", "Help from the {name} team.", 40000),
    "hostile0": ("FinanceWatchdog", "Finance Watchdog", "Calling out bad actors.", 480000),
    "hostile1": ("consumer_alerts", "Consumer Alerts", "Scams exposed daily.", 910000),
    "hostile2": ("MarketMaven", "Market Maven", "Markets, money, mess.", 260000),
    "hostile3": ("tech_critic", "Tech Critic", "I review so you don't have to.", 150000),
}
# Planted posts: "scenario|local hour|x or reddit|role or redditor|text|reddit body|options".
# Options: comment, reply, reach=N (engagement multiplier), score=N, sub=last. A post whose text
# needs a profile field the profile lacks (e.g. {cust0} without customers) is left out.
PLANTED = [
    "exclusion|7.5|x|crowd|The {excl} was late again this morning||",
    "pii_card|13.2|x|customer|@{support} my card {card} was charged twice for one order. Email "
    "me at jamie.rivera@example.com or call (415) 555-0134 please||",
    "pii_card|13.9|reddit|jr_88_throwaway|{name} double charged me, what now?|Support wants my "
    "details again. Phone 212-555-0187, email jr88@example.net. Anyone from {name} here?|",
    "code_name_leak|16.0|x|leaker|Can't say much but {code0} is going to change everything at "
    "{name}. Shipping soon 👀||",
    "code_name_leak|16.5|reddit|throwaway_hl_eng|I work at {name}. {code1} is real and it's on "
    "the {conf2}. And yes, {conf0} are happening.||comment",
    "api_key_leak|11.0|x|dev|anyone else getting 403 from the {name} API? my config: "
    "aws_access_key_id={key} region=us-east-1 😩||",
    "api_key_leak|11.4|reddit|devon_ships|Help: {name} webhook signature always fails|```\n"
    "AWS_ACCESS_KEY_ID={key}\n```\nWhat am I doing wrong?|sub=last",
    "launch|9.0|x|official|Today we're launching the all-new {name} app: faster payouts, a "
    "redesigned dashboard and more. #{tag}||reach=300",
    "disgruntled_employee|22.0|x|angry|Management at {name} is a joke. Leadership ignores every "
    "warning from ops and then blames the team. Worst-run company I've worked for.||",
    "disgruntled_employee|22.5|reddit|ops_throwaway_22|I work at {name} and upper management is "
    "clueless|Our VP is a clown and everyone is burned out. Do not join.|",
    "job_hunter|10.0|x|hunter|After 5 great years at {name}, I'm looking for a new role in "
    "payments product. DMs open! #OpenToWork||",
    *[
        f"outage|{12 + i / 3:.2f}|x|support|We're aware some customers can't log in or pay right "
        "now. Our team is on it; updates on our status page.||reply"
        for i in range(12)
    ],
    "outage|12.3|reddit|angry_baker_12|Is {name} down for anyone else?||score=900",
    "hostile_reach|9|x|hostile0|{name} is a scam. They froze thousands of accounts after the "
    "outage and nobody is accountable.||reach=2000",
    "hostile_reach|12|x|hostile1|Time to boycott {name}. Move your money today. "
    "#boycott{tag}||reach=2000",
    "hostile_reach|15|x|hostile2|Hearing a class action lawsuit against {name} is being "
    "prepared. Customers, keep your records.||reach=2000",
    "hostile_reach|18|x|hostile3|If you still keep money in {name} after this week... scam "
    "vibes, honestly.||reach=2000",
    "customer_deal|15.0|x|seller|Huge win: {cust0} just signed a 3-year deal with {name}: $2.4M "
    "ARR at a 22% discount off list 🍾||",
    "customer_deal|15.5|reddit|deal_watcher|{cust1} pays {name} 0.9% per transaction, their "
    "contract renews in June.||comment",
    "hostile_text|8|x|crowd|<script>alert(1)</script> {name} support never answers||",
    "hostile_text|9|x|xss|<img src=x onerror=alert(1)> is what I think of {name}||",
    "hostile_text|10|x|crowd|{zw} froze my acc\u200bount again||",
    "hostile_text|11|x|xss|\u202e{name} is great\u202c (not really)||",
    "hostile_text|12|x|crowd|💳💸🔥 {name} 🔥💸💳 why is everything broken 😭😭||",
    "hostile_text|13|x|xss|'; DROP TABLE mentions; -- {name}||",
    "hostile_text|14|x|crowd|{name}\u200f\u200e\ufeff spacing\u2028test||",
    "hostile_text|15|x|xss|Z\u0337\u0321a\u0336l\u0338g\u0335o\u0334 says {name} is cursed||",
    'hostile_text|16|x|crowd|<a href="javascript:alert(1)">claim your {name} refund</a>||',
    "hostile_text|17|x|xss|{{{{7*7}}}} {name} template test||",
    "hostile_text|19|reddit|html_tester|<script>alert('r')</script> {name} \u202ereview|"
    "<img src=x onerror=alert(1)>\u200b|",
]


@dataclass(frozen=True, slots=True)
class SampleStats:
    """What ``generate_sample`` wrote."""

    out_dir: Path
    start: date
    days: int
    x_posts: int
    reddit_posts: int
    x_pages: int
    reddit_pages: int
    scenario_days: dict[str, date]
    reddit_unrelated: int = 0

    @property
    def posts(self) -> int:
        """Items about the company written across both platforms (what ingest can store)."""
        return self.x_posts + self.reddit_posts


def scenario_days(start: date, days: int) -> dict[str, date]:
    """Return the day each planted scenario falls on (nominal 30-day offsets, scaled)."""
    return {k: start + timedelta(days=min(days - 1, v * days // 30)) for k, v in SCENARIOS.items()}


def x_query(profile: Profile) -> str:
    """The X search query the sample records: names, @handles and #hashtags of the profile."""
    parts = [f'"{n}"' for n in profile.names]
    parts += [f"@{h}" for h in profile.handles] + [f"#{t}" for t in profile.hashtags]
    return " OR ".join(parts)


def reddit_query(profile: Profile) -> str:
    """The Reddit search query the sample records: the company's names."""
    return " OR ".join(f'"{n}"' for n in profile.names)


def _b36(n: int) -> str:
    digits, out = "0123456789abcdefghijklmnopqrstuvwxyz", ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def _slots(p: Profile) -> dict[str, str]:
    """Values for the ``{...}`` fields of ``CAST`` and ``PLANTED``, from the profile."""
    slug = p.name.lower().replace(" ", "")
    emp = [*p.employee_handles, f"{slug}_eng", f"{slug}_ops"]
    slots = {
        "name": p.name,
        "support": p.handles[-1] if p.handles else f"{slug}_help",
        "handle0": p.handles[0] if p.handles else slug,
        "emp0": emp[0],
        "emp1": emp[1],
        "tag": (p.hashtags or [slug])[0],
        "card": CARD,
        "key": API_KEY,
        "zw": p.name[:3] + "\u200b" + p.name[3:],  # a zero-width space that splits the name
    }
    for key, values in (("code", p.code_names), ("conf", p.confidential_terms)):
        slots.update({f"{key}{i}": v for i, v in enumerate(values * 3)})  # cycle short lists
    slots.update({f"cust{i}": v for i, v in enumerate(p.customers * 2)})
    if p.exclusions:
        slots["excl"] = p.exclusions[0]
    return slots


def _user(rng: random.Random, uid: str, handle: str, name: str, bio: str, followers: int) -> dict:
    metrics = {"followers_count": followers, "following_count": rng.randint(0, 900)}
    metrics.update(tweet_count=rng.randint(10, 40_000), listed_count=followers // 500)
    return {
        "id": uid,
        "username": handle,
        "name": name,
        "description": bio,
        "public_metrics": metrics,
        "verified": followers > 100_000,
    }


def _users(p: Profile, seed: int) -> tuple[list[dict], dict[str, dict]]:
    """Ordinary users and the cast of the planted scenarios (by role), all deterministic."""
    rng = random.Random(f"brandrisk-sample:{seed}:users")  # noqa: S311 (sample data, not crypto)
    crowd = []
    for i in range(400):
        handle = f"{rng.choice(FIRST)}_{rng.choice(WORDS)}{i}"
        followers = int(10 ** rng.triangular(0.5, 5.0, 2.0))
        bio = rng.choice(BIOS)
        crowd.append(_user(rng, str(rng.randrange(10**9, 10**18)), handle, handle, bio, followers))
    slots = _slots(p)
    roles = {
        role: _user(
            rng,
            str(rng.randrange(10**9, 10**18)),
            h.format(**slots),
            n.format(**slots),
            b.format(**slots),
            f,
        )
        for role, (h, n, b, f) in CAST.items()
    }
    for i in range(60):
        handle, followers = f"user{rng.randrange(10**7, 10**8)}", rng.randint(0, 12)
        roles[f"bot{i}"] = _user(
            rng, str(rng.randrange(10**17, 10**18)), handle, handle, "", followers
        )
    return crowd, roles


def _plan(p: Profile, scenarios: set[str]) -> list[tuple[float, Callable[[_Day, float], None]]]:
    """The planted posts of one day (plus its daily exclusion post): ``(hour, build)`` pairs."""
    slots, plan = _slots(p), []
    for line in PLANTED:
        scenario, hour, platform, who, text, body, options = line.split("|", 6)
        if scenario != "exclusion" and scenario not in scenarios:
            continue
        try:
            text, body = text.format(**slots), body.format(**slots)
        except KeyError:  # the profile lacks what this post needs
            continue
        opts = dict(o.partition("=")[::2] for o in options.split(",") if o)
        plan.append((float(hour), _planted(platform, who, text, body, opts)))
    return plan


def _planted(platform: str, who: str, text: str, body: str, opts: dict[str, str]) -> Any:
    def build(d: _Day, ts: float) -> None:
        if platform == "reddit":
            sub = (d.p.subreddits or ["fintech"])[-1 if "sub" in opts else 0]
            score = int(opts.get("score", 0))
            d.reddit_item(ts, text, who, body=body, sub=sub, comment="comment" in opts, score=score)
        else:
            user = d.rng.choice(d.crowd) if who == "crowd" else d.roles[who]
            ref = "replied_to" if "reply" in opts else None
            d.tweet(ts, text, user, ref=ref, reach=int(opts.get("reach", 1)), planted=True)

    return build


class _Day:
    """One day of posts: built in time order (so replies point back), then written as pages."""

    def __init__(self, p: Profile, seed: int, index: int, day: date, users: tuple) -> None:
        self.p, self.day, self.seed = p, day, seed
        self.rng = random.Random(f"brandrisk-sample:{seed}:day:{index}")  # noqa: S311
        self.crowd, self.roles = users
        self.by_uid = {u["id"]: u for u in [*self.crowd, *self.roles.values()]}
        self.tweets: list[dict] = []
        self.quotable: list[dict] = []  # tweets others may reply to, quote or repost
        self.reddit: list[dict] = []  # posts: the search listings
        self.threads: list[dict] = []
        self.comments: dict[str, list[dict]] = {}  # watched subreddit -> its comment stream
        self.n_unrelated = 0
        self.watched = {sub.lower(): sub for sub in p.subreddits}
        self.last_tweet = 0
        self.t3 = int("1fm0000", 36) + index * 500_000  # base-36 ids grow with time, like Reddit's
        self.t1 = int("lq00000", 36) + index * 20_000_000
        self.t0 = datetime.combine(day, time(), p.tz).timestamp()
        self.span = datetime.combine(day + timedelta(days=1), time(), p.tz).timestamp() - self.t0

    def at(self, hour: float) -> float:
        """Local hour of this day -> Unix time (23- and 25-hour DST days are stretched)."""
        return self.t0 + hour * self.span / 24

    def fill(self, template: str, *, plain: bool = False, **extra: str) -> str:
        """Fill a template; ``plain`` names the brand without @handles or #hashtags (Reddit)."""
        rng, p = self.rng, self.p
        r = 0.0 if plain else rng.random()
        if r < 0.6 or not p.handles:
            brand = rng.choice(p.names)
        elif r < 0.85 or not p.hashtags:
            brand = "@" + rng.choice(p.handles)
        else:
            brand = "#" + rng.choice(p.hashtags)
        support = self.roles["support"]["username"]
        subject, emoji, n = rng.choice(SUBJECTS), rng.choice(EMOJI), rng.randint(2, 95)
        text = template.format(b=brand, s=subject, e=emoji, n=n, support=support, **extra)
        return text.strip() + rng.choice(ENDINGS)

    def chatter(self, mood: str, *, plain: bool = False) -> tuple[str, str]:
        """An ordinary post's (text, lang); the day's mood skews the tone."""
        rng = self.rng
        if self.p.exclusions and rng.random() < 0.02:
            return self.fill(rng.choice(EXCLUDED), x=rng.choice(self.p.exclusions)), "en"
        if rng.random() < 0.03:
            lang, template = rng.choice(OTHER_LANG)
            return self.fill(template, plain=plain), lang
        moods = {"launch": (0.65, 0.1), "outage": (0.05, 0.8), "after": (0.2, 0.45)}
        pos, neg = moods.get(mood, (0.35, 0.25))
        r = rng.random()
        if r < pos:
            pool = LAUNCH if mood == "launch" and rng.random() < 0.6 else POSITIVE
        elif r < pos + neg:
            pool = OUTAGE if mood == "outage" and rng.random() < 0.7 else NEGATIVE
        else:
            pool = NEUTRAL
        return self.fill(rng.choice(pool), plain=plain), "en"

    def tweet(
        self,
        ts: float,
        text: str,
        user: dict,
        *,
        lang: str = "en",
        ref: str | None = None,
        reach: int = 1,
        planted: bool = False,
    ) -> None:
        rng = self.rng
        tid = ((int(ts * 1000) - _SNOWFLAKE_EPOCH_MS) << 22) | (rng.getrandbits(10) << 12)
        self.last_tweet = tid = max(tid, self.last_tweet + 1)  # snowflakes: ids grow with time
        sid = str(tid)
        metrics = {
            "retweet_count": int(rng.expovariate(1.0) * reach),
            "reply_count": int(rng.expovariate(1.5) * reach),
            "like_count": int((rng.expovariate(0.3) + (reach > 1)) * reach),
            "quote_count": int(rng.expovariate(3.0) * reach),
        }
        created = datetime.fromtimestamp(int(ts), UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        t: dict[str, Any] = {
            "id": sid,
            "text": text,
            "author_id": user["id"],
            "created_at": created,
            "conversation_id": sid,
            "lang": lang,
            "public_metrics": metrics,
            "edit_history_tweet_ids": [sid],
        }
        if ref and self.quotable:
            parent = self.quotable[-rng.randint(1, min(300, len(self.quotable)))]
            t["referenced_tweets"] = [{"type": ref, "id": parent["id"]}]
            if ref == "replied_to":
                t["in_reply_to_user_id"] = parent["author_id"]
                t["conversation_id"] = parent["conversation_id"]
            elif ref == "retweeted":
                handle = self.by_uid[parent["author_id"]]["username"]
                t["text"] = f"RT @{handle}: {parent['text']}"[:280]
        self.tweets.append(t)
        if not planted:  # a planted post stays the only copy of its text (forget, flags)
            self.quotable.append(t)

    def reddit_item(
        self,
        ts: float,
        line: str,
        author: str,
        *,
        body: str = "",
        sub: str | None = None,
        comment: bool = False,
        score: int = 0,
        gone: bool = False,
    ) -> None:
        rng = self.rng
        fullname = "t2_" + _b36(int(hashlib.sha256(author.encode()).hexdigest()[:10], 16))
        base = {
            "author": author,
            "author_fullname": fullname,
            "created_utc": float(int(ts)),
            "score": score or int(rng.expovariate(0.1)),
            "over_18": False,
        }
        # Comments can only be read from a watched subreddit's stream, so they go on threads
        # there (in ``sub`` if it is watched); with no such thread yet, a post is made instead.
        threads = [t for t in self.threads if t["subreddit"].lower() in self.watched]
        if sub and sub.lower() in self.watched:
            threads = [t for t in threads if t["subreddit"].lower() == sub.lower()] or threads
        if comment and threads:
            post = threads[-rng.randint(1, min(50, len(threads)))]
            item = self.comment(base, post, f"{line} {body}".strip())
            if gone:  # deleted by its author or removed by a moderator
                item.update(author="[deleted]", author_fullname=None, body="[removed]")
            if rng.random() < UNRELATED_SHARE:  # the stream's chatter about other things
                other = rng.choice(threads[-20:])
                author = f"{rng.choice(FIRST)}{rng.randint(10, 9999)}"
                chatter = {**base, "author": author, "score": int(rng.expovariate(0.3))}
                chatter["author_fullname"] = "t2_" + _b36(rng.getrandbits(40))
                self.comment(chatter, other, rng.choice(UNRELATED))
                self.n_unrelated += 1
            return
        self.t3 += rng.randint(1, 40)
        pid = _b36(self.t3)
        sub = sub or rng.choice([*self.p.subreddits, *self.p.subreddits, *SUBREDDITS])
        slug = "_".join("".join(c for c in line.lower() if c.isalnum() or c == " ").split()[:8])
        link = f"/r/{sub}/comments/{pid}/{slug or 'post'}/"
        data = {
            **base,
            "subreddit": sub,
            "id": pid,
            "name": f"t3_{pid}",
            "title": line,
            "selftext": body,
            "is_self": True,
            "num_comments": rng.randint(0, 40),
            "permalink": link,
            "url": f"https://www.reddit.com{link}",
            "upvote_ratio": 0.9,
            "subreddit_name_prefixed": f"r/{sub}",
            "link_flair_text": None,
        }
        self.reddit.append({"kind": "t3", "data": data})
        self.threads.append(data)

    def comment(self, base: dict, post: dict, body: str) -> dict:
        """Add a comment on ``post`` to its subreddit's stream, as ``/r/<sub>/comments`` has it."""
        self.t1 += self.rng.randint(1, 300)
        cid, sub = _b36(self.t1), post["subreddit"]
        item = {
            **base,
            "subreddit": sub,
            "subreddit_id": "t5_" + _b36(int(hashlib.sha256(sub.encode()).hexdigest()[:8], 16)),
            "id": cid,
            "name": f"t1_{cid}",
            "body": body,
            "parent_id": post["name"],
            "link_id": post["name"],
            "link_title": post["title"],
            "link_author": post["author"],
            "link_permalink": post["url"],
            "num_comments": post["num_comments"],
            "permalink": f"{post['permalink']}{cid}/",
            "controversiality": 0,
            "score_hidden": False,
            "stickied": False,
            "subreddit_name_prefixed": f"r/{sub}",
        }
        self.comments.setdefault(sub, []).append({"kind": "t1", "data": item})
        return item

    def chat(self, ts: float, mood: str) -> None:
        rng = self.rng
        on_x = rng.random() < X_SHARE
        text, lang = self.chatter(mood, plain=not on_x)
        if on_x:
            r = rng.random()
            ref = next(kind for limit, kind in _REFERENCES if r < limit)
            self.tweet(ts, text, rng.choice(self.crowd), lang=lang, ref=ref)
        else:
            body = self.chatter(mood, plain=True)[0] if rng.random() < 0.5 else ""
            author = f"{rng.choice(FIRST)}_{rng.choice(WORDS)}{rng.randint(1, 999)}"
            comment, gone = rng.random() < 0.4, rng.random() < 0.01
            if any(e.lower() in text.lower() for e in self.p.exclusions):
                comment = False  # a stream comment about the other company would be dropped
            self.reddit_item(ts, text, author, body=body, comment=comment, gone=gone)

    def build(self, chatter: int, mood: str, plan: list[tuple[float, Any]], bots: int) -> None:
        """Create the day's posts in time order: chatter, planted posts, a bot burst."""
        rng = self.rng
        events: list[tuple[float, int, Any]] = [
            (self.at(hour + rng.random()), i, None)
            for i, hour in enumerate(rng.choices(range(24), cum_weights=_HOUR_CUM, k=chatter))
        ]
        events += [(self.at(h), -1 - i, fn) for i, (h, fn) in enumerate(plan)]
        tag = _slots(self.p)["tag"]
        for i in range(bots):  # a coordinated burst: 90 minutes of near-identical posts
            text = f"Avoid {self.p.name}!!! They froze my account and kept my money. #{tag} #scam"
            text += rng.choice(["", " !!", " 😡", " ..", f" {rng.randint(100, 999)}", " RT pls"])
            bot = self.roles[f"bot{rng.randrange(60)}"]
            fn = lambda d, ts, t=text, u=bot: d.tweet(ts, t, u)  # noqa: E731
            events.append((self.at(14 + rng.random() * 1.5), chatter + i, fn))
        events.sort(key=lambda e: (e[0], e[1]))
        for ts, _, fn in events:
            self.chat(ts, mood) if fn is None else fn(self, ts)

    def write(self, out: Path, x_q: str, r_q: str) -> tuple[int, int]:
        """Write the day newest first, 100 items a page; return (X pages, Reddit pages)."""
        by_id = {t["id"]: t for t in self.tweets}
        tweets, items = self.tweets[::-1], self.reddit[::-1]
        x_pages = [tweets[i : i + PAGE_SIZE] for i in range(0, len(tweets), PAGE_SIZE)]
        token: str | None = None
        for n, chunk in enumerate(x_pages, 1):
            users = {t["author_id"]: self.by_uid[t["author_id"]] for t in chunk}
            refs = sorted({r["id"] for t in chunk for r in t.get("referenced_tweets", [])})
            includes: dict[str, Any] = {"users": list(users.values())}
            if refs:
                includes["tweets"] = [by_id[r] for r in refs]
            meta: dict[str, Any] = {"newest_id": chunk[0]["id"], "oldest_id": chunk[-1]["id"]}
            meta["result_count"] = len(chunk)
            request = {"query": x_q, "max_results": PAGE_SIZE, "next_token": token}
            if n < len(x_pages):
                digest = hashlib.sha256(f"{self.seed}:{self.day}:{n}".encode()).hexdigest()
                meta["next_token"] = token = _b36(int(digest[:30], 16))
            page = {"data": chunk, "includes": includes, "meta": meta}
            dump_page(page_path(out, "x", self.day, n), request=request, response=page)
        streams: list[tuple[dict[str, Any], list[dict]]] = [
            ({"query": r_q, "subreddit": None, "sort": "new"}, items)
        ]
        for sub in sorted(self.comments):
            comments = self.comments[sub][::-1]
            streams.append(({"endpoint": "comments", "subreddit": sub}, comments))
        n = 0
        for request, stream in streams:
            pages = [stream[i : i + PAGE_SIZE] for i in range(0, len(stream), PAGE_SIZE)]
            after: str | None = None
            for k, chunk in enumerate(pages, 1):
                n += 1
                asked = {**request, "limit": PAGE_SIZE, "after": after}
                after = chunk[-1]["data"]["name"] if k < len(pages) else None
                data = {"after": after, "dist": len(chunk), "modhash": "", "geo_filter": ""}
                data.update(children=chunk, before=None)
                listing = {"kind": "Listing", "data": data}
                dump_page(page_path(out, "reddit", self.day, n), request=asked, response=listing)
        return len(x_pages), n


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` in proportion to ``weights`` exactly (largest remainder)."""
    raw = [w * total / sum(weights) for w in weights]
    counts = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: (counts[i] - raw[i], i))[: total - sum(counts)]:
        counts[i] += 1
    return counts


def generate_sample(
    profile: Profile,
    out_dir: Path,
    *,
    start: date,
    days: int = 30,
    posts: int = 3000,
    seed: int = 7,
) -> SampleStats:
    """Write ``days`` days of recorded X and Reddit pages about ``profile``'s company.

    Pages already in the day folders being written are replaced; nothing else is touched.

    Args:
        profile: the (fictional) company: its names, handles, code names, customers and
            exclusions fill the planted scenarios; its timezone decides the day folders.
        out_dir: root of the replay layout (see ``connectors.replay``).
        start: the first day, company-local.
        days: how many days, at least 1.
        posts: how many items in total, about 70% on X and 30% on Reddit.
        seed: the random seed; the same arguments give the same bytes.

    Returns:
        Counts of what was written and the day of each planted scenario.

    Raises:
        ValueError: ``days`` < 1, or ``posts`` too few to hold the planted scenarios.
    """
    if days < 1:
        raise ValueError(f"days must be at least 1, got {days}")
    sdays = scenario_days(start, days)
    dates = [start + timedelta(days=i) for i in range(days)]
    plans = [_plan(profile, {k for k, v in sdays.items() if v == d}) for d in dates]
    bots = max(20, posts // 50)
    chatter = posts - bots - sum(len(p) for p in plans)
    if chatter < days:
        raise ValueError(f"posts must be at least {posts - chatter + days} for {days} days")
    wrng = random.Random(f"brandrisk-sample:{seed}:weights")  # noqa: S311
    after_outage = sdays["outage"] + timedelta(days=1)
    moods = [
        "launch"
        if d == sdays["launch"]
        else "outage"
        if d == sdays["outage"]
        else "after"
        if d == after_outage
        else "normal"
        for d in dates
    ]
    boost = {"launch": 3.0, "outage": 4.5, "after": 1.6, "normal": 1.0}
    weights = [
        wrng.uniform(0.8, 1.2) * boost[m] * (0.7 if m == "normal" and d.weekday() >= 5 else 1.0)
        for d, m in zip(dates, moods, strict=True)
    ]
    users = _users(profile, seed)
    x_q, r_q = x_query(profile), reddit_query(profile)
    totals = [0, 0, 0, 0, 0]
    for i, (d, n) in enumerate(zip(dates, _allocate(chatter, weights), strict=True)):
        for platform in ("x", "reddit"):
            for old in (out_dir / platform / d.isoformat()).glob("*.json"):
                old.unlink()
        day = _Day(profile, seed, i, d, users)
        day.build(n, moods[i], plans[i], bots if d == sdays["bot_burst"] else 0)
        pages = day.write(out_dir, x_q, r_q)
        n_reddit = len(day.reddit) + sum(map(len, day.comments.values())) - day.n_unrelated
        for k, v in enumerate((len(day.tweets), n_reddit, *pages, day.n_unrelated)):
            totals[k] += v
    x_posts, reddit_posts, x_pages, reddit_pages, unrelated = totals
    return SampleStats(
        out_dir, start, days, x_posts, reddit_posts, x_pages, reddit_pages, scenario_days=sdays,
        reddit_unrelated=unrelated,
    )  # fmt: skip


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a positive integer, got {text}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the sample generator's options to ``parser`` (used by ``brandrisk sample``)."""
    add = parser.add_argument
    add(
        "--profile",
        type=Path,
        default=DEFAULT_PROFILE,
        help="company profile TOML (default: the bundled fictional Harborline)",
    )
    add(
        "--out",
        type=Path,
        default=Path("data/sample"),
        help="folder to write the recorded pages to (default: data/sample)",
    )
    add(
        "--start",
        type=date.fromisoformat,
        default=date(2024, 9, 1),
        help="first day, YYYY-MM-DD, company-local (default: 2024-09-01)",
    )
    add("--days", type=_positive, default=30, help="number of days (default: 30)")
    add("--posts", type=_positive, default=3000, help="posts on both platforms (default: 3000)")
    add("--seed", type=int, default=7, help="random seed; same seed, same bytes (default: 7)")


def run(args: argparse.Namespace) -> int:
    """Generate the sample described by parsed ``args``; return the exit code (0 or 1)."""
    try:
        profile = load_profile(args.profile)
        stats = generate_sample(
            profile, args.out, start=args.start, days=args.days, posts=args.posts, seed=args.seed
        )
    except (ProfileError, ValueError, OSError) as exc:
        sys.stderr.write(f"brandrisk sample: {exc}\n")
        return 1
    sys.stdout.write(
        f"wrote {stats.x_posts} X posts ({stats.x_pages} pages) and {stats.reddit_posts} Reddit "
        f"items ({stats.reddit_pages} pages, with {stats.reddit_unrelated} unrelated comments "
        f"the term filter drops) for {stats.days} days to {stats.out_dir}\n"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: ``python -m flows.sample --help``."""
    parser = argparse.ArgumentParser(
        prog="brandrisk sample",
        description="Write deterministic recorded X and Reddit pages about a fictional company.",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
