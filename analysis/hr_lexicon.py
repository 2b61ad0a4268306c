"""Word lists for the HR rules: who is speaking, and what an employee says about work.

Languages: English, German, French, Spanish, Portuguese, Italian, Dutch, Polish and some
Japanese. Every pattern is lowercase and runs case-sensitively on lowercased text (see
``analysis.lexicon``). Patterns that need the company's name are built per profile in
``analysis.employee_patterns``; the job-search lists are in ``analysis.job_lexicon``.

The compositional disparagement lists (workplace topics, negative stance, sarcasm) are in
``analysis.work_lexicon``; ``DISPARAGE`` here keeps the fixed phrases that need no topic
("leadership is a joke", "sinking ship"), and ``LEFT_COMPANY`` says the author has left.
"""

from __future__ import annotations

import re

from analysis.lexicon import compile_words

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
    r"|foreman|forewoman|grad|graduate|apprentice|trainee|operative|labou?rer|electrician"
    r"|plumber|carpenter|welder|rigger|surveyor|bricklayer|scaffolder|joiner|conductor"
    r"|signaller|picker|packer|stocker|porter|guard"
    # care and hospitality
    r"|doctor|physician|surgeon|resident|cna|lpn|medical\s+assistant|therapist|physio\w*"
    r"|midwife|paramedic|emt|phlebotomist|radiographer|sonographer|hygienist|dentist|caregiver"
    r"|carer|orderly|porter|housekeep\w*|concierge|bellhop|valet|front\s+desk|server|waiter"
    r"|waitress|bartender|dishwasher|line\s+cook|sous\s+chef|maintenance|night\s+audit\w*"
    r"|guest\s+services|room\s+attendant"
)
# Words that say the author is a customer or fan, not staff, when they precede the name.
NOT_STAFF = re.compile(
    r"\b(?:customers?(?!\s+(?:success|support|service|care|experience|operations))|clients?|members?|users?|fans?|shoppers?|passengers?|patients?|"
    r"subscribers?|investors?|shareholders?|kund(?:e|in|en)|(?<!al\s)(?<!ao\s)(?<!service\s)"
    r"client(?:e|es)?|miembros?|"
    r"usuári[oa]s?|usuari[oa]s?|klant(?:en)?|fan\s+account|loyal|happy|angry|unhappy)\b"
)
FORMER = re.compile(
    r"\bex(?:-|\b)|\bformer(?:ly)?\b|\bprev(?:iously)?\b|\bretired\b|\bpast\b|\bused\s+to\b|"
    r"\behemal(?:ig\w*|s)\b|\bfrüher\b|\bancien(?:ne)?\b|\bantiguo\b|\bantigua\b|\bvoormalig\b"
    r"|\bby(?:ły|ła)\b|\bin\s+passato\b|\beski\b|\bπρώην\b|\bentinen\b|\btidigare\b"
    r"|\bforhenværende\b|\bbývalý\b|\bbývalá\b"
)
# "laid off from X in March", "redundant since May": a bio of someone who has left.
LAID_OFF = re.compile(r"\blaid\s+off\b|\bredundan(?:t|cy)\b|\bentlassen\b|\blicenciad[oa]\b")
# "at / with / for" in six languages: "Filialleiterin bei X", "Employée chez X", "RN @ X".
AT = r"(?:at|with|for|@|bei|für|chez|pour|à|en|para|na|no|em|bij|voor|von|de|del|da|do|presso|per)"
# Roles in other languages; German compounds ("Flugzeugmechaniker", "Filialleiterin") match
# on their last part.
ROLES_INTL = (
    r"\w*(?:mitarbeiter|leiter|mechaniker|verkäufer|kassierer|entwickler|berater|ingenieur"
    r"|angestellte|werkstudent|pilot|fahrer|disponent|pfleger|kaufmann|kauffrau)(?:in|innen|er)?"
    r"|ingenier[oa]|engenheir[oa]|ingénieure?|employée?|vendeu(?:r|se)|caissi(?:er|ère)"
    r"|hôtesse|steward|agente?|enfermer[oa]|desarrollador(?:a)?|analista|gerente|cajer[oa]"
    r"|azafata|medewerker|verpleegkundige|ontwikkelaar|funcionári[oa]|desenvolvedor(?:a)?"
    r"|atendente|técnic[oa]|consultor(?:a)?|développeu(?:r|se)|infirmi(?:er|ère)"
    r"|diseñador(?:a)?|meccanic[oa]|ingegnere|commess[oa]|impiegat[oa]|progettista|vertrieb"
    r"|einkauf|logistik|lager|werkstatt|ventas|logística|almacén|vendite|magazzino|officina"
    r"|dependient[ea]|vendedor(?:a)?|teleoperador(?:a)?|asesor(?:a)?|comercial|repartidor(?:a)?"
    r"|conseill(?:er|ère)|commerciale?|tecnico|operatore|operatrice|operador(?:a)?|salariée?|dipendente|programista|programistka"
    r"|konsultant(?:ka)?|sprzedawca|kierownik|pracownik|pracowniczka|tester(?:ka)?|grafik"
    r"|ärzt(?:in)?|arzt|krankenschwester|pflegekraft|mfa|rezeption\w*|zimmermädchen|hausdame"
    r"|kellner(?:in)?|köchin|koch|médecin|aide-soignante?|réceptionniste|femme\s+de\s+chambre"
    r"|serveu(?:r|se)|cuisini(?:er|ère)|gouvernante|médic[oa]|auxiliar|recepcionista"
    r"|camarer[oa]|cociner[oa]|enfermeir[oa]|camareir[oa]|cozinheir[oa]|infermier[ea]"
    r"|camerier[ea]|cuoc[oa]|schoonmaker|lekar(?:z|ka)|pielęgniark\w*|recepcjonist\w*"
    r"|kelner\w*|pokojówk\w*|kucharz"
)
# Time served: "6 yrs", "4 años", "3 Jahren", "2 lat". Next to the name it says "I work there".
TENURE = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|a\s+few|several|many)\s*\+?\s*(?:yrs?|years?|months?"
    r"|años|anos|jahren?|ans|anni|jaar|lat[a]?)"
)
# Tenure in a post, in the languages of ``ROLES_INTL``: "4 yrs", "drei Jahren", "un anno".
TENURE_ANY = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|a\s+few|several|many|an?|un[ao]?|une|ein(?:em|en)?|zwei|drei|vier|fünf|sechs|zehn"
    r"|deux|trois|quatre|cinq|dix|dos|tres|cuatro|cinco|diez|due|tre|quattro|cinque|dieci"
    r"|een|twee|drie|vier|vijf|tien|dois|duas|três|dwa|trzy|cztery|pięć)\s*\+?\s*"
    r"(?:yrs?|years?|months?|años?|anos?|jahren?|jahre|monate?n?|ans?|mois|anni|anno"
    r"|mes(?:es)?|mesi|jaar|maanden|lat[a]?|rok|miesięcy|meses)"
)
# What a bio says about a job besides a title: teams, shifts, sites, departments, tenure.
# ``employees`` reads them in the same bio segment as the company's name ("Halyard dispatch",
# "Orrery | backend", "6 yrs in Halyard ops", "Orrery 3年目").
WORK_CUES = (
    r"eng|mgr|management|ops|backend|back-end|frontend|front-end|full-?stack|infra|platform|devops"
    r"|security|hr|people\s+ops|dispatch|squad|crew|team|shifts?|nights|dc|hub|depot|store"
    r"|branch|office|hq|plant|factory|dept|department|support|soporte|suporte|atendimento"
    r"|kundenservice|klantenservice|service\s+client|key\s+accounts?|accounts|pricing|finance"
    r"|finanzas|finanças|legal|compliance|risk|data|product|growth|payments|fraud|new\s+hire"
    r"|apprentice|trainee|forklift|turno|almacén|chofer|opérat(?:eur|rice)|quai|filiale"
    r"|tienda|loja|negozio|winkel|sklep|sprzedaż|vendas|ventes|notifications|on\s+call"
    r"|ae|sdr|bdr|csm|coordenador(?:a)?|coordinador(?:a)?|coordinat(?:eur|rice)|assembly"
    r"|production|manufacturing|shop|shop\s+floor|billing|accounting|accounts\s+payable|payroll"
    r"|admissions|intake|triage|lab|pharmacy|radiology|nursing|icu|ward|clinic|front\s+office"
    r"|reception|housekeeping|banquets?|kitchen|bar|restaurant|events|catering|reservations"
    r"|revenue|guest\s+relations|facilities|procurement|purchasing|comms|pr|research|r&d|fleet"
    r"|spa|call\s+cent(?:er|re)|contact\s+cent(?:er|re)|inbound|outbound|desk|trading|lifer|svc"
    r"|field\s+(?:svc|service|ops|eng\w*|tech\w*)"
    r"|\w*(?:theke|abteilung|kasse|filiale|dienst|verkauf|einkauf|planung|technik|halle)"
    r"|opera(?:ções|ciones|tions|zioni)"
    rf"|{TENURE}"
)
# Agent nouns ("wheel builder", "Verkäuferin", "repartidora"): a short phrase ending in one,
# next to the company's name in a bio, is a job title nobody listed.
AGENT_NOUN = (
    r"[a-zà-ÿ]{3,}(?:er|or|ist|ian|ant|ent|eur|euse|ier|ière|ero|era|ista|ore|ora|erin|ore"
    r"|nik|ka)s?"
)
# After a weak self-placement, words that make it a customer's: "4 años en X comprando".
CUSTOMER_AFTER = re.compile(
    r"\W*(?:\w+\s+){0,2}?(?:comprando|compro|buying|shopping|banking|flying|riding|as\s+a\s+"
    r"(?:customer|client|member)|como\s+client[ea]|de\s+client[ea]|als\s+kund(?:e|in)"
    r"|einkauf\w*|en\s+tant\s+que\s+client|fazendo\s+compras|come\s+cliente|als\s+klant"
    r"|jako\s+klient|cliente|kunde|customer|client)\b"
)
# Bio words of outsiders who name the company: fans, reviewers, reporters, investors.
OUTSIDER_BIO = re.compile(
    r"\b(?:customers?(?!\s+(?:success|support|service|care|experience|operations))|clients?"
    r"|members?|users?|fans?|shoppers?|passengers?|patients?|subscribers?|investors?"
    r"|shareholders?|traders?|owners?|riders?|flyers?|players?|gamers?|streamers?|modders?"
    r"|review(?:er|s)?|journalists?|reporters?|covering|blogger|podcast\w*|newsletter|news"
    r"|commuters?|regulars?|lovers?|enthusiasts?|addicts?|collectors?|watchers?|analyst\s+covering"
    r"|not\s+affiliated|unofficial|parody|official|offiziell\w*|oficial|officiel\w*|ufficiale"
    r"|dealers?|resellers?|retailers?|distributors?|stockists?|partners?|händler\w*"
    r"|guests?|loyalty|elite|platinum|frequent|huésped\w*|hôtes?|gast|gäste|ospite|hóspede"
    r"|kund(?:e|in|en)|(?<!al\s)(?<!ao\s)(?<!service\s)client(?:e|es)?|miembros?|usuári[oa]s?"
    r"|usuari[oa]s?|klant(?:en)?)\b"
)


# --- employee disparagement ----------------------------------------------------------------

# Management in eight languages (en, de, fr, es, pt, it, nl, pl). A game's "final boss" is not.
BOSSES = (
    r"(?:(?:upper|senior|middle|regional|store|area|line|top)\s+)?(?:management|leadership"
    r"|managment|mgmt|mngmt|manglement"
    r"|(?<!final\s)(?<!raid\s)(?<!level\s)(?<!mini-)(?<!mini\s)boss(?:es)?(?!\s+(?:fight|battle"
    r"|level|rush|music))|managers?|ceo|cfo|coo|cto|cio|cmo|cpo|chro|svp|evp|vps?|execs?"
    r"|executives?|directors?|managing\s+director|head\s+of\s+\w+|(?<!across\s)the\s+board"
    r"|owners?|founders?|direttor[ei]|direttrice|diretor(?:a|es)?|directeur|directrice|direktor\w*"
    r"|dyrektor\w*"
    r"|supervisors?|team\s+leads?|higher[\s-]ups|c-suite|head\s+office|top\s+brass"
    r"|chef(?:in|s)?|geschäftsführung|führung(?:sebene|skräfte)?|vorgesetzte[rn]?|leitung"
    r"|filialleitung|chefetage|vorstand|direction|cheffe|hiérarchie|patron(?:ne)?s?"
    r"|dirigeants?|encadrement|jef[ea]s?|dirección|gerencia|gerência|gerentes?|encargad[oa]s?"
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
    r"|ahnungslos|lächerlich|das\s+letzte|(?:keine|null)\s+ahnung|planlos|saftladen|katastroph\w*"
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
    rf"\b{BOSSES}\b[^.!?\n]{{0,40}}?{_INSULT}"
    rf"|\b{BOSSES}\b.{{0,200}}?\bwhat\s+an?\s+(?:clowns?|joke|idiots?|morons?|disgrace|circus)\b"
    rf"|\b(?:clueless|incompetent|useless|pathetic|spineless|greedy|inkompetente?|unfähige?"
    rf"|incompétente?s?|beznadziejn\w*|niekompetentn\w*)\s+(?:\w+\s+)?{BOSSES}\b"
    rf"|\b{BOSSES}(?:\s+[\w@.\-]+){{0,4}}?\s+{_IS}\s+{_SO}{{0,3}}{_BAD}"
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
    r"\b(?:someone|people|they|he|she|customers?|folks|everyone|a\s+\w+)(?:\s+\w+){0,2}?\s+"
    r"(?:said|says|saying|claims?|claiming|thinks?|wrote|posted|tweeted|reckons?)\b"
    # outsiders telling or asking the author: "a customer told me", "people keep asking"
    r"|\b(?:someone|people|customers?|guests?|patients?|clients?|passengers?|folks|everyone"
    r"|a\s+\w+)(?:\s+\w+){0,2}?\s+(?:told|tells"
    r"|telling|asks?|asked|asking|wonders?|complain(?:s|ed)?|yell(?:s|ed)|shouted)\b"
    # "dicen por ahí que", "on dit que", "man sagt", "dizem que", "si dice che", "ze zeggen"
    r"|\bdicen\s+(?:por\s+ahí\s+)?que\b|\bon\s+dit\s+que\b|\bman\s+sagt\b|\bdizem\s+(?:por\s+aí\s+)?que\b"
    r"|\bsi\s+dice\s+che\b|\bze\s+zeggen\b|\bmówi\s+się\b|\bludzie\s+mówią\b"
)
# A quoted opinion that the author then rejects: "someone said management is a joke. Disagree".
DISAGREE = re.compile(
    r"\b(?:someone|people|they|he|she|a\s+\w+)(?:\s+\w+){0,2}?\s+(?:said|says|claims?|think"
    r"|thinks|wrote|posted|tweeted)\b.{0,80}"
    r"\b(?:disagree|not\s+true|wrong|nope)\b"
    # "... Not my experience here", in eight languages
    r"|\bnot\s+my\s+experience\b|\bno\s+es\s+mi\s+experiencia\b|\bpas\s+mon\s+expérience\b"
    r"|\bnicht\s+meine\s+erfahrung\b|\bnão\s+é\s+a\s+minha\s+experiência\b"
    r"|\bnon\s+è\s+la\s+mia\s+esperienza\b|\bniet\s+mijn\s+ervaring\b|\bnie\s+moje\s+doświadczenie\b"
)

# The author has left: a former employee's complaints and plans are not the policy's concern.
LEFT_COMPANY = compile_words(
    r"\bused\s+to\s+work\b|\bwhen\s+i\s+(?:was|worked)\s+(?:there|at|for)\b"
    r"|\b(?:since|after)\s+leaving\b|\b(?:since|after|before)\s+i\s+(?:left|quit)\b|\b(?:glad|happy)\s+i\s+(?:left|quit)\b"
    r"|\bi\s+(?:left|quit)\s+(?:\S+\s+)?(?:in\s+(?:19|20)\d\d|last\s+(?:year|month|week)"
    r"|(?:\w+\s+){1,2}ago)\b|\b(?:left|quit)\s+(?:\S+\s+){0,2}(?:last\s+(?:year|month)"
    r"|in\s+(?:19|20)\d\d|years?\s+ago)\b|\b(?:got|was|been)\s+(?:laid\s+off|fired|let\s+go"
    r"|made\s+redundant)\b|\bback\s+when\s+i\s+worked\b|\bfrüher\s+(?:bei|gearbeitet)\b"
    r"|\bhabe\s+(?:\w+\s+){1,3}gearbeitet\b|\bj'ai\s+quitté\b|\bquand\s+j'y\s+(?:étais|travaillais)\b"
    r"|\btrabajé\s+en\b|\bcuando\s+trabajaba\b|\bdejé\s+(?:la\s+empresa|\S+\s+hace)\b"
    r"|\btrabalhei\s+na\b|\bsaí\s+da\b|\bho\s+lavorato\b|\bho\s+lasciato\b"
    r"|\bheb\s+(?:daar\s+|er\s+)?(?:\w+\s+){0,3}gewerkt\b|\bpracował(?:em|am)\b"
    r"|\bi\s+was\s+(?:at|with)\s+\S+\s+for\b|\bspent\s+\S+\s+(?:yrs?|years?|months?)\s+at\b"
    r"|\bleft\s+(?:\S+\s+)?(?:back\s+)?in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|\bich\s+war\s+(?:\w+\s+){0,3}?bei\b|\bbin\s+(?:seit\s+\w+\s+)?weg\b|\bwurde\s+gekündigt\b"
    r"|\bestuve\s+(?:\w+\s+){0,3}?en\b|\bfiquei\s+(?:\w+\s+){0,3}?na\b|\bj'ai\s+passé\b"
    r"|\bj'étais\s+chez\b|\bsono\s+stat[oa]\s+(?:\w+\s+){0,3}?in\b|\bero\s+in\b"
    r"|\bik\s+zat\s+(?:\w+\s+){0,3}?bij\b|\bby(?:łem|łam)\s+(?:\w+\s+){0,3}?w\b"
    r"|(?:^|\bi\s+)worked\s+(?:at|for)\s+(?:\S+\s+){1,3}?for\s+\S+\s+(?:years?|months?)\b"
    r"|\bbefore\s+i\s+(?:moved|left|quit|retired)\b"
)

# A topic in the same sentence as one of these is about something else: sport, games,
# politics, a landlord, another or a previous employer.
ELSEWHERE = compile_words(
    r"\b(?:baseball|football|soccer|hockey|basketball|nba|nfl|mlb|nhl|league|liga|playoffs?"
    r"|referees?|refs|yankees|fantasy|final\s+boss|boss\s+fight|raid|dungeon|level\s+\d+"
    r"|playthrough|speedrun|dlc|government|congress|parliament|senate|mayor|city\s+council"
    r"|landlord|hoa|property\s+management|building\s+management|bundesregierung|gobierno"
    r"|governo|gouvernement|regering|rząd|vermieter|propriétaire|casero|senhorio|huisbaas)\b"
    r"|\b(?:another|other|a\s+rival|a\s+competitor|the\s+competition)(?:'s)?\s+"
    r"(?:company|firm|management|leadership|ceo|boss)\b"
    r"|\b(?:my|our)\s+(?:last|old|previous|former|ex)[\s-]+\w+"
    # a previous job in the other languages: "mi antiguo trabajo", "meu emprego antigo"
    r"|\b(?:mi|mon|mein(?:em|en)?|meu|minha|il\s+mio|mijn|moj\w*)\s+(?:antiguo|anterior|ancien"
    r"|précédent|alte[nm]?|frühere[nm]?|antigo|vecchio|precedente|vorige|oude|poprzedni\w*)\s+\w+"
    r"|\b(?:emprego|trabalho|trabajo|empleo|lavoro|boulot|job)\s+(?:antigo|anterior|d'avant"
    r"|precedente)\b"
    r"|\b(?:the|this|our)\s+industry\b|\bin\s+general\b|\bindustry[\s-]wide\b"
)
