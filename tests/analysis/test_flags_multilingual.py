"""Employees, HR rules, spin and customers in six languages; spin aimed at someone else."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis.flags import Flag, detect_flags, is_employee
from analysis.profile import Profile
from analysis.sentiment import Sentiment
from connectors.base import Mention

MentionFactory = Callable[..., Mention]
NEUTRAL = Sentiment("neutral", 0.0)


def categories(flags: list[Flag]) -> set[str]:
    return {f.category for f in flags}


@pytest.mark.parametrize(
    ("bio", "text"),
    [
        ("Filialleiterin bei Harborline · Köln", "lange Woche"),
        ("Employée chez Harborline, rayon frais", "longue semaine"),
        ("Medewerker bij Harborline Utrecht", "lange week"),
        ("Engenheiro de dados na Harborline", "semana longa"),
        ("Data analyst, Harborline Pay. she/her", "long week"),
        ("Customer success @ Harborline | Boston", "long week"),
        ("Trabajo en Harborline, servicio al cliente", "semana larga"),
        (None, "Trabajo en Harborline y estoy cansada"),
        (None, "Ich arbeite bei Harborline seit drei Jahren"),
        (None, "Je travaille chez Harborline depuis 2020"),
        (None, "Als Harborline-Mitarbeiter sag ich nichts dazu"),
        (None, "As a Harborline adjuster I have seen things"),
    ],
)
def test_employees_in_several_languages(
    profile: Profile, mention: MentionFactory, bio: str | None, text: str
) -> None:
    assert is_employee(mention(text, author_description=bio), profile)


@pytest.mark.parametrize(
    ("bio", "text"),
    [
        ("Kunde bei Harborline seit 2019", "lange Woche"),
        ("Happy Harborline customer, coffee lover", "long week"),
        ("Ehemalige Mitarbeiterin bei Harborline", "lange Woche"),
        (None, "Flying with Harborline Pay today? no, paying with it"),
    ],
)
def test_non_employees_in_several_languages(
    profile: Profile, mention: MentionFactory, bio: str | None, text: str
) -> None:
    assert not is_employee(mention(text, author_description=bio), profile)


EMPLOYEE = {"author_description": "Ops lead at Harborline", "author_handle": "someone_hl"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Unsere Geschäftsführung hat keine Ahnung, was los ist", "employee_disparagement"),
        ("La direction est complètement nulle, on n'a plus personne", "employee_disparagement"),
        ("Mi jefe en Harborline es un desastre", "employee_disparagement"),
        ("Os gestores são uns palhaços", "employee_disparagement"),
        ("Mijn manager is een grap, niemand plant iets", "employee_disparagement"),
        ("this company treats cashiers like machines", "employee_disparagement"),
        ("Ich suche einen neuen Job, Hinweise gern per DM", "job_hunting"),
        ("Je cherche un nouvel emploi, quelqu'un recrute ?", "job_hunting"),
        ("Busco trabajo nuevo, ¿alguien contrata?", "job_hunting"),
        ("Estou procurando um novo emprego", "job_hunting"),
        ("Ik ben op zoek naar een nieuwe baan", "job_hunting"),
        ("open to new opportunities, DMs open", "job_hunting"),
    ],
)
def test_employee_hr_rules_in_several_languages(
    profile: Profile, mention: MentionFactory, text: str, category: str
) -> None:
    assert categories(detect_flags(mention(text, **EMPLOYEE), profile, NEUTRAL)) == {category}


@pytest.mark.parametrize(
    "text",
    [
        "Mein Team bei Harborline sucht Verstärkung, meldet euch bei mir",
        "Someone online said Harborline management is a joke. Disagree, they are great.",
        "Looking for a new role for my D&D character, ideas?",
        "Die Kunden heute waren anstrengend",
    ],
)
def test_employee_hard_negatives_in_several_languages(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert detect_flags(mention(text, **EMPLOYEE), profile, NEUTRAL) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harborline ist reine Abzocke. Finger weg!",
        "Harborline c'est une arnaque, prix doublés",
        "Harborline es una estafa, no paguen",
        "Harborline é uma fraude, fujam",
        "Harborline overcharged 200 customers and won't refund. Lawsuit coming.",
        "Lawsuit incoming: Harborline used our data without consent",
    ],
)
def test_framing_in_several_languages(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert categories(detect_flags(mention(text), profile)) == {"negative_spin"}


@pytest.mark.parametrize(
    "text",
    [
        "Boycott Monday meetings. Paying with Harborline to cheer up.",
        "Fake Harborline gift card scam on WhatsApp, don't click",
        "Watch out for scam calls pretending to be banks. Harborline never calls.",
        "Harborline hat mir bei einem Betrugsversuch geholfen, danke!",
        "Is Harborline a scam? No, four years with them and it's solid",
    ],
)
def test_framing_aimed_elsewhere_is_not_spin(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert detect_flags(mention(text, author_followers=50_000), profile) == []


def test_reach_alone_needs_hostility_not_a_foreign_article(
    profile: Profile, mention: MentionFactory
) -> None:
    # VADER reads the German article "die" as the English verb: not hostile.
    praise = mention("Harborline hat die besten Karten der Stadt", author_followers=50_000)
    hostile = mention("Harborline verkauft Gammelfleisch, Skandal!", author_followers=50_000)
    assert detect_flags(praise, profile) == []
    assert categories(detect_flags(hostile, profile)) == {"negative_spin"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copperfield Bank unterschreibt Vertrag über 5 Mio. mit Harborline", True),
        ("Metro Health Partners firmó un contrato con Harborline", True),
        ("Copperfield Bank is paying Harborline $300k a year", True),
        ("Greenleaf Grocers charges $3 for bags and Harborline charges $1", False),
        ("Copperfield Bank signed a lease downtown", False),  # not about the company
    ],
)
def test_customer_deal_terms_by_outsiders(
    profile: Profile, mention: MentionFactory, text: str, expected: bool
) -> None:
    flags = detect_flags(mention(text), profile, NEUTRAL)
    assert ("customer_disclosure" in categories(flags)) is expected


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("bio", "text"),
    [
        ("engineer at " * 5_000 + "Harborline", "I work at " * 5_000 + "Harborline"),
        ("Harborline " * 10_000, "my manager at Harborline is " + "a joke " * 10_000),
        (None, "Harborline internal memo " * 5_000),
        (None, "Carol Jensen cancer " * 5_000 + "Harborline"),
        (None, "Harborline " + "scam. " * 20_000),
        (None, "Harborline Bluefin " + "B.l.u.e.f.i.n " * 5_000),
        (None, "Harborline " + "Copperfield Bank signed $4M " * 3_000),
        ("ex-" * 10_000 + "Harborline", "Harborline " + "ich bin bei " * 5_000),
    ],
)
def test_hostile_posts_and_bios_stay_bounded(
    profile: Profile, mention: MentionFactory, bio: str | None, text: str
) -> None:
    post = mention(text, author_description=bio, author_followers=50_000)
    flags = detect_flags(post, profile)
    assert len(flags) <= 50
    assert all(len(f.evidence) <= 200 for f in flags)


@pytest.mark.parametrize(
    "text",
    [
        "Η Harborline είναι απάτη, κρατάνε τα λεφτά σου",
        "Harborline 是骗子,千万别用",
        "Harborline 사기 회사, 환불 안 해줌",
        "Harborline to podvod, nikdy více",
        "Harborline e o țeapă, nu vă lăsați",
        "Harborline — мошенники, не связывайтесь",
        "#BoycotHarborline na het datalek",
        "Harborline falsified the audit logs, says a whistleblower",
    ],
)
def test_framing_in_more_scripts(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert categories(detect_flags(mention(text), profile)) == {"negative_spin"}


@pytest.mark.parametrize(
    "text",
    [
        "Non, Harborline n'est pas une arnaque : remboursée en deux jours.",
        "Harborline no es una estafa, solo es lenta con los reembolsos.",
        "Harborline to nie jest oszustwo, pieniądze wróciły.",
        "Harborline är inte bedrägeri, bara dålig support.",
        "Δεν είναι απάτη η Harborline, απλώς αργούν.",
        "Sahte Harborline hesabı kampanya vaat ediyor. Dolandırıcı olan onlar, Harborline değil.",
        "Ojo con el perfil falso de Harborline que pide pagos: la empresa no tiene nada que ver.",
        "Attention au faux compte Harborline qui promet des cadeaux.",
        "冒充 Harborline 客服的电话是诈骗,请注意",
        "The reseller outside the Harborline kiosk is the scam, not the bank.",
    ],
)
def test_denied_or_impostor_framing_in_more_languages_is_not_spin(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert "negative_spin" not in categories(detect_flags(mention(text), profile))


def test_a_cjk_alias_inside_cjk_text_names_the_company(
    profile: Profile, mention: MentionFactory
) -> None:
    japanese = profile.model_copy(update={"aliases": [*profile.aliases, "ハーバーライン"]})
    text = "ハーバーラインの手数料、ほぼ詐欺。もう使わない。"
    assert categories(detect_flags(mention(text), japanese)) == {"negative_spin"}
    assert detect_flags(mention(text), profile) == []  # without the alias: not about it
