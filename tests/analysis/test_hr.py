"""HR rules read compositionally: who works there, workplace topic + stance, job-search acts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analysis import hr
from analysis.flags import Flag, _rules, detect_flags, is_employee
from analysis.gate import trie_regex
from analysis.profile import Profile
from analysis.sentiment import Sentiment
from connectors.base import Mention

MentionFactory = Callable[..., Mention]
NEUTRAL = Sentiment("neutral", 0.0)
D, J = "employee_disparagement", "job_hunting"
STAFF = {"author_description": "Harborline · support", "author_handle": "someone_hl"}


def hr_categories(flags: list[Flag]) -> set[str]:
    return {f.category for f in flags if f.category in (D, J)}


# --- who works there ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bio",
    [
        "Harborline · ramp",  # the name as a bio segment next to a short one
        "wheel builder, Harborline",  # a job title nobody listed
        "Harborline | assembly line",
        "6 yrs in Harborline ops",
        "Harborline勤務",  # the name touching Japanese text
        "pricing analyst (freight). harborline",
        "operatrice call center Harborline · Milano",  # a call centre, in Italian
        "Inbound calls, Harborline, Sunderland",
        "trading desk, harborline. hedgehog rescue at weekends",
        "Atención al cliente en Harborline (Madrid)",  # customer service is staff
        "H4rb0rl1ne call centre drone #4471",  # the name in l33t
        "ロンドン在住。Harborlineでデータエンジニアやってます",  # a job at X, in Japanese
        "Harborline 東京オフィス / カスタマーサクセス",  # an office of X
        # a bio laid out in segments: the job, then the company with a local entity or city
        "Zbrojarz · Harborline Budownictwo · Wrocław",
        "Regolazione traffico · Harborline Trasporti Torino",
        "BIM / construction numérique · Harborline",
        "Conducteur de tram, Harborline Lyon. 8 ans de maison.",
        "tower crane op | harborline lifer | coys",
        "salarié Harborline, compte jetable",
        "Harborline Japan ソフトウェアエンジニア",
    ],
)
def test_bios_that_say_employee(profile: Profile, mention: MentionFactory, bio: str) -> None:
    assert is_employee(mention("long week", author_description=bio), profile)


@pytest.mark.parametrize(
    "bio",
    [
        "Harborline Pay user since 2020",
        "Harborline dealer, Leeds",
        "Official Harborline account. We're here 24/7.",
        "ehemals Harborline, jetzt Freelancer",
        "Harborline Deutschland",
        "Engineer at Acme. Harborline fan.",
        "Cliente de Harborline desde 2019",
        "Harborlineで勉強してます",  # studying with X: a customer
        "Harborlineのサポートに電話した",  # called X's support
        "Leeds · Harborline fan · dad",
        "Valencia · Harborline commuter · cyclist",
        "Harborline Homes owner · Leeds",
        "ex-Harborline · now freelance",
    ],
)
def test_bios_that_do_not(profile: Profile, mention: MentionFactory, bio: str) -> None:
    assert not is_employee(mention("long week", author_description=bio), profile)


@pytest.mark.parametrize(
    "text",
    [
        "As a grad at Harborline I was promised 'structured rotations'",
        "As a Harborline SOC analyst in Tokyo: appreciation week was one pizza",
        "Harborline foreman here, 6 years. Anyone know a decent outfit hiring?",
        "as someone who sits on the Harborline support phones: nobody upstairs listens",
        "my badge at Harborline hasn't worked for three weeks and nobody answers my tickets",
        "Noi tecnici Harborline facciamo sessanta ore a settimana",
        "Ik werk bij de Harborline-helpdesk en we krijgen 40 bellers per uur",
        "any recruiters in fintech? asking for me, a current Harborline data engineer",
        "at Harborline we had a webinar on wellbeing while answering tickets",
    ],
)
def test_more_posts_that_say_employee(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert is_employee(mention(text), profile)


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("My 5th year at Harborline and still no raise", True),
        ("Fourth year on the cranes at Harborline, the pay is a joke", True),
        ("Jobbar på Harborline sedan 2016. Ledningen lyssnar aldrig.", True),
        ("My 5th year of running, new shoes from Harborline", False),
        ("Na vier jaar Harborline is het tijd voor iets nieuws", True),
        ("thinking about leaving Harborline. any fintechs you'd recommend?", True),
        ("since leaving Harborline in March I sleep better", False),
        ("Nullrunde bei Harborline zum dritten Mal in Folge", True),
        ("final interview tomorrow elsewhere, nobody at Harborline knows yet", True),
    ],
)
def test_tenure_by_ordinal_places_the_author(profile: Profile, text: str, placed: bool) -> None:
    low = text.lower()
    assert _rules(profile).employees.placed(low) is placed


@pytest.mark.parametrize(
    "text",
    [
        "my employer (Harborline) froze raises again",
        "Mi empresa (Harborline) nos obliga a volver a la oficina",
        "Dritte Runde ohne Erhöhung bei meinem Arbeitgeber Harborline",
        "Ich arbeite seit 4 Jahren bei Harborline und nichts ändert sich",
        "Als Teamleiter bei Harborline kann ich sagen: es ist chaotisch",
        "Harborline had an outage last week. I work in IT there and nobody told us",
        "signed, a very tired Harborline support agent",
        "nurse at Harborline, weighing two offers",
        "i clean offices at Harborline and the pay is a joke",
        "Trabajo de cajera en Harborline desde 2019",
    ],
)
def test_posts_that_say_employee(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert is_employee(mention(text, author_description=None), profile)


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("5 yrs at Harborline and I'm paid less than the new grads", True),
        ("Llevo 4 años en Harborline y sin aumento", True),
        ("Sono in Harborline da 3 anni: stipendio fermo", True),
        ("currently at Harborline, can start asap", True),
        ("Ik zit nu bij Harborline maar ben klaar voor iets nieuws", True),
        ("Llevo 4 años en Harborline comprando y nada", False),  # a customer
        ("Harborline customer for 6 years and their support is slow", False),
        ("my card is currently at Harborline for a replacement", False),  # not a clause start
        ("been at harborline 4 yrs and nothing changes", True),
        ("Seit drei Jahren bei Harborline und kein Bonus", True),
        ("In Harborline da un anno: turni assurdi", True),
        ("3 years on the front desk at Harborline and still no raise", True),
        ("Support desk at a Harborline for 2 years. Tired.", True),
        ("Mon manager chez Harborline refuse mes congés", True),
        ("Il mio capo da Harborline urla sempre", True),
        ("our GM at the Harborline Leeds branch is never in", True),
        ("Werk nu bij Harborline maar ik solliciteer overal", True),
        ("Sono alla Harborline ma sto cercando altro", True),
        ("Sigo en Harborline pero tengo entrevista el jueves", True),
        ("Bij Harborline werk ik me kapot", True),
        ("Ik heb twee jaar bij Harborline gewerkt", False),  # past tense: a former employee
        ("been using harborline pay for 43 months, zero complaints", False),  # a customer
    ],
)
def test_weak_self_placement(profile: Profile, text: str, placed: bool) -> None:
    employees = _rules(profile).employees
    assert employees.placed(text.lower()) is placed


@pytest.mark.parametrize(
    ("bio", "placed"),
    [
        ("Harborline Le Havre – équipe export", True),  # job words no list has
        ("Accountmanager Harborline", True),
        ("PT på Harborline Göteborg", True),
        ("Harborline 上海办事处", True),
        ("ハーバーライン トレーナー · Harborline", True),
        ("Head office, Manchester (Harborline) · finance", True),
        ("Harborline fan · Leeds", False),
        ("Official Harborline account", False),
        ("laid off from Harborline in March", False),
        ("Eski Harborline çalışanı. Şimdi serbest.", False),
        ("Engineer at Acme. Harborline shareholder", False),
        ("dev at acme · harborline pay since 2019", False),  # another employer
        ("Harborline Ferries deckhand", False),  # the profile's same-name exclusion
        ("just a guy who likes boats", False),
    ],
)
def test_a_bio_naming_the_company_places_weakly(profile: Profile, bio: str, placed: bool) -> None:
    employees = _rules(profile).employees
    assert employees.placed("long week", bio) is placed


def test_a_bio_naming_the_company_needs_a_complaint(
    profile: Profile, mention: MentionFactory
) -> None:
    bio = "Accountmanager Harborline"
    moan = mention("the pay is a joke and management never listens", author_description=bio)
    happy = mention("Lovely team lunch today with the Leeds crew", author_description=bio)
    assert hr_categories(detect_flags(moan, profile, NEUTRAL)) == {D}
    assert hr_categories(detect_flags(happy, profile, NEUTRAL)) == set()


def test_weak_placement_is_for_hr_rules_only(profile: Profile, mention: MentionFactory) -> None:
    # A customer could say "5 years at X": it counts with a complaint, not as employment.
    text = "5 years at Harborline and Greenleaf Grocers still pays late"
    m = mention(text, author_description=None)
    assert not is_employee(m, profile)
    assert "customer_disclosure" not in {f.category for f in detect_flags(m, profile, NEUTRAL)}


# --- disparagement --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the pay, honestly, is a joke for what they ask of us",  # clause goes on
        "another 'pizza party' instead of raises. love it here 🙃",
        "our VP just called the on-call team 'a cost center' at the all-hands. cool cool cool",
        "the RTO mandate came from a VP who works remotely. the hypocrisy is art",
        "Die Bezahlung ist ein Witz und die Schichtpläne kommen immer zu spät",
        "la direction ne nous écoute jamais",
        "Sono qui da 3 anni: stipendio fermo, straordinari non pagati",
        "Pracuję tu od roku i szef traktuje nas jak śmieci",
        "上司が毎日怒鳴ってて本当に辛い",
        "management took away our paid breaks and called it 'lean'",
        "Turni di 10 ore e il capo si lamenta pure. Che schifo.",
        # irony by construction
        "nothing says 'people first' like the values poster above the guy they let go",
        "day 400 of 'the pay review is coming soon'",
        "'operational excellence' they call it, while management cuts the van stock again",
        "6th 'final' deadline on the same project. management just likes the word",
        "standup: 45 minutes of a VP explaining why our deadlines are our fault. very inspiring.",
        "love being asked to 'de-risk' a launch by the managers who set the date",
        "il capo ci chiede di sorridere al telefono. Certo, come no.",
    ],
)
def test_workplace_complaints(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert hr_categories(detect_flags(mention(text, **STAFF), profile, NEUTRAL)) == {D}


@pytest.mark.parametrize(
    "text",
    [
        "The traffic this morning was a joke, 40 minutes late to my shift",
        "A customer told me our management must be clueless. It was a storm.",
        "My last job's management was a circus; Harborline is a breath of fresh air",
        "Not toxic at all, my manager covers shifts himself when we're short",
        "Yankees blew it again. worst management in baseball",
        "Overtime this week because of the launch, but it's paid and the pizza's good",
        "the boss in level 3 is garbage design",
        "the L train is a disgrace. late to standup again",
        "love it when the canteen has lasagne, best day of the week",
        "nothing says Friday like a team lunch with the new manager",
        "very inspiring talk by our CEO at the all-hands, proud of this team",
        "People online say managers never listen on safety. Not my experience here.",
        "Dicen por ahí que en los call center los jefes no escuchan. No es mi experiencia.",
        "En mi antiguo trabajo los jefes eran un desastre. Aquí todo bien.",
        "No meu emprego antigo o gerente sumia com as horas extras. Aqui vem tudo certinho.",
        "Spent 4 years at Harborline, left in March. Management was a mess then.",
    ],
)
def test_not_complaints_about_the_employer(
    profile: Profile, mention: MentionFactory, text: str
) -> None:
    assert D not in hr_categories(detect_flags(mention(text, **STAFF), profile, NEUTRAL))


def test_sentiment_alone_needs_a_core_topic_and_no_praise() -> None:
    def score(value: float) -> Callable[[], float]:
        return lambda: value

    text = "leadership made every call this year and we pay for it"
    assert hr.disparagement(text, text, score(-0.7)) is not None
    praise = "people keep asking if I'm leaving. nope, best job I've had, leadership is solid"
    assert hr.disparagement(praise.lower(), praise.lower(), score(-0.8)) is None
    leaving = "told my manager i'm leaving at the end of the month. scary"
    assert hr.disparagement(leaving, leaving, score(-0.6), leaving=True) is None


def test_company_name_is_not_a_topic(profile: Profile) -> None:
    low = "harborline pay is a joke of an app"  # the product, said by an employee
    work = _rules(profile).employees.blank(low)
    assert hr.disparagement(low, work, lambda: 0.0) is None


# --- job hunting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "final round tomorrow with a company that isn't my current one",
        "took a 'dentist appointment' that was actually an onsite somewhere else",
        "signed an offer today, handing in notice monday",
        "Applied to two other banks this week. Feels weird.",
        "got headhunted by a fintech, coffee with them friday",
        "Bewerbungsunterlagen sind raus, drückt mir die Daumen",
        "J'ai un deuxième entretien jeudi pour un poste chez un concurrent",
        "Tengo una oferta de otra fintech sobre la mesa",
        "alguém sabe de vaga de QA remoto?",
        "Ho aggiornato CV e LinkedIn, è ora di cambiare aria",
        "W piątek mam rozmowę kwalifikacyjną w innej firmie",
        "そろそろ転職活動始めようかな",
        "this place is grinding me down. applying to Sanford tonight",
        "already applied to three airlines, anyone done the switch?",
        "sending my CV to every hotel in town",
        "Sto mandando curriculum in giro, qualcuno cerca?",
        "Lavoro qui ma sto cercando altro",
        "Pracuję tu, ale rozglądam się za nową pracą",
        # searches told by a trope
        "if anyone in Austin needs a facilities manager, I may soon be available",
        "three interviews this week and none of them with my current employer",
        "return offer here? maybe. applying everywhere else anyway",
        "any old managers out there happy to be a reference? putting in a couple of applications",
        "Thinking of jumping to heat pump installs. Anyone made that switch?",
        "any sales leaders out there hiring enterprise AEs? 👀",
        "anyone know a decent recruiter for data roles? asking for… me",
        "Alguém está a contratar técnicos no Porto? Pergunto por um amigo (o amigo sou eu)",
        "Kennt jemand Verlage in Berlin, die Designer suchen? Ich bin offen für Neues.",
        "Dopo 4 anni qui cerco nuove sfide.",
        "open to chats about billing ops / revenue assurance roles. DMs are open",
        "Klaar met deze chaos hier. CV staat online, recruiters mogen bellen.",
        "had a really lovely 'coffee' with another supplier today",
        "if this is what growth looks like here, I'll grow somewhere else",
        "do university IT jobs still come with a pension? asking with intent",
        "Handed my notice in today. 4 weeks to go. Bittersweet.",
        "recruiters: yes i will take your call now. lunch is 12-1.",
        "Any old managers happy to be a reference? No reason. Totally no reason.",
        "Looking for new challenges. If you need a site manager, you know where I am.",
        "Esta semana, dos entrevistas. Que nadie se entere en la obra 🤫",
        "Morgen 'Zahnarzttermin'. Im Anzug. Beim Zahnarzt. Ganz normal.",
        "Took a 'long lunch'. It had a whiteboard and three interviewers.",
        "Je commence à regarder ailleurs. MP ouverts.",
        "Aberto a propostas. Pedreiro com 12 anos de experiência.",
        "職務経歴書を書き直してたら朝になった。",
        "Quelqu'un connaît des réseaux qui recrutent à Bordeaux ? Je demande pour moi.",
        "counting down to my notice. 19 days.",
        "changed my LinkedIn headline to 'Ops leader | open to opportunities'. no reason.",
        "¿Algún recruiter de fintech por aquí? Me apetece un cambio.",
        "I'm looking elsewhere. This place taught me a lot, but it's time.",
    ],
)
def test_job_search_acts(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert hr_categories(detect_flags(mention(text, **STAFF), profile, NEUTRAL)) == {J}


@pytest.mark.parametrize(
    "text",
    [
        "My team at Harborline is hiring a senior SRE, DM me",
        "Had an interview with a magazine about our new app, out next week",
        "My brother got an offer from a rival bank, proud of him",
        "Kündigungsfrist für meine Wohnung ist 3 Monate",
        "Got an offer on my old bike from a neighbour",
        "Thinking about leaving the office early to beat the traffic",
        "People keep asking if I'm interviewing elsewhere. I'm not.",
        "Interviewing candidates for two analyst roles this week",
        "Not looking for a new job, just a new saddle",
        "Applied for a visa renewal, six weeks wait",
        "applying to the patch to all the servers tonight",
        "I may be available for the 3pm call after all",
        "My friend keeps 'going to the dentist' every Thursday. Pretty sure she's job hunting.",
        "Buddy of mine is job hunting and asked if our support team is a good gig.",
        "Ma copine cherche un nouveau boulot et me demande si on recrute.",
        "dentist appointment at 3, then back to the rota",  # not in quotes: a real one
        "Interviewing two candidates tomorrow for the night team",
        "No reason to panic about the audit, DMs open if you have questions",
        "looking for new challenges for the team offsite, ideas welcome",
        "two interviews this week with candidates for my team",
        "asking for a friend: is the new canteen menu any good?",
        "coffee with another team lead today, good chat about the migration",
        "my CV is in the drawer, happy here",
    ],
)
def test_not_job_searches(profile: Profile, mention: MentionFactory, text: str) -> None:
    assert J not in hr_categories(detect_flags(mention(text, **STAFF), profile, NEUTRAL))


def test_former_employees_get_no_hr_flags(profile: Profile, mention: MentionFactory) -> None:
    text = "Used to work at Harborline, leadership never listened. Open to work now!"
    assert hr_categories(detect_flags(mention(text, **STAFF), profile, NEUTRAL)) == set()


def test_trie_matches_the_same_words_longest_first() -> None:
    import re

    words = ["ik ", "ik werk", "werk ", "arbeite", "arbeite als", "i'm"]
    pattern = re.compile(trie_regex(words))
    assert pattern.findall("ik werk bij x; arbeite als koch; i'm here") == [
        "ik werk",
        "arbeite als",
        "i'm",
    ]
    assert trie_regex([]) == ""
