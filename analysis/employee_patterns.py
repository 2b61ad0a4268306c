"""Regex sources for ``analysis.employees``: what a bio or a post says about working at X.

Each function takes ``name``, a regex source matching the company's names (boundaries that let
a name touch Japanese text), and returns sources for ``EmployeeMatcher`` to compile once per
profile. Post patterns come with the literal cues they cannot match without, so a post that
has none of them is not searched at all.
"""

from __future__ import annotations

from analysis import hr_lexicon as H

ROLE = rf"(?:{H.ROLES}|{H.ROLES_INTL})"
CUE = rf"(?:{H.ROLES}|{H.ROLES_INTL}|{H.WORK_CUES})"
_ROLE = ROLE
_AT = H.AT
_STRONG_AT = r"(?:\bbei|\bchez|\bbij|\bpresso)"  # in a bio these say "works at"
Sources = tuple[tuple[tuple[str, ...], str], ...]


def bio(name: str) -> str:
    """Everything a bio may say about working at the company, as one alternation."""
    return (
        rf"\b(?:work(?:s|ing)?|employed)\s+(?:at|for|with|@)\s*(?:[^\w\s]{{1,3}}\s*)?{name}"
        rf"|\b(?:{_ROLE})s?\b[\w\s,&()/'-]{{0,30}}?(?:\s{_AT}\s+|\s?@\s?){name}"
        rf"|\b(?:{_ROLE})s?(?:\s+[\w&-]+){{0,2}}?\s*[,|·•–-]{{1,3}}\s*{name}"
        rf"|{_STRONG_AT}\s*{name}"
        rf"|{name}[\s-]+(?:employee|staff|staffer|team\s+member|engineer|recruiter|intern"
        rf"|mitarbeiter(?:in)?|team)\b"
        rf"|\bopinions?\s+(?:are\s+)?(?:my\s+own|own|mine)\b"
        rf"|\bviews\s+(?:are\s+)?(?:my\s+own|mine)\b"
        rf"|\bmeinung\s+ist\s+meine\s+eigene\b"
        rf"|\b(?:trabajo|trabalho|arbeite|travaille|werk|lavoro)\s+{_AT}\s+{name}"
        # "Building e-bikes at X", "Shipping code @ X": a gerund clause ending at the name
        rf"|\b\w+ing\b[\w\s,&'-]{{0,30}}?\s(?:at|@|for)\s+{name}"
        rf"|\b(?:drives?|deliver(?:s)?|codes?|builds?|sells?|cooks?|fl(?:y|ies))\s+(?:for|@)\s*{name}"
        # "X warehouse crew", "X support team": the name, then a department or role
        rf"|{name}\s+(?:[\w-]+\s+)?(?:{_ROLE})s?\b"
        # "X | B2B sales", "X · store advisor": the name, a separator, then a role
        rf"|{name}\s*[|·•–—]\s*(?:[\w&-]+\s+){{0,2}}(?:{_ROLE})s?\b"
        # "Animator at X", "Konsultant w X": a short phrase opening a bio segment, then
        # "at" and the name. Job titles are an open list; a bio rarely says "<noun> at X"
        # for anything but a job (customers and fans are caught by ``NOT_STAFF``).
        rf"|(?:^|[.|·•;/\n(]\s*)(?:[\w'’&-]+\s+){{0,3}}?[\w'’&-]+\s*"
        rf"(?:\bat\b|@|\bbei\b|\bchez\b|\bw\b|\bpresso\b|\bbij\b|\ben\b|\bna\b|\bem\b)"
        rf"\s*{name}"
        # a work cue in the name's segment, either side, across one separator:
        # "Halyard dispatch", "Orrery | backend", "backend eng | orrery pay", "IT Halyard"
        rf"|{name}\s*[|·•,–—-]?\s*(?:[\w&'’-]+,?\s+){{0,3}}?(?:{CUE})s?(?!\w)"
        rf"|(?<!\w)(?:{CUE})s?(?:\s+[\w&'’()-]+){{0,3}}?\s*[|·•,–—-]?\s*(?:in\s+)?{name}"
        rf"|\bit\s+{name}|{name}\s*(?:勤務|社員|で働|に勤め|入社|\d+\s*年目)"
        # "Xでデータエンジニアやってます" (doing a job at X), "X 東京オフィス" (an office of X)
        rf"|{name}(?:\s*で[^。、\n|·•]{{0,12}}?|\s+[^。、\n|·•]{{0,15}}?)(?:エンジニア|マネージャー|デザイナー|スタッフ|ドライバー"
        rf"|オペレーター|サポート|リーダー|営業|事務|担当|開発|看護師|店員|働い|勤め)"
        rf"|{name}\s*[^\s。、/|]{{0,8}}?(?:オフィス|支社|本社|支店|営業所|事業部|工場)"
        # a job title nobody listed: "wheel builder, X", "X | Kommissioniererin"
        rf"|(?:^|[.|·•;/\n(]\s*)(?:[\w'’&-]+\s+){{0,2}}?{H.AGENT_NOUN}\s*[,|·•–—@-]+\s*{name}"
        rf"|{name}\s*[,|·•–—-]+\s*(?:[\w'’&-]+\s+){{0,2}}?{H.AGENT_NOUN}\s*(?:$|[.|·•;,\n])"
    )


def post(name: str) -> Sources:
    """First-person statements of working at the company, each with its cues."""
    at = rf"\s*(?:\bat\b|\bfor\b|\bwith\b|@)?\s*{name}"
    return (
        (
            ("work", "werk ", "arbeite", "pracuj"),
            rf"\bi\s+(?:currently\s+|still\s+|now\s+|actually\s+)?work\s+"
            rf"(?:(?!out\b)[\w-]+\s+){{0,2}}?(?:at|for|@)\s*{name}"
            rf"|(?<!stop\s)(?<!not\s)\bworking\s+(?:at|for)\s+{name}"
            # "Work at X, leadership is...": the pronoun dropped at the start
            rf"|(?:^|[.!?]\s+)work\s+(?:(?!out\b)[\w-]+\s+){{0,2}}?(?:at|for)\s+{name}"
            rf"|(?:^|[.!?]\s+)(?:werk|arbeite|pracuję)\s+(?:bij|voor|bei|für|w)\s+{name}",
        ),
        (
            ("here",),
            # "here at X we ...", "X community manager here"
            rf"\bhere\s+at\s+{name}(?=[\s,]+(?:we|our|us)\b)"
            rf"|\b(?:we|our)\b[^.!?]{{0,40}}\bhere\s+at\s+{name}"
            rf"|{name}\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})s?\s+here\b",
        ),
        (
            ("being",),
            rf"\bbeing\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})\s+"
            rf"(?:at|for|with)\s+{name}",
        ),
        (
            ("i ",),
            rf"\bi\s+(?:do|run|lead|manage|handle)\s+(?:the\s+)?[\w\s-]{{1,30}}?\s"
            rf"(?:at|for)\s+{name}|\bi\s+(?:drive|deliver)\s+(?:\w+\s+)?for\s+{name}"
            # "i clean rooms at X", "i stock shelves for X": a verb of work, then X
            rf"|\bi\s+(?:clean|cook|serve|wait\s+tables|tend\s+bar|code|build|design|sell|teach"
            rf"|answer|stock|pack|staff|cover|process|schedule|dispatch|nurse|treat|clean)"
            rf"\s+(?:[\w-]+\s+){{0,3}}?(?:at|for)\s+{name}",
        ),
        (("lavoro",), rf"\blavoro\s+(?:presso|per|da|in)\s+{name}"),
        (
            ("i'm", "i’m", "i am"),
            rf"\bi(?:'|’|\s+a)m\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)"
            rf"{{0,3}}?(?:{_ROLE})s?{at}|\bi(?:'|’|\s+a)m\s+(?:an?\s+|the\s+)?{name}\s+"
            rf"(?:{_ROLE})s?\b",
        ),
        (
            ("my ", "our "),
            rf"\b(?:my|our)\s+(?:(?!old|former|previous|last|ex\b)[\w-]+\s+){{0,2}}?"
            rf"(?:employer|boss|manager|job|role|position|co-?workers|colleagues|salary"
            rf"|shift|team|director|ceo|vp|supervisor|team\s+lead|department|store|office)"
            rf"\s+(?:at|@|here\s+at)\s*{name}"
            rf"|{name}\s+is\s+my\s+employer"
            # "our X warehouse", "my X badge": a site or thing only staff have
            rf"|\b(?:my|our)\s+{name}\s+(?:office|warehouse|team|hub|depot|crew|shift"
            rf"|badge|colleagues|co-?workers|manager|boss|payslip|paycheck|salary)\b"
            # "my employer @X", "my company (X)", "my employer, X,"
            rf"|\bmy\s+(?:current\s+)?(?:employer|company|workplace)\s*[(,:–—-]?\s*{name}",
        ),
        (
            ("we at", "wir bei", "nous chez", "nosotros en", "noi di", "wij bij", "my w "),
            # the company's own voice from inside: "we at X", "wir bei X"
            rf"\b(?:we\s+at|wir\s+bei|nous\s+chez|nosotros\s+en|noi\s+di|wij\s+bij"
            rf"|my\s+w)\s+{name}",
        ),
        (
            (
                "fellow",
                "pays me",
                "paid me",
                "hired me",
                "team",
                "who ",
                "colleagues",
                "badge",
                "laptop",
                "current",
                "we ",
                "noi ",
                "wir ",
                "nosotros ",
                "nós ",
                "nous ",
                "wij ",
                "at ",
            ),
            rf"\bfellow\s+(?:[\w-]+\s+)?(?:{_ROLE})s?\s+(?:at|@|here\s+at)\s*{name}"
            rf"|{name}\s+(?:pays|paid|hired)\s+me\b"
            rf"|\bon\s+the\s+(?:[\w-]+\s+){{0,2}}team\s+(?:at|@)\s*{name}"
            # "as someone who works the X hub counter", "... who sits on the X support phones"
            rf"|\bas\s+(?:someone|somebody|a\s+person|one)\s+who\s+(?:works?|sits?|stands?"
            rf"|answers?|drives?|runs?)\s+(?:(?:at|for|on|in)\s+)?(?:the\s+)?{name}"
            # "X colleagues: you saw nothing", "my badge at X", "the X laptop gets handed back"
            rf"|{name}\s+colleagues\b|\bcolleagues\s+at\s+{name}"
            rf"|\bmy\s+(?:badge|lanyard|laptop|login|locker|desk|payslip|access\s+card)\s+at\s+{name}"
            rf"|\bthe\s+{name}\s+(?:laptop|badge|lanyard)\s+(?:gets|goes)\s+(?:handed\s+)?back"
            # "a current X CGM engineer", "we X riders", "noi tecnici X", "at X we had a webinar"
            rf"|\bcurrent\s+{name}\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE}|employee)s?\b"
            rf"|\b(?:we|noi|wir|nosotros|nós|nous|wij)\s+(?:[\w-]+\s+){{0,2}}?{name}"
            rf"(?!\s+(?:customers?|users?|fans?|clients?|shoppers?|members?|clientes|kunden))\b"
            rf"|\bat\s+{name},?\s+(?:we|our)\b",
        ),
        (
            (
                "been",
                "work as",
                "working as",
                "trabajo de",
                "trabajo como",
                "lavoro come",
                "arbeite als",
                "travaille comme",
                "bosse comme",
                "trabalho como",
                "werk als",
                "pracuję jako",
            ),
            # "been a receptionist at X", "work as a porter at X", "trabajo de enfermera
            # en X", "arbeite als Koch bei X": any job word between "as" and the name
            rf"\bbeen\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})\s+(?:at|for|with)\s*{name}"
            rf"|\b(?:work(?:ing)?\s+as|trabajo\s+(?:de|como)|lavoro\s+come|arbeite\s+als"
            rf"|travaille\s+comme|bosse\s+comme|trabalho\s+como|werk\s+als|pracuję\s+jako)"
            rf"\s+(?:an?\s+|une?\s+|el\s+|la\s+)?(?:[\w'-]+\s+){{1,3}}?"
            rf"(?:at|for|en|para|da|presso|in|per|bei|für|chez|pour|na|no|em|bij|voor|w|dla)"
            rf"\s+{name}",
        ),
        (
            ("as ",),
            rf"\bas\s+(?:an?\s+|the\s+)?{name}\s+(?:[\w-]+\s+)?(?:{_ROLE})s?\b"
            rf"|\bas\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE})\s+(?:at|for|with)\s*{name}",
        ),
        (("employee",), rf"\bemployee\s+(?:of|at)\s+{name}"),
        (
            ("trabaj", "soy ", "trabalh", "curr", "sou "),
            rf"\b(?:trabajo|curro|currando|trabajando)\s+(?:en|para)\s+{name}"
            rf"|\bsoy\s+(?:[\w-]+\s+){{0,3}}?(?:en|de)\s+{name}"
            rf"|\b(?:trabalho|trabalhando)\s+(?:na|no|em|para)\s+{name}"
            # "trabalho no suporte da X", "trabajo en el almacén de X": a department of X
            rf"|\b(?:trabajo|trabalho)\s+(?:en|na|no|em)\s+(?:el\s+|la\s+|los\s+|o\s+|a\s+)?"
            rf"[\w-]+(?:\s+[\w-]+)?\s+(?:de|del|da|do|dos|das)\s+{name}"
            rf"|\bsou\s+(?:[\w-]+\s+){{0,3}}?(?:na|no|da|do|em)\s+{name}",
        ),
        (("pracuj",), rf"\bpracuj[eęą]\s+(?:\w+\s+){{0,3}}?(?:w|dla|u)\s+{name}"),
        (
            ("arbeite", "bin ", "als "),
            rf"\b(?:ich\s+)?arbeite\s+(?:\w+\s+){{0,4}}?(?:bei|für)\s+{name}"
            rf"|\b(?:ich\s+)?bin\s+(?:[\w-]+\s+){{0,3}}?bei\s+{name}"
            rf"|\bals\s+{name}[\s-]+(?:mitarbeiter(?:in)?|angestellte[r]?)",
        ),
        (
            ("je ", "ik ", "bosse", "travaille"),
            rf"\b(?:je\s+)?(?:travaille|bosse)\s+(?:\w+\s+){{0,3}}?(?:chez|pour|à)\s+{name}"
            rf"|\bbosser\s+(?:chez|pour)\s+{name}"
            rf"|\bje\s+suis\s+(?:[\w-]+\s+){{0,3}}?chez\s+{name}"
            rf"|\bik\s+werk\s+(?:\w+\s+){{0,3}}?(?:bij|voor)\s+(?:de\s+|het\s+)?{name}",
        ),
        (
            ("mi ", "mein", "mon ", "ma ", "mijn ", "meu ", "minha ", "mio ", "mój "),
            rf"\b(?:mi\s+jef[ea]|mi\s+gerente|mein(?:e)?\s+chef(?:in)?|mon\s+chef"
            rf"|ma\s+cheffe|mijn\s+(?:manager|baas)|meu\s+chefe|minha\s+chefe)\s+"
            rf"(?:en|bei|chez|bij|na|no)\s+{name}"
            # "mi empresa (X)", "mon employeur, X", "meinem Arbeitgeber X"
            rf"|\b(?:mi|mon|ma|mein(?:em|en|e)?|meu|minha|mijn|(?:il\s+)?mio|mój|moja)\s+"
            rf"(?:actual\s+|aktuelle[rnm]?\s+|actuel(?:le)?\s+)?(?:empresa|empleador"
            rf"|employeur|entreprise|boîte|arbeitgeber|betrieb|empregador|werkgever"
            rf"|datore\s+di\s+lavoro|pracodawca|firma)\s*[(,:–—-]?\s*{name}",
        ),
        (
            ("como ", "comme ", "come ", "jako ", "als "),
            # "als Teamleiter bei X", "como analista en X", "jako programista w X"
            rf"\b(?:als|como|comme|come|jako|enquanto)\s+(?:\w+\s+){{0,2}}?(?:{_ROLE})"
            rf"\s+(?:{_AT}|in|w)\s+{name}",
        ),
        (
            ("signed", "sincerely", "regards", "love,", "cheers,"),
            # a signature: "signed, a very tired X driver"
            rf"(?:\b(?:signed|sincerely|regards)[,:]?|\b(?:love|cheers),)\s+(?:just\s+)?"
            rf"(?:an?\s+|your\s+)?(?:[\w-]+\s+){{0,3}}?{name}\s+(?:[\w-]+\s+)?(?:{_ROLE})s?\b",
        ),
        (
            ("で働", "勤務", "勤め", "社員"),
            rf"{name}\s*(?:で働|に勤め|勤務|の社員|社員)",
        ),
    )


def intro(name: str) -> str:
    """A post that opens with a title and the name: "nurse at X, currently weighing offers"."""
    return (
        rf"\s*(?:an?\s+|une?\s+)?(?:[\w-]+\s+)?(?:{_ROLE})s?(?:\s+[\w-]+){{0,2}}?\s+"
        rf"(?:{_AT}|in|w)\s*{name}\s*[,.:;!—-]"
    )


THERE: Sources = (
    (
        ("work", "drive", "deliver"),
        r"\bi\s+(?:also\s+|actually\s+)?(?:work|drive|deliver)\s+"
        r"(?:(?:in|on|as|at)\s+(?:\w+\s+){0,3}?)?(?:there|for\s+them)\b",
    ),
    (("arbeite",), r"\b(?:ich\s+)?arbeite\s+(?:\w+\s+){0,2}?(?:dort|da)\b"),
    (("trabaj",), r"\btrabajo\s+(?:ahí|allí|allá)\b"),
    (("trabalh",), r"\btrabalho\s+lá\b"),
    (("là-bas", "y travaille"), r"\b(?:je\s+)?(?:travaille|bosse)\s+là-bas\b"),
    (("ik werk",), r"\bik\s+werk\s+(?:er|daar)\b"),
    (("ci lavoro",), r"\bci\s+lavoro\b"),
)
"""A first-person job statement that points back at a company named anywhere: "I work in IT
there"."""


def weak(name: str) -> Sources:
    """Weaker self-placement that only the HR rules read: tenure, "currently at X"."""
    tenure = H.TENURE
    any_tenure = H.TENURE_ANY
    return (
        (
            (
                "currently",
                "presently",
                "now ",
                "still ",
                "aktuell",
                "derzeit",
                "momentan",
                "noch ",
                "actualmente",
                "atualmente",
                "attualmente",
                "actuellement",
                "momenteel",
                "obecnie",
            ),
            # "currently at X", "Currently at a mid-size fintech (X)", "Aktuell noch
            # bei X": a clause that opens with it, not "my parcel is currently at X"
            rf"(?:^|[.!?,;:(]\s*|\b(?:i'?m|i\s+am|ich\s+bin|estoy|estou|sono|je\s+suis"
            rf"|ik\s+(?:ben|zit)|jestem)\s+)(?:currently|presently|now|still|aktuell"
            rf"|derzeit|momentan|noch|actualmente|atualmente|attualmente|actuellement"
            rf"|momenteel|nu|obecnie)(?:\s+noch)?\s+(?:[\w-]+\s+){{0,3}}?(?:at|@|with|bei|en|na|no|in|chez"
            rf"|bij|w)\s+(?:an?\s+[\w\s-]{{0,30}}?\(\s*)?{name}",
        ),
        (
            (
                "yr",
                "year",
                "month",
                "week",
                "day",
                "first",
                "año",
                "ano",
                "jahr",
                "ans",
                "anni",
                "jaar",
                "lat",
                "llevo",
                "sono in",
                "desde",
                "seit",
                "depuis",
                "sinds",
            ),
            # "10 yrs at X", "4 años en X", "3 Jahren bei X", "X, been there 2 yrs"
            rf"\b{tenure}\s+(?:in\s+)?(?:at|@|en|na|no|bei|chez|in|bij|w|presso)\s+{name}"
            rf"|\bllevo\s+(?:\w+\s+){{1,3}}?en\s+{name}|\bsono\s+in\s+{name}\s+da\b"
            rf"|\b(?:at|@|bei|en|chez|in|bij|w|na|no|presso)\s+{name}\s+"
            rf"(?:for|since|seit|depuis|desde|há|da|sinds|od)\s+{tenure}"
            rf"|\b(?:year|day|week|month)\s+\d+\s+(?:at|@)\s*{name}"
            rf"|\bfirst\s+(?:day|week|month)\s+(?:at|@)\s*{name}"
            # "X front desk for 4 years"
            # (not "been using X pay for 43 months": a customer)
            rf"|(?<!using\s)(?<!used\s)(?<!with\s){name}\s+(?:[\w-]+\s+){{1,2}}?for\s+{tenure}"
            # "Twelve years flying for X"
            rf"|\b{tenure}\s+\w+ing\s+(?:for|at|with)\s+{name}",
        ),
        (
            (
                "been",
                "year",
                "yr",
                "month",
                "jahr",
                "ans",
                "anno",
                "anni",
                "año",
                "ano",
                "jaar",
                "jobbar",
                "arbetar",
                "leav",
                "quit",
                "getting out",
                "move on",
                "escape",
                "raise",
                "rise",
                "bonus",
                "loonsverhoging",
                "gehaltserhöhung",
                "nullrunde",
                "aumento",
                "augmentation",
                "podwyżk",
                "freeze",
                "premia",
                "i'm",
                "i am",
                "estoy",
                "estou",
                "sono ",
                "je suis",
                "ich bin",
                "jestem",
                " na ",
                "nach ",
                "après",
                "dopo",
                "tras",
                "depois",
                "after",
                "po ",
                " da ",
                "nobody",
                "no one",
                "niemand",
                "nessuno",
                "nadie",
                "ninguém",
                "personne",
                "denken",
            ),
            # "been at X 4 yrs", "seit drei Jahren bei X", "in X da un anno", "3 years on the
            # front desk at X", "front desk at a X for 2 years"
            rf"\bbeen\s+(?:at|with)\s+{name}\s+(?:for\s+)?{any_tenure}"
            rf"|\b{any_tenure}\s+(?:in\s+)?(?:at|@|en|na|no|bei|chez|in|bij|w|presso)\s+"
            rf"(?:an?\s+|the\s+)?{name}(?!\s+(?:ge(?:werkt|arbeitet)|lavorato|trabajado"
            rf"|travaillé|trabalhado|pracowa\w+))"
            rf"|\b(?:at|bei|en|chez|in|bij|w|na|no|presso)\s+(?:an?\s+|the\s+)?{name}\s+"
            rf"(?:for|since|seit|depuis|desde|há|da|sinds|od)\s+{any_tenure}"
            rf"|\b{any_tenure}\s+(?:on|in|at|as)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?:at|@)\s+(?:an?\s+|the\s+)?{name}"
            # "my 5th year at X", "fourth year on the cranes at X", "3rd year with X"
            rf"|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth"
            rf"|ninth|tenth)\s+year\s+(?:(?:(?:on|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
            rf"(?:at|with|@)\s*{name}|(?:on|in)\s+the\s+{name}\s+[\w-]+)"
            # "na vier jaar Ashcombe", "cinque anni da X", "after four years at X"
            rf"|\b(?:na|nach|après|dopo|tras|depois\s+de|after|po)\s+{any_tenure}\s+"
            rf"(?:(?:at|bij|bei|chez|da|en|na|in|w|with)\s+)?{name}"
            rf"|\b{any_tenure}\s+da\s+{name}"
            # "nobody at X knows (yet)", "In X non lo sa nessuno": kept from the employer
            rf"|\b(?:nobody|no\s+one|niemand|nessuno|nadie|ninguém|personne)\s+(?:at|bei|bij|in|en"
            rf"|na|chez)\s+{name}\s+(?:knows|weiß|weet|sa|sabe|sait)"
            rf"|\b(?:in|bei|bij|en|na|chez|at)\s+{name}\s+(?:non\s+lo\s+sa\s+nessuno|denken\s+alle"
            rf"|weet\s+niemand|nadie\s+(?:lo\s+)?sabe|ninguém\s+sabe|personne\s+ne\s+sait"
            rf"|nobody\s+knows|no\s+one\s+knows)"
            # leaving X, pay at X: only an employee leaves a job at X or gets a raise there
            rf"|(?<!since\s)(?<!after\s)\b(?:leaving|leave|quit(?:ting)?|getting\s+out\s+of"
            rf"|move\s+on\s+from|escape)\s+{name}"
            rf"|\b(?:pay\s+rise|raise|bonus|loonsverhoging|gehaltserhöhung|nullrunde|aumento"
            rf"|augmentation|podwyżk\w*|pay\s+freeze|premia)\s+(?:\w+\s+){{0,3}}?(?:at|bei|bij|chez"
            rf"|en|na|w|da|in)\s+{name}"
            rf"|\b(?:i'?m|i\s+am|estoy|estou|sono|je\s+suis|ich\s+bin|jestem)\s+(?:at|with|en|na|no"
            rf"|in|chez|bei|bij|w)\s+{name}(?=\s+(?:\w+\s+)?(?:but|and|pero|mas|ma|mais|aber|maar|ale|y|e)\b)"
            # "X foreman here, 6 years", "jobbar på X sedan 2016"
            rf"|{name}\s+[\w-]+(?:\s+[\w-]+)?\s+here,?\s+{any_tenure}"
            rf"|\b(?:jobbar|arbetar)\s+(?:på|hos)\s+{name}\s+sedan\b",
        ),
        (
            ("my ", "our ", "mon ", "ma ", "mi ", "il mio", "la mia", "mein", "mijn ", "meu "),
            # "our GM at the X Bristol", "mon manager chez X", "il mio capo da X"
            rf"\b(?:my|our|mon|ma|mi|il\s+mio|la\s+mia|mein(?:e)?|mijn|meu|minha)\s+"
            rf"(?:(?!old|former|previous|last|ex\b|ancien|vieja?o?)[\w-]+\s+)?"
            rf"(?:boss|manager|gm|supervisor|director|chef|cheffe|responsable|supérieure?"
            rf"|capo|responsabile|direttore|jef[ea]|gerente|chefe|baas|leidinggevende"
            rf"|vorgesetzte[r]?|teamleiter(?:in)?|directeur|directrice)\s+"
            rf"(?:at|@|chez|da|en|bei|bij|na|no|presso|in)\s+(?:the\s+|la\s+|le\s+)?{name}",
        ),
        (
            ("werk ", "arbeite", "lavoro", "trabajo", "travaille", "sono ", "sigo", "bij ", "bei "),
            # "werk nu bij X", "sono alla X", "sigo en X", "bij X werk ik"
            rf"\b(?:werk|arbeite|lavoro|trabajo|travaille)\s+(?:nu|jetzt|noch|ora|ancora|ahora"
            rf"|encore|still|now)\s+(?:bij|bei|in|en|chez|presso|da|para|voor|für)\s+{name}"
            rf"|\bsono\s+(?:alla|al|in|da|presso)\s+{name}"
            rf"|\bsigo\s+(?:trabajando\s+)?(?:en|para)\s+{name}"
            rf"|\b(?:bij|bei)\s+{name}\s+(?:werk\s+ik|arbeite\s+ich)\b",
        ),
        (
            ("tô ", "to na", "estou", "tou ", "zit "),
            rf"\b(?:tô|to|estou|tou)\s+(?:na|no)\s+{name}|\b(?:ik\s+)?zit\s+(?:nu\s+)?bij\s+{name}",
        ),
        (
            ("notice",),
            rf"\b(?:giv\w*|hand\w*\s+in|put\w*\s+in)\s+(?:my\s+)?notice\s+(?:at|to)\s+{name}",
        ),
        (
            (
                "werken",
                "arbeiten",
                "trabajar",
                "trabalhar",
                "travailler",
                "lavorare",
                "pracować",
            ),
            rf"\bbij\s+{name}\s+werken|\bwerken\s+bij\s+{name}|\bbei\s+{name}\s+(?:zu\s+)?"
            rf"arbeiten|\btrabajar\s+(?:en|para)\s+{name}|\btrabalhar\s+(?:na|no|em|para)"
            rf"\s+{name}|\btravailler\s+(?:chez|pour)\s+{name}|\blavorare\s+(?:in|per"
            rf"|presso|da)\s+{name}|\bpracować\s+w\s+{name}",
        ),
    )
