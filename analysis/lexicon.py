"""Phrase lists the leak and HR rules read, in English, German, French, Spanish, Portuguese, Dutch.

Every pattern is lowercase and runs case-sensitively on lowercased text
(``analysis.text.lower_keep_offsets``), which is several times faster than ``re.IGNORECASE``
and keeps offsets. Patterns that need the company's name are built per profile in
``analysis.employees``; the ones here are company-independent.

Lists are deliberately phrase-level ("my boss is an idiot", "busco trabajo"), not single
words: a single word ("toxic", "hiring", "internal") is too often harmless.
"""

from __future__ import annotations

import re

# --- who is speaking -----------------------------------------------------------------------

# Job titles and roles; a role next to the company's name in a bio says "I work there".
ROLES = (
    r"employee|staff|staffer|engineer|developer|dev|swe|sre|designer|manager|pm|tpm|lead|"
    r"director|analyst|intern|recruiter|specialist|associate|consultant|architect|scientist|"
    r"vp|head|cto|ceo|cfo|coo|cmo|founder|officer|teller|advisor|rep|agent|coordinator|"
    r"accountant|counsel|researcher|writer|marketer|administrator|admin|team\s+member|"
    r"customer\s+success|support\s+(?:agent|rep|engineer)|product\s+(?:manager|lead)|"
    r"pilot|first\s+officer|captain|attendant|crew|mechanic|technician|tech|dispatcher|"
    r"nurse|rn|adjuster|underwriter|actuary|auditor|cashier|clerk|driver|courier|baker|butcher|"
    r"pharmacist|barista|chef|cook|worker|operator|planner|buyer|merchandiser|editor|trainer|"
    r"educator|paralegal|supervisor|controller|executive|partner|programmer|student|sales"
    r"|marketing|operations|finance|recruiting|corporate\s+sales|account\s+executive|warehouse"
    r"|workshop|design|engineering|support\s+desk|logistics|retail|store\s+staff"
)
# Words that say the author is a customer or fan, not staff, when they precede the name.
NOT_STAFF = re.compile(
    r"\b(?:customers?(?!\s+(?:success|support|service|care|experience|operations))|clients?|members?|users?|fans?|shoppers?|passengers?|patients?|"
    r"subscribers?|investors?|shareholders?|kund(?:e|in|en)|client(?:e|es)?|miembros?|"
    r"usuári[oa]s?|usuari[oa]s?|klant(?:en)?|fan\s+account|loyal|happy|angry|unhappy)\b"
)
FORMER = re.compile(
    r"\bex(?:-|\b)|\bformer(?:ly)?\b|\bprev(?:iously)?\b|\bretired\b|\bpast\b|\bused\s+to\b|"
    r"\behemalig\w*|\bfrüher\b|\bancien(?:ne)?\b|\bantiguo\b|\bantigua\b|\bvoormalig\b"
)
# "at / with / for" in six languages: "Filialleiterin bei X", "Employée chez X", "RN @ X".
AT = r"(?:at|with|for|@|bei|für|chez|pour|à|en|para|na|no|em|bij|voor|von|de|del|da|do|presso|per)"

# --- employee disparagement ----------------------------------------------------------------

_BAD = (
    r"(?:clueless|incompetent|useless|hopeless|idiots?|morons?|clowns?|liars|a\s+joke|a\s+mess|"
    r"a\s+disaster|a\s+nightmare|terrible|awful|the\s+worst|garbage|trash|rotten|a\s+circus|"
    r"a\s+dumpster\s+fire|a\s+clown\s+show|pathetic|spineless|out\s+of\s+touch)"
)
_BOSSES = (
    r"(?:upper\s+|senior\s+|middle\s+)?(?:management|leadership|boss|manager|managers|ceo|execs?"
    r"|executives|director|directors|supervisor|higher[\s-]ups)"
)
_EN_DISPARAGE = (
    rf"\b(?:(?:my|our|the)\s+)?{_BOSSES}(?:\s+(?:here|there|at\s+[\w@.\- ]{{2,30}}?))?\s+"
    rf"(?:is|are|were|has\s+been|have\s+been)\s+(?:an?\s+|so\s+|such\s+|totally\s+|completely\s+"
    rf"|absolutely\s+|utterly\s+|honestly\s+|just\s+){{0,3}}{_BAD}"
    r"|\bworst\s+(?:place|company|job|employer|workplace|boss|manager)\s+"
    r"(?:i'?ve\s+|i\s+have\s+|to\s+)?(?:ever\s+)?(?:work|had|have|seen)"
    r"|\bworst\s+employer\b|\bhate\s+this\s+job\b|\bsoul[\s-]destroying\b"
    r"|\b(?:leadership|management|execs?|executives|the\s+people\s+running\s+[\w\s]{2,30}?"
    r"|people\s+in\s+charge|(?:my|our)\s+(?:boss|manager|line\s+manager))\s+(?:have|has)\s+no\s+"
    r"(?:idea|clue)|\b(?:leadership|management|execs?|executives)\s+(?:couldn'?t|can'?t)\s+"
    r"(?:run|organi[sz]e|manage|find|plan)\b|\btakes\s+credit\s+for\s+(?:everything|our\s+work)"
    r"|\bnobody\s+(?:upstairs|in\s+management|at\s+the\s+top)\s+cares"
    r"|\bhate\s+(?:my\s+job|working\s+(?:here|there|at|for)|this\s+(?:job|company|place))"
    r"|\btoxic\s+(?:workplace|culture|management|environment|leadership|boss|manager|place)"
    r"|\b(?:run|managed)\s+by\s+(?:clowns|idiots|morons|amateurs)|\bsinking\s+ship\b"
    r"|\bdumpster\s+fire\b|\bclown\s+show\b|\bcan'?t\s+stand\s+(?:my\s+job|working\s+(?:here|there))"
    r"|\b(?:overworked|underpaid)\s+and\s+(?:underpaid|overworked|underappreciated)"
    r"|\btreats?\s+(?:us|its\s+\w+|their\s+\w+|\w+s)\s+like\s+(?:garbage|trash|dirt|crap|slaves"
    r"|machines|robots|numbers|cattle|children|idiots)"
)
_DE_DISPARAGE = (
    r"\b(?:mein(?:e)?|unser(?:e)?|die|der|das)\s+(?:chef(?:in)?|boss|management|geschäftsführung"
    r"|führung|vorgesetzte[rn]?|leitung|filialleitung)\s+(?:ist|sind|war|hat|haben)\s+"
    r"(?:ein(?:e|en)?\s+|total\s+|komplett\s+|völlig\s+|echt\s+|absolut\s+){0,3}"
    r"(?:idiot(?:in)?|kompletter\s+idiot|katastrophe|unfähig|inkompetent|ein\s+witz|witz|"
    r"keine\s+ahnung|lachnummer|versager|clowns?|das\s+letzte)"
    r"|\bsinkendes?\s+schiff|\bder\s+laden\s+ist\s+(?:ein|eine)\s+(?:witz|katastrophe|saftladen)"
    r"|\bschlechteste[rn]?\s+arbeitgeber|\bhasse\s+(?:meinen\s+job|meine\s+arbeit)"
    r"|\b(?:die\s+)?chefetage\b[^.!?]{0,40}\b(?:ahnungslos|unfähig|inkompetent|katastrophe)"
    r"|\b(?:chef(?:in)?|management|geschäftsführung|führung)\b[^.!?]{0,30}\bahnungslos"
)
_IT_DISPARAGE = (
    r"\b(?:la\s+dirigenza|la\s+direzione|il\s+mio\s+capo|la\s+mia\s+capa|i\s+capi"
    r"|i\s+dirigenti|il\s+management)(?:\s+d[il]\s+[\w\- ]{2,30}?)?\s+(?:è|sono|era)\s+"
    r"(?:un[ao]?\s+|totalmente\s+|completamente\s+){0,2}(?:disastro|incompetent[ei]|inutil[ei]"
    r"|pagliacci|ridicol[oaie]|vergogna)|\bpeggior(?:e)?\s+(?:azienda|datore\s+di\s+lavoro|capo)"
)
_FR_DISPARAGE = (
    r"\b(?:la\s+direction|mon\s+chef|ma\s+cheffe|ma\s+chef|mon\s+manager|nos\s+managers|"
    r"les\s+managers|la\s+hiérarchie|mon\s+patron|nos\s+chefs|les\s+chefs)"
    r"(?:\s+de\s+[\w\- ]{2,30}?)?"
    r"\s+(?:est|sont|était)\s+(?:complètement\s+|totalement\s+|vraiment\s+|une?\s+|des\s+){0,2}"
    r"(?:nulle?s?|incompétente?s?|blague|clowns?|catastrophique|une\s+catastrophe|minables?|"
    r"lamentables?|idiote?s?)"
    r"|\btraités?\s+comme\s+des\s+(?:chiens|numéros|chiffres|esclaves|moins\s+que\s+rien)"
    r"|\bpire\s+(?:employeur|boîte|entreprise)"
)
_ES_DISPARAGE = (
    r"\b(?:mi\s+jef[ea]|la\s+dirección|la\s+gerencia|los\s+jefes|mis\s+jefes|mi\s+gerente|"
    r"mi\s+supervisor(?:a)?)(?:\s+en\s+[\w\- ]{2,30}?)?\s+(?:es|son|era)\s+"
    r"(?:un[ao]?s?\s+|total\s+|totalmente\s+|completamente\s+){0,2}(?:inútil(?:es)?|incompetentes?|"
    r"desastre|idiotas?|payasos?|chiste|una?\s+(?:inútil|incompetente|vergüenza))"
    r"|\bpeor\s+(?:empresa|trabajo|jefe|empleador)"
    r"|\bnos\s+tratan\s+como\s+(?:basura|esclavos|números)"
)
_PT_DISPARAGE = (
    r"\b(?:meu\s+chefe|minha\s+chefe|a\s+gestão|a\s+diretoria|os\s+gestores|a\s+chefia)"
    r"(?:\s+d[aoe]\s+[\w\- ]{2,30}?)?\s+(?:é|são|era)\s+(?:um|uma|uns|umas)?\s*"
    r"(?:palhaços?|incompetentes?|inúteis|inútil|desastre|piada|idiotas?)"
    r"|\bpior\s+(?:empresa|emprego|chefe)"
)
_NL_DISPARAGE = (
    r"\b(?:mijn\s+manager|mijn\s+baas|het\s+management|de\s+directie|de\s+leiding|onze\s+manager)"
    r"(?:\s+bij\s+[\w\- ]{2,30}?)?\s+(?:is|zijn)\s+(?:een\s+|echt\s+|totaal\s+|compleet\s+){0,2}"
    r"(?:grap|idioot|ramp|waardeloos|incompetent|clowns?|lachertje)"
    r"|\bslechtste\s+werkgever"
)
DISPARAGE = re.compile(
    "|".join(
        (
            _EN_DISPARAGE,
            _DE_DISPARAGE,
            _FR_DISPARAGE,
            _ES_DISPARAGE,
            _PT_DISPARAGE,
            _NL_DISPARAGE,
            _IT_DISPARAGE,
        )
    )
)
# A quoted opinion that the author then rejects: "someone said management is a joke. Disagree".
DISAGREE = re.compile(
    r"\b(?:someone|people|they|he|she|a\s+\w+)(?:\s+\w+){0,2}?\s+(?:said|says|claims?|think"
    r"|thinks|wrote|posted|tweeted)\b.{0,80}"
    r"\b(?:disagree|not\s+true|wrong|nope)\b"
)
WORK_WORDS = re.compile(
    r"\b(?:job|work|boss|manager|management|team|office|company|ceo|shift|leadership"
    r"|arbeit|chef|travail|trabajo|trabalho|werk)\b"
)

# --- job hunting ---------------------------------------------------------------------------

JOB_HUNT_STRONG = re.compile(
    r"#?open\s*to\s*work\b|\bopen\s+to\s+(?:new\s+)?(?:opportunities|roles|offers)\b"
    r"|\blooking\s+for\s+(?:a\s+|my\s+)?(?:new\s+|next\s+)?"
    r"(?:role|job|position|opportunit(?:y|ies)|gig)\b(?!\s+for\s+(?:my|our|the|a)\b)"
    r"|\b(?:hiring\s+managers?|recruiters?)[,:]?\s+(?:please\s+)?(?:dm|message|hit\s+me\s+up|reach"
    r"\s+out|contact|my\s+dms?\s+are\s+open|dms?\s+(?:are\s+)?open)"
    r"|\b(?:got|have)\s+an\s+offer\s+from\s+(?:a\s+)?(?:competitor|another\s+company|\w+)\b"
    r"|\basking\s+for\s+(?:me|myself)\b"
    r"|\binterviewing\s+(?:elsewhere|at\s+other|with\s+other|around)"
    r"|\b(?:dm|message)\s+me\s+if\s+you(?:'re|\s+are)\s+hiring"
    r"|\bi'?m\s+(?:actively\s+)?(?:job\s+hunting|on\s+the\s+(?:job\s+)?market)"
    # German
    r"|\b(?:suche|suchen)\s+(?:dringend\s+|gerade\s+)?(?:einen\s+|eine\s+)?(?:neuen\s+|neue\s+)?"
    r"(?:job|stelle|arbeit|herausforderung)\b|\bsuche\s+(?:dringend\s+)?(?:was|etwas)\s+neues"
    r"|\bauf\s+jobsuche|#offenfürneues|\boffen\s+für\s+neue\s+(?:herausforderungen|aufgaben|jobs)"
    # French
    r"|\bje\s+cherche\s+(?:un\s+|une\s+)?(?:nouvel?\s+|nouvelle\s+)?(?:emploi|poste|travail|job)"
    r"|\ben\s+recherche\s+d'emploi|\bouverte?\s+aux\s+opportunités|\bsi\s+vous\s+recrutez"
    # Spanish
    r"|\bbusco\s+(?:un\s+)?(?:nuevo\s+)?(?:trabajo|empleo|curro|chamba)"
    r"|\bbuscando\s+(?:un\s+)?(?:nuevo\s+)?(?:trabajo|empleo)|\babiert[oa]\s+a\s+(?:nuevas\s+)?oportunidades"
    r"|\bbusco\s+(?:nuevas\s+)?oportunidades"
    # Italian
    r"|\bcerco\s+(?:un\s+)?(?:nuovo\s+)?(?:lavoro|impiego|posto)|\bqualcuno\s+assume"
    r"|\baperto\s+a\s+(?:nuove\s+)?opportunità|#opentowork"
    # Portuguese
    r"|\bprocurando\s+(?:um\s+)?(?:novo\s+)?(?:emprego|trabalho)|\baberto\s+a\s+(?:novas\s+)?oportunidades"
    # Dutch
    r"|\bop\s+zoek\s+naar\s+(?:een\s+)?(?:nieuwe\s+)?(?:baan|job|functie|uitdaging)"
)
JOB_HUNT_SOFT = re.compile(
    r"\bjob\s+(?:hunt|hunting|search|searching)\b|\bupdat(?:ing|ed)\s+my\s+(?:resume|cv|linkedin)"
    r"|\btime\s+to\s+move\s+on\b|\b(?:any(?:one|body)|who'?s)\s+(?:is\s+)?hiring\b"
    r"|\bmy\s+dms?\s+are\s+open\b.{0,40}\b(?:recruit|hiring|roles?)\b"
    r"|\bactualizando\s+(?:mi\s+)?(?:cv|currículum|curriculum)|\b(?:alguien|alguém)\s+contrat"
    r"|\batualizando\s+(?:o\s+|meu\s+)?currículo|\bquelqu'un\s+recrute"
    r"|\blebenslauf\s+aktualisier|\bbewerbe\s+mich\b|\biemand\s+(?:tips|vacatures)\b"
)
# Recruiting for one's own team is not looking for a job elsewhere.
WE_ARE_HIRING = re.compile(
    r"\bwe(?:'re|\s+are)\s+hiring\b|\bjoin\s+(?:my|our)\s+team\b"
    r"|\b(?:my|our)\s+team\b[^.!?]{0,40}\bis\s+hiring\b|\bwir\s+suchen\b"
    r"|\b(?:mein|unser)\s+team\b[^.!?]{0,40}\bsucht\b|\bestamos\s+contratando\b"
    r"|\bon\s+recrute\b|\bnous\s+recrutons\b|\bwij\s+zoeken\b|\bestamos\s+buscando\b"
)

# --- negative spin -------------------------------------------------------------------------

FRAMING = re.compile(
    r"\b(?:scam(?:s|med|mers?)?|boycott\w*|lawsuits?|sue|suing|sued|fraud\w*|class[\s-]action"
    r"|ponzi|rip[\s-]?offs?|ripped\s+(?:us\s+|me\s+)?off|stole|stealing|theft|crooks?"
    # German, French, Spanish, Portuguese, Dutch
    r"|betrug\w*|betrüger\w*|abzocke\w*|abgezockt|boykott\w*|sammelklage|verklag\w*"
    r"|arnaque\w*|escroc\w*|escroquerie|boycotter|fraude\w*|voleurs?"
    r"|estafa\w*|boicot\w*|timo|ladrones|demanda\s+colectiva"
    r"|golpe|golpistas?|boicote|oplicht\w*|rechtszaak|truff\w*|fregatura|boicott\w*|denuncia\w*"
    r"|a\s+con|con\s+artists?)\b"
)
# Framing that is not aimed at the company: its fraud team, impostors, a denied accusation.
FRAMING_MITIGATED = re.compile(
    r"\bfraud\s+(?:team|unit|department|protection|detection|alerts?\s+(?:from|by))"
    r"|\b(?:scam|fraud|phishing)\w*\s+(?:texts?|calls?|e-?mails?|messages?|sites?|accounts?)\s+"
    r"(?:pretending|claiming|posing|impersonating)|\bpretending\s+to\s+be\b|\bimpersonat\w*"
    r"|\bfake\s+[\w@]+(?:\s+[\w@]+)?\s+(?:gift|account|page|site|giveaway|scam)|\bphishing\b"
    r"|\bnot\s+a\s+scam\b|\ba\s+(?:scam|fraud)\?\s*no\b|\breport(?:ing|ed)?\s+a\s+scam"
    r"|\bspot\s+(?:a\s+)?scams?\b|\b(?:against|another|other)\s+(?:a\s+|an\s+|some\s+)?"
    r"(?:other\s+)?(?:bank|airline|company|insurer|brand|store|competitor)s?\b"
    r"|\bbetrugsversuch|\btentative\s+d'arnaque|\bintento\s+de\s+(?:fraude|estafa)"
    r"|\b(?:beware|watch\s+out)\s+(?:of|for)\s+(?:scam|fake|fraudulent)"
    r"|\b(?:scam|fake|fraudulent)\s+(?:sites?|stores?|shops?|ads?|listings?|accounts?)\b"
    r"|\bno\s+scams?\b|\bnot\s+involved\b|\bnothing\s+to\s+do\s+with\b"
)
THANKS = re.compile(
    r"\b(?:thank\s+you|thanks|thx|danke|merci|gracias|obrigad[oa]|bedankt|grazie)\b|🙏|❤️|💙"
    r"|\bcan'?t\s+recommend\s+(?:them|it|\w+)\s+enough|\bhighly\s+recommend"
)
# Hostility that English-only sentiment lexicons miss in other languages.
HOSTILE = re.compile(
    r"\b(?:disgrace\w*|disgusting|shameful|avoid\s+(?:them|at\s+all\s+costs)|never\s+again"
    r"|schande|skandal\w*|unverschämt|ekelhaft|widerlich|gammel\w*|nie\s+wieder|finger\s+weg"
    r"|honte|scandal\w*|inadmissible|dégoûtant|jamais\s+plus|à\s+fuir|vergüenza|escándalo"
    r"|asqueroso|nunca\s+más|pésimo|vergonha|nojento|fujam|schandalig|walgelijk|nooit\s+meer"
    r"|don'?t\s+buy|do\s+not\s+buy|non\s+comprate|nicht\s+kaufen|n'achetez\s+pas|no\s+compréis"
    r"|vergognoso|schifo|mai\s+più)\b"
)
# Common function words: a post with more of these than English ones is not English, and an
# English sentiment lexicon reads it wrongly ("die" in German is an article, not a threat).
_FOREIGN_WORDS_TEXT = (
    "der die das und ist nicht mit ein eine ich auf für den dem bei wir sie es le la les et "
    "est une des pour pas que qui dans sur avec el los las y es una por para con del lo se "
    "no muy o os um uma não com é de het een en niet van ik zijn op voor dat il di che è non "
    "per sono gli della"
)
_FOREIGN_WORDS = frozenset(_FOREIGN_WORDS_TEXT.split())
_ENGLISH_WORDS_TEXT = (
    "the and is are was were to of a an in on for with my our this that it not you they we i "
    "me be have has at from so but"
)
_ENGLISH_WORDS = frozenset(_ENGLISH_WORDS_TEXT.split())
_WORD = re.compile(r"[a-zà-ÿ']+")


def looks_english(low: str) -> bool:
    """Whether lowercased text has at least as many English as other function words."""
    en = other = 0
    for w in _WORD.findall(low[:600]):
        if w in _ENGLISH_WORDS:
            en += 1
        elif w in _FOREIGN_WORDS:
            other += 1
    return en >= other


# --- customers -----------------------------------------------------------------------------

DEAL = re.compile(
    r"\b(?:contracts?|deals?|signed|signing|signs|renewals?|renew(?:ing|ed|s)?|pricing|priced"
    r"|discounts?|rfp|purchase\s+order|invoices?|churn(?:ing|ed|s)?|arr|acv|seats|paying"
    r"|biggest\s+(?:\w+\s+)?(?:account|client|customer)|account\s+(?:is|worth)"
    r"|buying|bought|purchas\w*|fleet\s+deal|per\s+unit|each|walked\s+away|service\s+contract"
    r"|contratto|accordo|firmato|sconto|rinnov\w*|milioni"
    r"|vertrag\w*|unterschrieben|auftrag\w*|rabatt\w*|ausschreibung|verlänger\w*|großkunde\w*"
    r"|contrat\w*|signé\w*|remise|appel\s+d'offres|renouvel\w*"
    r"|contrato\w*|firm(?:ó|ado|aron|a)|descuento|licitación|renov\w*|assinou|desconto"
    r"|getekend|korting|aanbesteding)\b"
    r"|[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|bn|mio|million|millionen|millones|milhões|miljoen)\b"
    r"|\b\d[\d.,]*\s?(?:k|m|mm|bn|mio\.?|million|millionen|millones|milhões|miljoen)\s?"
    r"(?:[$€£]|usd|eur|dollars?|euros?|de\s+dólares)?(?!\w)"
)

# --- confidential information --------------------------------------------------------------

# Words around a single-word code name that say it is a product or project, not a bird or a
# spice: "Heron app", "Osprey demo", "launches Saffron", "Nimbus rollout".
PRODUCT_CONTEXT = re.compile(
    r"\b(?:launch\w*|launcht|beta|alpha|app|apps|demo\w*|roll-?out|ship(?:s|ping|ped)?|release\w*"
    r"|go-live|goes\s+live|testing|tests?|pilot|feature|roadmap|mock-?ups?|prototype|project"
    r"|codename|code\s+name|internal\w*|secret|confidential|nda|leak\w*|unannounced|announc\w*"
    r"|slipped|delayed|screenshots?|invites?|version|v\d"
    r"|intern\w*|geheim\w*|projekt|lanza\w*|lanzamiento|anunci\w*|interna?o?|secreto"
    r"|lancement|lance\w*|secrète?|interne|projet|lançamento|proje[ct]to|geheim|embargo"
    r"|new|nuev[oa]|neue[nrs]?|nouvel(?:le)?|nuov[oa]|prototyp\w*|lancio|segreto)\b"
)
# Language that says material is internal or not yet public; with the company named (or an
# employee speaking) it is a likely leak even without a profile term.
LEAK_LANGUAGE = re.compile(
    r"\b(?:internal|confidential|leaked)\s+(?:memo|mail|e-?mail|document|doc|docs|deck|slides"
    r"|numbers|figures|data|report|presentation|roadmap|meeting|all-hands|chat|wiki|plans?)"
    r"|\ball-hands\s+(?:slides|deck|meeting)|\bat\s+the\s+all-hands\b|\bnot\s+(?:yet\s+)?public"
    r"(?:\s+yet)?\b|\bnot\s+(?:been\s+)?announced|\bhasn'?t\s+been\s+announced|\bbefore\s+(?:they|it'?s"
    r"|it\s+is|the\s+company)\s+announce|\bbefore\s+the\s+(?:earnings|board|investor|analyst)"
    r"|\bnothing\s+official\b|\bnot\s+official\b|\byou\s+didn'?t\s+hear\s+it\s+from\s+me"
    r"|\bdon'?t\s+tell\s+anyone|\bcan'?t\s+say\s+more|\bunder\s+nda\b|\b(?:told|announced)\s+to\s+"
    r"(?:managers|staff|employees|sales|the\s+crew)\s+only|\bsales\s+was\s+told"
    r"|\bwho\s+was\s+in\s+the\s+room|\bstraight\s+from\s+(?:finance|hr|legal|the\s+board)"
    r"|\bintern\s+bestätigt|\binterne[nrm]?\s+(?:mail|e-mail|zahlen|unterlagen|dokument\w*"
    r"|präsentation|folien|memo)|\blaut\s+interne[rnm]?\b|\bnoch\s+nicht\s+(?:offiziell|bekannt"
    r"|verkündet)|\bbevor\s+es\s+verkündet|\bdocument\s+interne|\bmail\s+interne|\bnote\s+interne"
    r"|\bpas\s+encore\s+(?:annoncé|officiel)|\bpresentación\s+interna|\bfuente\s+interna"
    r"|\bdato\s+interno|\bdocumento\s+interno|\bcorreo\s+interno|\btodavía\s+no\s+(?:es\s+oficial"
    r"|lo\s+anunciaron|se\s+anunció)|\baún\s+no\s+es\s+oficial|\binterne\s+mail|\bnog\s+niet\s+"
    r"(?:bekend|officieel)|\bainda\s+não\s+(?:é\s+)?oficial|\bdocumento\s+interno"
    r"|\b(?:press|media|public|customers)\s+(?:doesn'?t|don'?t)\s+know|\bfound\s+out\s+in\s+a\s+"
    r"(?:teams|zoom|meet|staff)\s+(?:call|meeting)|\b(?:finance|board|internal)\s+(?:slides|deck)"
    r"|\bresults\s+are\s+out\s+in\b|\bemailed\s+to\s+the\s+whole\s+company|\binsider\b"
    r"|\bmail\s+interna|\bdocumento\s+interno|\bnon\s+ancora\s+(?:ufficiale|annunciato)"
    r"|\bnessun\s+annuncio\s+ufficiale|\balguien\s+de\s+dentro|\bfuentes?\s+internas?"
)
# An incident the company has not disclosed: an incident word and a concealment phrase.
INCIDENT = re.compile(
    r"\b(?:data\s+breach|breach|breached|ransomware|hack(?:ed)?|security\s+incident|"
    r"skimming\s+incident|data\s+leak|outage|cyber-?attack)\b|\bdatenleck|\bfuite\s+de\s+données"
    r"|\bhackerangriff|\bcyberangriff|\battacco\s+(?:hacker|informatico)|\bciberataque"
)
CONCEALED = re.compile(
    r"\bnever\s+disclosed|\bnot\s+disclosed|\bhasn'?t\s+(?:notified|disclosed|told)|\btold\s+nobody"
    r"|\bkeeping\s+(?:it\s+)?(?:quiet|secret)|\bcovered\s+(?:it\s+)?up|\bhaven'?t\s+been\s+told"
    r"|\bno\s+one\s+was\s+told|\bnothing\s+official|\bstill\s+hasn'?t|\bverschwiegen"
    r"|\bnie\s+gemeldet|\bnicht\s+gemeldet|\bnever\s+reported|\bsitting\s+on\s+it"
    r"|\bnunca\s+(?:lo\s+)?(?:dijeron|informaron)|\bmai\s+comunicat|\bjamais\s+signalé"
)
