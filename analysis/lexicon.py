"""Phrase lists the HR and spin rules read, in English, German, French, Spanish, Portuguese,
Italian, Dutch and Polish (the confidential-information phrases live in ``analysis.leaks``).

Every pattern is lowercase and runs case-sensitively on lowercased text
(``analysis.text.lower_keep_offsets``), which is several times faster than ``re.IGNORECASE``
and keeps offsets. Patterns that need the company's name are built per profile in
``analysis.employees``; the ones here are company-independent.

Lists are deliberately phrase-level ("my boss is an idiot", "busco trabajo"), not single
words: a single word ("toxic", "hiring", "internal") is too often harmless.
"""

from __future__ import annotations

import re


def _branches(pattern: str) -> list[str]:
    """Split a regex source at its top-level ``|`` (escapes, classes and groups respected)."""
    parts, depth, cur, i = [], 0, [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            cur.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[":
            j = i + 1 + (pattern[i + 1] == "^")
            j += pattern[j] == "]"
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            cur.append(pattern[i : j + 1])
            i = j + 1
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def compile_words(pattern: str) -> re.Pattern[str]:
    """Compile a long alternation of phrases that start at a word boundary, faster to search.

    Branches written ``\\bword...`` are gathered behind one ``(?<!\\w)`` check, which Python's
    ``re`` scans about a third faster than a ``\\b`` in front of each branch; other branches
    are kept as written. Every ``\\b`` branch must start matching with a word character.
    """
    parts = _branches(pattern)
    led = [p[2:] for p in parts if p.startswith("\\b")]
    rest = [p for p in parts if not p.startswith("\\b")]
    source = rf"(?<!\w)(?:{'|'.join(led)})" if led else ""
    return re.compile("|".join(([source] if source else []) + rest))


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
    r"educator|paralegal|supervisor|controller|executive|exec|partner|programmer|student|sales"
    r"|marketing|operations|finance|recruiting|corporate\s+sales|account\s+executive|warehouse"
    r"|workshop|design|engineering|support\s+desk|logistics|retail|store\s+staff|examiner"
    r"|inspector|assistant|receptionist|representative|handler|processor|scheduler|biller|coder"
    r"|animator|artist|producer|tester|qa|advisor|adviser|illustrator|copywriter"
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

# Management in eight languages (en, de, fr, es, pt, it, nl, pl). A game's "final boss" is not.
_BOSSES = (
    r"(?:(?:upper|senior|middle|regional|store|area|line|top)\s+)?(?:management|leadership"
    r"|(?<!final\s)(?<!raid\s)(?<!level\s)(?<!mini-)(?<!mini\s)boss(?:es)?(?!\s+(?:fight|battle"
    r"|level|rush|music))|managers?|ceo|cfo|coo|cto|vps?|execs?|executives?|directors?"
    r"|supervisors?|team\s+leads?|higher[\s-]ups|c-suite|head\s+office|top\s+brass"
    r"|chef(?:in|s)?|geschäftsführung|führung(?:sebene|skräfte)?|vorgesetzte[rn]?|leitung"
    r"|filialleitung|chefetage|vorstand|direction|cheffe|hiérarchie|patron(?:ne)?s?"
    r"|dirigeants?|encadrement|jef[ea]s?|dirección|gerencia|gerentes?|encargad[oa]s?"
    r"|directivos?|mandos|chefes?|chefia|gestão|diretoria|direção|gestores|patrões|patrão"
    r"|dirigenza|direzione|capo|capi|dirigenti|responsabili|vertici|baas|bazen|directie"
    r"|leiding(?:gevende)?|szef(?:owa|owie|ostwo)?|zarząd|kierownictwo|kierowni(?:k|czka|cy)"
    r"|menedżer(?:owie)?|prezes|people\s+in\s+charge|(?:the\s+)?people\s+running\s+[\w\s]{2,30}?)"
)
# Insults that mean the same next to any manager word; "not a joke" does not count.
_INSULT = (
    r"(?<!not\s)(?<!n't\s)(?<!never\s)(?:clueless|incompetent|useless|hopeless|idiots?|morons?"
    r"|clowns?|liars|a\s+joke|a\s+circus|(?:a\s+)?dumpster\s+fire|(?:a\s+)?clown\s+show|pathetic"
    r"|spineless|out\s+of\s+touch|a\s+disgrace|disgraceful|greedy|cowards?|laughable"
    r"|(?:no|zero)\s+(?:idea|clue)|(?:does|do)(?:n'?t|\s+not)\s+(?:care|listen|give\s+a)"
    r"|only\s+cares?\s+about|(?:couldn'?t|can'?t|cannot|could\s+not)\s+(?:run|organi[sz]e|manage|plan|schedule"
    r"|lead|tell|find\s+(?:their|its|his|her)\s+way)|takes?\s+credit|taking\s+credit"
    r"|idiot(?:en|in)?|unfähig\w*|inkompetent\w*|ein\s+witz|lachnummer|versager|peinlich"
    r"|ahnungslos|lächerlich|das\s+letzte|keine\s+ahnung|planlos|saftladen|katastroph\w*"
    r"|nul(?:le)?s?\b|incompétent\w*|une\s+blague|catastroph\w*|minables?|lamentables?|idiote?s?"
    r"|ridicules?|une\s+honte|mépris\w*|aucune\s+idée|à\s+côté\s+de\s+la\s+plaque"
    r"|inútil(?:es)?|incompetentes?|desastre|idiotas?|payasos?|un\s+chiste|vergüenza|un\s+caos"
    r"|ni\s+idea|patétic[oa]s?|ridícul[oa]s?|palhaços?|inúte?is|uma\s+piada|vergonha"
    r"|não\s+fazem?\s+ideia|disastro|incompetent[ei]|inutil[ei]|pagliacci|ridicol[oaie]"
    r"|vergogna|incapaci|nessuna\s+idea|patetic[oia]|een\s+grap|idioot|idioten|een\s+ramp"
    r"|waardeloos|lachertje|geen\s+idee|belachelijk|band[ay]\s+\w+|nieudaczni\w*|idio[ct]\w*"
    r"|beznadziejn\w*|żenując\w*|porażk\w*|cyrk\w*|niekompetentn\w*|nie\s+ma\s+pojęcia"
    r"|pojęcia\s+nie\s+ma)"
)
# Weaker words that count only with a verb: "management is a mess", not "a mess at the desk".
_BAD = (
    r"(?:a\s+mess|a\s+disaster|a\s+nightmare|terrible|awful|the\s+worst|garbage|trash|rotten"
    r"|toxic|embarrassing|shameful|miserable|hell|a\s+hellhole|soul[\s-](?:crushing|destroying)"
    r"|unbearable|a\s+sweatshop|un\s+caos|caos|un\s+desastre|ein\s+saftladen|une\s+catastrophe"
    r"|um\s+desastre|uma\s+vergonha|een\s+ramp|a\s+circus)"
)
# "this company", "la empresa", "der Laden", "la boîte": the employer itself.
_EMPLOYER = (
    r"(?:(?:this|the|my|our)\s+(?:company|place|employer|firm|job|workplace|store|office|culture)"
    r"|(?:la|esta)\s+(?:empresa|compañía)|(?:a|essa|esta)\s+empresa|(?:la|cette)\s+(?:boîte"
    r"|entreprise|société)|l'entreprise|(?:der|dieser)\s+(?:laden|betrieb|verein)|(?:die|diese)"
    r"\s+firma|l'azienda|(?:questa|la)\s+(?:azienda|ditta)|(?:het|dit)\s+bedrijf|deze\s+tent"
    r"|ta\s+(?:firma|korporacja))"
)
_IS = (
    r"(?:is|are|was|were|has\s+been|have\s+been|has\s+become|ist|war|sind|est|c'est|sont|es"
    r"|está|son|é|são|è|sono|zijn|to|jest)"
)
_SO = (
    r"(?:an?\s+|so\s+|such\s+|totally\s+|completely\s+|absolutely\s+|utterly\s+|honestly\s+"
    r"|just\s+|genuinely\s+|really\s+|ein(?:e|en)?\s+|total\s+|komplett\s+|völlig\s+|echt\s+"
    r"|einfach\s+|nur\s+|une?\s+|des\s+|complètement\s+|totalement\s+|vraiment\s+|un[ao]?s?\s+"
    r"|totalmente\s+|completamente\s+|dei\s+|delle\s+|totali\s+|een\s+|echt\s+|compleet\s+)"
)
DISPARAGE = compile_words(
    # management next to an insult, in either order ("leadership is a joke", "clueless execs")
    rf"\b{_BOSSES}\b[^.!?\n]{{0,40}}?{_INSULT}"
    rf"|\b{_BOSSES}\b.{{0,200}}?\bwhat\s+an?\s+(?:clowns?|joke|idiots?|morons?|disgrace|circus)\b"
    rf"|\b(?:clueless|incompetent|useless|pathetic|spineless|greedy|inkompetente?|unfähige?"
    rf"|incompétente?s?|beznadziejn\w*|niekompetentn\w*)\s+(?:\w+\s+)?{_BOSSES}\b"
    rf"|\b{_BOSSES}(?:\s+[\w@.\-]+){{0,4}}?\s+{_IS}\s+{_SO}{{0,3}}{_BAD}"
    rf"|\b{_EMPLOYER}(?:\s+[\w@.\-]+){{0,2}}?\s+{_IS}\s+{_SO}{{0,3}}(?:{_BAD}|{_INSULT})"
    # the job, the pay and the culture
    r"|\bworst\s+(?:place|company|job|employer|workplace|boss|manager)\s+"
    r"(?:i'?ve\s+|i\s+have\s+|to\s+)?(?:ever\s+)?(?:work|had|have|seen)"
    r"|\bworst\s+employer\b|\bsoul[\s-](?:destroying|crushing)\b"
    r"|\b(?:miserable|horrible|terrible|awful|toxic|depressing|worst)\s+place\s+to\s+work"
    r"|\b(?:being|working)\b[^.!?]{0,40}\bis\s+(?:\w+\s+)?(?:miserable|hell|awful|terrible"
    r"|a\s+nightmare|soul[\s-]crushing|unbearable)"
    r"|\bnobody\s+(?:wants\s+to\s+work\s+here|(?:upstairs|in\s+management|at\s+the\s+top)\s+cares)"
    r"|\bhate\s+(?:my\s+job|working\s+(?:here|there|at|for)|this\s+(?:job|company|place))"
    r"|\bcan'?t\s+stand\s+(?:my\s+job|working\s+(?:here|there)|this\s+place)"
    r"|\btoxic\s+(?:workplace|culture|management|environment|leadership|boss|manager|place)"
    r"|\b(?:run|managed)\s+by\s+(?:clowns|idiots|morons|amateurs)|\bsinking\s+ship\b"
    r"|\bdumpster\s+fire\b|\bclown\s+show\b"
    r"|\b(?:overworked|underpaid)\s+and\s+(?:underpaid|overworked|underappreciated)"
    r"|\bpays?\s+(?:us|me|staff|people|everyone)\s+(?:peanuts|pennies|nothing|crumbs)"
    r"|\b(?:paid|pay)\s+peanuts|\bburns?\s+(?:people|us|staff|everyone|workers)\s+out"
    r"|\btreats?\s+(?:us|its\s+\w+|their\s+\w+|\w+s)\s+like\s+(?:garbage|trash|dirt|crap|slaves"
    r"|machines|robots|numbers|cattle|children|idiots)"
    r"|\bsous-payée?s?|\bunterbezahlt|\bmal\s+pagad[oa]s|\bsottopagat[ioe]|\bonderbetaald"
    r"|\bmal\s+pag[oa]s|\bpłacą\s+grosze"
    r"|\bsinkendes?\s+schiff|\bschlechteste[rn]?\s+arbeitgeber|\bhasse\s+(?:meinen\s+job"
    r"|meine\s+arbeit)"
    r"|\btraités?\s+comme\s+des\s+(?:chiens|numéros|chiffres|esclaves|moins\s+que\s+rien)"
    r"|\bpire\s+(?:employeur|boîte|entreprise)|\bpeor\s+(?:empresa|trabajo|jefe|empleador)"
    r"|\bnos\s+tratan\s+como\s+(?:basura|esclavos|números)|\bpior\s+(?:empresa|emprego|chefe)"
    r"|\bpeggior(?:e)?\s+(?:azienda|datore\s+di\s+lavoro|capo)|\bslechtste\s+werkgever"
    r"|\bnajgorsz\w+\s+(?:pracodaw\w+|firm\w+|szef\w*)"
)
# Someone else's opinion, reported: "people keep saying management is clueless" is not the
# author's. Searched in the sentence before a disparaging match.
REPORTED = re.compile(
    r"\b(?:someone|people|they|he|she|customers|folks|everyone|a\s+\w+)(?:\s+\w+){0,2}?\s+"
    r"(?:said|says|saying|claims?|claiming|thinks?|wrote|posted|tweeted|reckons?)\b"
)
# A quoted opinion that the author then rejects: "someone said management is a joke. Disagree".
DISAGREE = re.compile(
    r"\b(?:someone|people|they|he|she|a\s+\w+)(?:\s+\w+){0,2}?\s+(?:said|says|claims?|think"
    r"|thinks|wrote|posted|tweeted)\b.{0,80}"
    r"\b(?:disagree|not\s+true|wrong|nope)\b"
)
# Work nouns ("work" only as a noun: "at work", not "the app won't work").
WORK_WORDS = re.compile(
    r"\b(?:job|(?<!final\s)boss|manager|management|team|office|company|ceo|shift|leadership|workplace"
    r"|coworkers?|colleagues|employer|arbeit|chef|travail|trabajo|trabalho|werk)\b"
    r"|\b(?:at|after|from|to|for|of)\s+work\b"
)

# --- job hunting ---------------------------------------------------------------------------

JOB_HUNT_STRONG = compile_words(
    r"#?open\s*to\s*work\b|\bopen\s+to\s+(?:new\s+)?(?:opportunities|roles|offers)\b"
    r"|\blooking\s+for\s+(?:a\s+|my\s+)?(?:new\s+|next\s+)?"
    r"(?:role|job|position|opportunit(?:y|ies)|gig)\b(?!\s+for\s+(?:my|our|the|a)\b)"
    # recruiters invited to get in touch, or already calling
    r"|\b(?:hiring\s+managers?|recruiters?)[,:!]?\s+(?:please\s+)?(?:dm|message|hit\s+me\s+up"
    r"|reach\s+out|contact|call|my\s+(?:dms?|inbox)\s+(?:is|are)\s+open|dms?\s+(?:are\s+)?open)"
    r"|\b(?:taking|answering|returning|fielding)\s+(?:calls|messages|dms)\s+from\s+recruiters"
    r"|\b(?:took|had|taking|got|booked)\s+a\s+recruiter\s+(?:call|screen|chat)\b"
    r"|\btalking\s+to\s+recruiters"
    # interviews and offers elsewhere
    r"|\b(?:got|have)\s+an\s+offer\s+from\s+(?:a\s+)?(?:competitor|another\s+company|\w+)\b"
    r"|\basking\s+for\s+(?:me|myself)\b"
    r"|\binterviewing\s+(?:elsewhere|at\s+other|with\s+other|around)"
    r"|\binterview\w*\s+(?:at|with)\s+(?:a\s+competitor|a\s+rival|the\s+competition|(?:another"
    r"|other|a\s+different|a\s+competing)\s+(?:[\w-]+\s+)?(?:company|companies|firm|studio|team"
    r"|employer|startup|telco|airline|bank|insurer|brand|carrier|publisher|shop|store|agency"
    r"|place|chain|hospital|retailer|maker|operator))\b"
    r"|\b(?:role|job|position|offer)\s+at\s+(?:a\s+)?(?:competitor|rival)"
    r"|\b(?:dm|message)\s+me\s+if\s+you(?:'re|\s+are)\s+hiring"
    r"|\bi'?m\s+(?:actively\s+)?(?:job\s+hunting|on\s+the\s+(?:job\s+)?market)"
    r"|\b(?:sending|sent)\s+(?:out\s+)?(?:my\s+)?(?:cvs|resumes|applications)\b"
    # German
    r"|\b(?:suche|suchen)\s+(?:\w+\s+){0,3}?(?:einen\s+|eine\s+)?(?:neuen\s+|neue\s+)?"
    r"(?:job|stelle|arbeit|herausforderung)\b|\bsuche\s+(?:dringend\s+)?(?:was|etwas)\s+neues"
    r"|\bauf\s+jobsuche|#offenfürneues|\boffen\s+für\s+neue\s+(?:herausforderungen|aufgaben|jobs)"
    r"|\bbewerbungen\s+(?:schreiben|verschickt|raus)"
    # French
    r"|\bje\s+cherche\s+(?:un\s+|une\s+|du\s+)?(?:nouvel?\s+|nouvelle\s+)?(?:emploi|poste|travail"
    r"|job|taf|boulot)|\ben\s+recherche\s+d'emploi|\bouverte?\s+aux\s+opportunités"
    r"|\bsi\s+vous\s+recrutez|\bpasse\s+des\s+entretiens|\bentretiens?\s+(?:d'embauche\s+)?ailleurs"
    r"|\bà\s+l'écoute\s+(?:d'|de\s+)(?:nouvelles\s+)?(?:opportunités|offres)"
    # Spanish
    r"|\bbusco\s+(?:un\s+)?(?:nuevo\s+)?(?:trabajo|empleo|curro|chamba)"
    r"|\bbuscando\s+(?:un\s+)?(?:nuevo\s+)?(?:trabajo|empleo|curro)"
    r"|\babiert[oa]\s+a\s+(?:nuevas\s+)?oportunidades|\bbusco\s+(?:nuevas\s+)?oportunidades"
    r"|\b(?:mandando|enviando|echando)\s+(?:el\s+)?(?:cvs?|currículums?|curr[ií]culos)"
    r"|\bentrevistas?\s+(?:en\s+otr[ao]s?|con\s+otr[ao]s?)"
    # Italian
    r"|\b(?:cerco|cercando)\s+(?:un\s+)?(?:nuovo\s+)?(?:lavoro|impiego|posto)\b"
    r"|\bqualcuno\s+assume|\baperto\s+a\s+(?:nuove\s+)?opportunità|#opentowork"
    r"|\bcolloqui\w*\s+(?:altrove|con\s+altre)"
    # Portuguese
    r"|\bprocurando\s+(?:um\s+)?(?:novo\s+)?(?:emprego|trabalho)"
    r"|\baberto\s+a\s+(?:novas\s+)?oportunidades|\bquero\s+sair\s+d[ao]\b"
    # "anyone know of openings?" in five languages
    r"|\b(?:alguém|alguien|qualcuno|quelqu'un|iemand|ktoś)\s+(?:sabe|conoce|sa|conosce|connaît"
    r"|weet|zna)\s+(?:de\s+|di\s+|van\s+)?(?:vagas|vacantes|vacatures|posti|postes|ofert\w*)"
    # Dutch
    r"|\bop\s+zoek\s+naar\s+(?:een\s+)?(?:nieuwe\s+)?(?:baan|job|functie|uitdaging)"
    r"|\bopen\s+voor\s+(?:een\s+)?nieuwe\s+(?:uitdaging|baan|kans|functie)|\bsolliciteer"
    # Polish
    r"|\bszukam\s+(?:nowej\s+)?(?:pracy|roboty)|\botwart[ay]\s+na\s+(?:nowe\s+)?(?:oferty"
    r"|wyzwania|propozycje)"
)
JOB_HUNT_SOFT = re.compile(
    r"\bjob\s+(?:hunt|hunting|search|searching)\b"
    r"|\b(?:updat|polish|refresh|dust)\w*\s+(?:off\s+|up\s+)?(?:my|the)\s+(?:resume|résumé|cv"
    r"|linkedin|portfolio)\b"
    r"|\btime\s+to\s+move\s+on\b|\b(?:any(?:one|body)|who'?s)\s+(?:is\s+)?hiring\b"
    r"|\bmy\s+dms?\s+are\s+open\b.{0,40}\b(?:recruit|hiring|roles?)\b"
    r"|\bready\s+for\s+(?:a\s+change|my\s+next\s+(?:role|challenge|chapter))"
    r"|\bactualizando\s+(?:mi\s+|el\s+)?(?:cv|currículum|curriculum)|\b(?:alguien|alguém)\s+contrat"
    r"|\batualizando\s+(?:o\s+|meu\s+)?currículo|\bquelqu'un\s+recrute"
    r"|\blebenslauf\s+aktualisier|\bbewerbe\s+mich\b|\biemand\s+(?:tips|vacatures)\b"
    r"|\baggiornando\s+(?:il\s+)?(?:mio\s+)?cv|\baktualizuj\w*\s+cv"
)
# Recruiting for one's own team is not looking for a job elsewhere.
WE_ARE_HIRING = re.compile(
    r"\bwe(?:'re|\s+are)\s+hiring\b|\bjoin\s+(?:my|our)\s+team\b"
    r"|\b(?:my|our)\s+team\b[^.!?]{0,40}\bis\s+hiring\b|\bwir\s+suchen\b"
    r"|\b(?:mein|unser)\s+team\b[^.!?]{0,40}\bsucht\b|\bestamos\s+contratando\b"
    r"|\bon\s+recrute\b|\bnous\s+recrutons\b|\bwij\s+zoeken\b|\bestamos\s+buscando\b"
    r"|\bzatrudniamy\b|\bstiamo\s+assumendo\b|\bestamos\s+a\s+contratar\b"
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
    r"|a\s+con|con\s+artists?"
    # thieves and robbery in eight languages; German "zockt ... ab" is a separable verb
    r"|thie(?:f|ves)|robbers?|robbing|robbery|extort\w*|criminals|diebe?|ladrões|ladri"
    r"|złodzie\w*|dieven|oszu[sś]\w*|oszukuj\w*|naciąga\w*|bojkot\w*|pozew"
    r"|zockt\s+(?:\w+\s+){0,6}?ab)\b"
)
# Framing that is not aimed at the company: its fraud team, impostors, a denied accusation.
FRAMING_MITIGATED = re.compile(
    r"\bfraud\s+(?:team|unit|department|protection|detection|alerts?\s+(?:from|by))"
    r"|\b(?:scam|fraud|phishing)\w*\s+(?:texts?|calls?|e-?mails?|messages?|sites?|accounts?)\s+"
    r"(?:pretending|claiming|posing|impersonating)|\bpretending\s+to\s+be\b|\bimpersonat\w*"
    r"|\bfake\s+[\w@]+(?:\s+[\w@]+)?\s+(?:gift|account|page|site|giveaway|scam|texts?|sms"
    r"|messages?|e-?mails?|calls?|apps?|offers?|links?)|\bphishing\b"
    r"|\bnot\s+a\s+scam\b|\ba\s+(?:scam|fraud)\?\s*no\b|\breport(?:ing|ed)?\s+a\s+scam"
    r"|\bspot\s+(?:a\s+)?scams?\b|\b(?:against|another|other)\s+(?:a\s+|an\s+|some\s+)?"
    r"(?:other\s+)?(?:bank|airline|company|insurer|brand|store|competitor|publisher|studio"
    r"|telecom|carrier|operator|provider|retailer|firm)s?\b"
    r"|\bagainst\s+(?:a\s+|an\s+|another\s+|some\s+|the\s+)?(?:rival|competing|competitor)"
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
    r"|vergognoso|schifo|mai\s+più|nie\s+kupujcie|omijajcie|unikajcie|wstyd)\b"
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

# A sentence ends at . ! ? ; followed by a space or the end, or at a line break.
SENTENCE_END = re.compile(r"[.!?;]+(?:\s|$)|\n")
_DEAL_WINDOW = 120
_OWN_PURCHASE = re.compile(r"(?:^|\bi\s+|\bjust\s+)$")


def deal_near(low: str, start: int, end: int) -> bool:
    """Whether deal terms sit in the same sentence as a customer's name.

    The author's own purchase ("Bought it on Orbitplay for $19.99", "I bought ...") is not a
    deal between the company and its customer.
    """
    lo, hi = max(0, start - _DEAL_WINDOW), min(len(low), end + _DEAL_WINDOW)
    before = [m.end() for m in SENTENCE_END.finditer(low, lo, start)]
    lo = before[-1] if before else lo
    after = SENTENCE_END.search(low, end, hi)
    hi = after.start() if after else hi
    for m in DEAL.finditer(low, lo, hi):
        word = m.group()
        if word.startswith(("bought", "buying", "purchas")) and _OWN_PURCHASE.search(
            low, lo, m.start()
        ):
            continue
        return True
    return False
