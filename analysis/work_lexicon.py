"""What an employee says about work: workplace topics, negative stance, sarcasm.

``analysis.hr`` reads disparagement compositionally from these lists, so that it carries over
to wording no list has seen: a *workplace topic* (``TOPIC``: management, the employer, the
job, pay, working conditions) near a *negative stance*. Stance comes in two strengths:

* ``STANCE_STRONG`` judges people or an organisation ("clueless", "hypocrisy", "underpaid",
  "instead of raises", "nessuno ascolta"): it counts anywhere near a topic;
* ``STANCE`` is a general complaint ("a joke", "terrible", "a mess", "che schifo"): it counts
  only in the topic's own clause ("the pay is a joke"), so that "the traffic was a joke, late
  to my shift" is not about the employer.

``SARCASM`` marks irony ("cool cool cool", 🙃, "management's idea of ..."), ``POSITIVE`` is
praise that a negative sentiment score alone must not override (``hr_lexicon.ELSEWHERE``
puts a topic in a sentence about something else: sport, games, politics, a landlord, a
previous employer). Languages: English, German, French, Spanish, Portuguese, Italian, Dutch, Polish
and some Japanese; every pattern is lowercase (see ``analysis.lexicon``).
"""

from __future__ import annotations

import re

from analysis.hr_lexicon import BOSSES
from analysis.lexicon import compile_words

# --- workplace topics ------------------------------------------------------------------------

# Managers and the people who decide, beyond ``BOSSES``: "whoever signed off", "mon N+1",
# German compounds ("Schichtleitung", "Standortleiter"), Japanese.
_DECIDERS = (
    r"\bhr\b|\bhuman\s+resources|\bcorporate\b|\bthe\s+suits\b|\bpowers\s+that\s+be"
    r"|\badmin(?:istration)?\b|\bthe\s+gm\b|\bgeneral\s+manager"
    r"|\bwhoever\s+(?:signed\s+off|approved|decided|thought|came\s+up|planned)"
    r"|\b(?:the\s+)?(?:people|guys|folks)\s+(?:running|in\s+charge)|\bn\+1\b"
    r"|\b\w*leitung\b|\b\w*leiter(?:in)?\b|\bgeschäftsführ\w*|\bla\s+direction"
    # the bosses as "those up there", in nine languages
    r"|\bdie\s+(?:da\s+)?oben\b|\bci\s+(?:na\s+górze|z\s+góry)|\blos\s+de\s+arriba\b"
    r"|\bceux\s+d'en\s+haut\b|\bquelli\s+(?:di\s+sopra|in\s+alto|lassù)\b|\bos\s+lá\s+de\s+cima\b"
    r"|\blá\s+em\s+cima\b|\byukarıdakiler\b|\bde\s+hoge\s+heren\b|\b(?:the\s+)?(?:people|folks)\s+upstairs\b"
    r"|['‘]upstairs['’]|\bupstairs\s+(?:says?|said|decided|decides|wants?)\b|上の人|上層部"
    r"|上司|社長|経営陣|役員|部長|課長|管理職"
)
# The employer itself and what it is like to work there.
_EMPLOYER = (
    r"\b(?:this|the|my|our)\s+(?:company|place|employer|firm|workplace|org|organi[sz]ation)\b"
    r"|\b(?:company\s+)?culture\b|\bmorale\b|\bwork[\s-]*life[\s-]*balance"
    r"|\b(?:working|work|it)\s+here\b"
    r"|\b(?:la|esta|mi|nuestra|a|essa|minha|nossa)\s+empresa\b|\bla\s+boîte\b|\bl'entreprise\b"
    r"|\bmon\s+employeur\b|\bambiance\b|\bbienveillance\b|\bl'azienda\b|\bambiente\b"
    r"|\bcultur[ae]\b|\bcultuur\b|\bsfeer\b|\b(?:betriebs|arbeits)klima\b|\bstimmung\b"
    r"|\b(?:die|diese)\s+firma\b|\b(?:der|dieser)\s+(?:laden|betrieb)\b|\bfirm[aieę]\b"
    r"|\batmosfera\b|\bhet\s+bedrijf\b|会社|職場|ブラック"
)
# The job itself: "my job", "this role", "mon poste" ("the role" is as often an IAM role).
_JOB = (
    r"\b(?:my|this)\s+(?:job|role|position|gig)\b|\bmon\s+(?:job|poste|boulot|taf)\b"
    r"|\bmi\s+(?:trabajo|puesto|curro)\b|\bmeu\s+(?:trabalho|emprego|cargo)\b"
    r"|\bil\s+mio\s+lavoro\b|\bmijn\s+(?:baan|werk|job|functie)\b|\bmoja\s+praca\b"
    r"|\b(?:mein|meinen|meine)\s+(?:job|arbeit|stelle)\b|\bw\s+pracy\b"
)
# Pay and benefits.
_PAY = (
    r"\b(?:pay|paid|payday|payroll|paychecks?|paycheques?|payslips?|salar(?:y|ies)|wages?|raises?"
    r"|bonus(?:es)?|overtime|pto|vacation\s+days|compensation|equity|pension|hourly|benefits"
    r"|gehalt\w*|lohn\w*|löhne|bezahlung|\w*erhöhung|überstunden|prämie\w*|urlaubstage"
    r"|salaire\w*|paie|augmentations?|heures\s+sup\w*|sueldos?|salarios?|aumentos?"
    r"|horas\s+extras?|bono|nómina|salári\w*|bônus|stipendi?o?|busta\s+paga|straordinari"
    r"|salaris|lonen|loonsverhoging|opslag|overuren|pensj\w*|wypłat\w*|podwyżk\w*"
    r"|nadgodzin\w*|premi[aeiy]\w*|primes?\s+de\s+\w+|increases?|merit|allowances?|per\s+diems?"
    r"|commissions?|comisiones|comissões|provision\w*|tips|pourboires|propinas|gorjetas|mance)\b"
    r"|\b(?:make|makes|earn|earns|paid|get\s+paid)\s+(?:\w+\s+)?(?:less|more)\s+than\b"
    r"|/\s?hr\b|給料|給与|残業|ボーナス|賞与|昇給|手当"
)
# Working conditions: schedules, the office mandate, reorganisations, layoffs, team events.
_CONDITIONS = (
    r"\b(?:(?:double|split|back-to-back|night|weekend)\s+shifts|shift\s+(?:patterns?"
    r"|schedules?|plans?|rotas?)|schedul(?:e|es|ing)|rotas?|roster\w*|workload|on-?call"
    r"|pager|rto|office\s+mandate|all[\s-]hands|town\s*halls?|re-?orgs?|restructur\w*"
    r"|layoffs?|promotions?|performance\s+reviews?|headcount|understaffed|short[\s-]staffed"
    r"|pizza\s+(?:party|parties|friday)|team[\s-](?:day|building|event|offsite)|offsite|crunch"
    r"|staffing|(?:patient|nurse)\s+ratios?|tip\s+pool|service\s+charge|quotas?|on\s+nights"
    r"|onderbezet|unterbesetzt|sous-effectif|sotto\s*organico|falta\s+de\s+pessoal|braki"
    r"|uniforms?|dress\s+code|uniformregel\w*|timesheets?|clock(?:ing)?[\s-]in|write[\s-]?ups?"
    r"|cuts|polic(?:y|ies)|initiatives?|richtlinie\w*|\w*regel(?:ung)?|règles?|paperwork"
    r"|productivity|kpis?|metrics|start\s+times?|early\s+starts?|\d+\s*(?:am|pm)\s+starts?"
    r"|(?:staff|employee|engagement|wellbeing|wellness|pulse)\s+surveys?|wellbeing|wellness"
    r"|\d+\s*(?:hr|hour)s?\s+nights?"
    r"|(?:per|por|par|pro)\s+(?:shift|turno|turn|schicht|dienst|zmian\w*)"
    r"|doblar\s+turnos?|doble\s+turno|doppio\s+turno|dobrar\s+turnos?|dubbele\s+diensten?"
    r"|doppelschicht\w*|podwójn\w*\s+zmian\w*"
    r"|rooms\s+per\s+(?:shift|day|hour)|patients\s+per\s+(?:shift|day|hour|nurse)"
    r"|personal(?:schlüssel|mangel)|sous-effectif|falta\s+de\s+personal|carenza\s+di\s+personale"
    r"|onderbezetting|braki\s+kadrowe"
    r"|plannings|(?:le|mon|nos|notre)\s+planning"
    r"|schicht(?:plan|pläne|dienst|arbeit|zeit|system)\w*|dienstplan\w*|arbeitszeit\w*"
    r"|büropflicht|präsenzpflicht|umstrukturierung|entlassungen|stellenabbau|beförderung"
    r"|horaires|astreintes?|réunions?|réorg\w*|licenciements|turnos|horarios?|guardias?"
    r"|reestructuraci\w*|despidos|ascensos?|escalas?|horários?|plantão|reestrutura\w*"
    r"|demissões|promoç\w*|turni|orari|reperibilità|ristruttura\w*|licenziamenti"
    r"|promozion\w*|diensten|rooster|werkdruk|reorganisatie|ontslagen|promotie|grafik"
    r"|restrukturyzacj\w*|zwolnieni\w*|awans\w*"
    r"|deadlines?|roadmaps?|okrs?|values\s+posters?|break\s*rooms?)\b"
    r"|\b(?:no|zero)\s+(?:planning|organi[sz]ation|communication|transparency|direction"
    r"|leadership|training)\b"
    # back to the office, in eight languages
    r"|\breturn[\s-]+to[\s-]+(?:the\s+)?office|\bback\s+to\s+the\s+office|\bin[\s-]office\s+days"
    r"|\b(?:volver|vuelta)\s+a\s+la\s+oficina|\bretour\s+au\s+bureau|\bzurück\s+ins\s+büro"
    r"|\bvolta(?:r)?\s+ao\s+escritório|\britorno\s+in\s+ufficio|\bterug\s+naar\s+(?:het\s+)?kantoor"
    r"|\bpowr\w*\s+do\s+biura|\b\d+\s*(?:hr|hour)s?\s+(?:weeks?|days?|shifts?)|シフト|出勤|有給"
)
_BOSS = rf"\b{BOSSES}\b|{_DECIDERS}"
TOPIC = compile_words("|".join((_BOSS, _EMPLOYER, _JOB, _PAY, _CONDITIONS)))
"""Any workplace topic: management, the employer, the job, pay, working conditions."""
TOPIC_CORE = compile_words("|".join((_BOSS, _EMPLOYER, _JOB)))
"""Who runs the place, the place, the job: enough for a clearly negative sentiment score."""

# --- negative stance -------------------------------------------------------------------------

STANCE_STRONG = compile_words(
    r"\b(?:clueless|incompetent|useless|pathetic|toxic|disgrace\w*|shameful|shameless"
    r"|insulting|an\s+insult|unfair|greedy|predatory|exploit(?:ing|ative|s)|hypocri\w*|lies"
    r"|lying|liars?|lied|underpaid|overworked|understaffed|unpaid|micromanag\w*|gaslight\w*"
    r"|disrespect\w*|spineless|cowards?|clowns?|mismanag\w*|(?:worst|badly|poorly)[\s-]managed"
    r"|out\s+of\s+touch|for\s+suckers|stingy|demoraliz\w*|demotivat\w*|burn(?:ed|t)?[\s-]?out"
    r"|broken\s+promises|slap\s+in\s+the\s+face|stagnant|below[\s-]market|tóxic[oa]s?"
    r"|expendable|replaceable|undervalued|under-?appreciated|unappreciated|taken\s+for\s+granted"
    r"|unterbesetzt|onderbezet|unsafe\s+staffing|dangerously\s+(?:short|understaffed)"
    r"|dumb(?:er|est)?|stupid(?:er|est)?|nothing\s+(?:ever\s+)?gets\s+done|none\s+of\s+our"
    r"|never\s+(?:reads|answers|replies|responds)|(?:can'?t|cannot|won'?t)\s+make\s+a\s+decision"
    r"|(?:every|all\s+the|the)\s+wrong\s+(?:calls?|decisions?|choices?)|bad\s+calls"
    r"|how\s+(?:this\s+company|they|management|leadership|corporate)\s+treats?"
    r"|(?:is|are|was)\s+a\s+(?:lie|sham|farce|myth)"
    r"|(?:still\s+)?no\s+(?:extra|more|additional|new)\s+(?:staff|people|help|hands|headcount"
    r"|pay|money|nurses)|not\s+a\s+(?:penny|cent|dime)\s+more|(?:no|without)\s+extra\s+pay"
    r"|for\s+the\s+same\s+pay"
    r"|tossic[oaie]|toxisch|giftig|toksyczn\w*"
    r"|lowest\s+(?:pay|wages?|salar\w*))\b"
    # complaint constructions about pay, hours and being heard
    r"|\b(?:no|zero)\s+(?:idea|clue|respect|raises?|bonus(?:es)?|increase|say|overtime\s+pay"
    r"|transparency|communication|direction|plan|planning|organi[sz]ation|recognition"
    r"|training)\b|\b(?:still\s+)?no\s+sign\s+of\b|\bstill\s+waiting\s+(?:for|on)\b"
    r"|\bnever\s+(?:came|happened|showed\s+up|arrived|materiali[sz]ed)\b"
    r"|\bdidn'?t\s+(?:show\s+up|arrive|come\s+through)\b"
    r"|\b(?:haven'?t|hasn'?t|didn'?t|never)\s+(?:had|got(?:ten)?|seen|received)\s+(?:a|any)\s+"
    r"(?:raise|bonus|pay\s+rise|increase)"
    # pay and bonuses cut, in seven languages
    r"|\b(?:supprim\w*|réduit|gèle\w*|streich\w*|kürz\w*|gestrichen|gekürzt|recort\w*|quitan"
    r"|eliminan|cort(?:ar|aram|am|ou)|tagliat\w*|taglia\w*|geschrapt|gekort|obcię\w*"
    r"|zabral\w*)\s+(?:\w+\s+){0,2}?(?:primes?|augmentation\w*|heures\s+sup\w*|bonus\w*"
    r"|salaire\w*|prämie\w*|zuschl\w*|gehalt\w*|überstunden\w*|pagas?|sueldos?|aument\w*"
    r"|horas\s+extras?|salári\w*|bônus|straordinari|stipendi?o?|premi[ao]|opslag|toeslag\w*"
    r"|premi[ai]|podwyżk\w*|nadgodzin\w*)\b"
    r"|\b(?:doesn'?t|don'?t|didn'?t|never|won'?t)\s+(?:care|listen|pay|respect|support|know)"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:\w+\s+)?(?:listens|cares|knows|asked)"
    r"|\b(?:cut|cuts|cutting|slashed|slash|froze|freezes?|frozen|paused|cancel\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:overtime|pay|raises?|bonus\w*|hours|benefits|shifts?|allowances?"
    r"|budget|perks|per\s+diems?|pension|holidays?|vacation|pto|training|headcount|wages?"
    r"|salar\w*|lunch|parking|commissions?|tips|breaks|staff|nurses?|people|jobs|positions"
    r"|roles)\b"
    r"|\b(?:raises?|bonus(?:es)?|pay)\s+(?:are|were|is|was|got|have\s+been)\s+\W?(?:paused|frozen"
    r"|cancel+ed|on\s+hold|cut)"
    r"|\binstead\s+of\s+(?:a\s+)?(?:raises?|bonus(?:es)?|pay|a\s+raise)"
    r"|\b(?:paid|pays?)\s+(?:\w+\s+)?less\s+than|\bwithout\s+(?:a\s+)?(?:raise|pay|notice|warning)"
    r"|\bmandatory\s+(?:\d+\s*(?:hr|hour)s?|overtime|weekends?|unpaid)"
    r"|\bforced\s+(?:overtime|to\s+work)|\bmakes?\s+up\s+for\b"
    r"|\b(?:cancel|cancels|cancelled|canceled)\s+(?:your|our|my)\s+shifts?"
    r"|\bwouldn'?t\s+(?:bank|work|shop|recommend\s+working)\w*\s+here"
    r"|\bbad\s+(?:management|leadership|managers?|bosses|pay|culture|decisions?)\b"
    r"|\b(?:pay|salary|wage|hiring|raise)\s+freeze\b"
    r"|\b(?:doesn'?t|does\s+not|barely)\s+(?:even\s+)?(?:cover|keep\s+up\s+with)\b"
    r"|\btreats?\s+(?:\w+\s+)?(?:us|me|staff|people|everyone|workers|employees|nurses|crew)\s+like\b"
    # the ones at the top get what staff do not: "while the execs fly business"
    r"|\b(?:straordinari|horas\s+extras?|heures\s+sup\w*|überstunden|overuren|nadgodziny"
    r"|overtime)\s+(?:\w+\s+)?(?:obbligatori|obligatori|obrigatóri|obligatoire|verpflichtend"
    r"|verplicht|obowiązkow|mandatory|forced)\w*"
    r"|\b(?:zahl\w*|bezahl\w*)\s+(?:\w+\s+){0,2}?nicht\b|\bnicht\s+(?:aus)?(?:bezahlt|gezahlt)"
    r"|\bwhile\s+(?:the\s+|our\s+)?(?:execs?|executives|ceo|cfo|vps?|management|leadership"
    r"|directors?|bosses|board|partners)\b"
    r"|\b(?:make|makes|earn|earns|get|gets|paid)\s+more\s+than\s+(?:me|us)\b"
    r"|\b(?:i|we)\s+(?:still\s+)?(?:make|earn|get\s+paid)\s+less\s+than\b"
    r"|\bforces?\s+us\s+to\b"
    r"|\b(?:took|taken|takes?|taking)\s+away\s+(?:our|my|the)\b"
    r"|\b(?:nos|nous|ci|uns|ons|nam)\s+(?:\w+\s+){0,2}?(?:quit\w+|retir\w+|tolt\w+|toglie\w*"
    r"|gestrichen|genommen|weggenommen|gekürzt|gekappt|afgepakt|afgenomen|zabral\w*|obcię\w*|obciął"
    r"|tiraram|tiram|cortaron|cortaram|recortaron|supprim\w*|enlev\w*)"
    r"|\b(?:quitaron|retiraron|tiraram|tolto|gestrichen|weggenommen|afgepakt|zabrali|obciął"
    r"|obcięli|enlevé|supprimé|retiré)\s+(?:\w+\s+)?(?:nos|nous|ci|uns|ons|nam|nuestr\w*|nossa?s?"
    r"|nostr\w*|unser\w*|onze|nasz\w*)\b"
    r"|\bpretend(?:s|ing)?\s+(?:that\s+)?(?:everything|all\s+is|it'?s)\b|\bfinge[mn]?\b"
    r"|\bfa(?:nno)?\s+finta\b|\bfont?\s+semblant\b|\btu[nt]\s+so,?\s+als\b|\bdo(?:et|en)\s+alsof\b"
    r"|\budaj\w*\b"
    r"|\b(?:sin|sem|senza|ohne|sans|zonder|bez|without)\s+(?:\w+\s+)?(?:staff|personal|pessoal"
    r"|personale|personnel|personeel|personelu|técnicos|tecnici|enfermer\w*|nurses|techs?"
    r"|backup|cover)\b"
    r"|\b(?:spart\s+(?:\w+\s+)?an|skimp\w*|cheap(?:ed|ing)?\s+out|tacañ\w*|radin\w*|tirchi\w*"
    r"|krent\w*|skąp\w*)\b"
    r"|\b(?:zero|no|nessun|ningún|nenhum|kein(?:en)?|aucun|geen|żadnego)\s+(?:rispetto|respeto"
    r"|respeito|respekt|respect|szacunku|reconocimiento|reconhecimento|riconoscimento"
    r"|anerkennung|reconnaissance|waardering|uznania)\b"
    r"|\b(?:wrote|writes?|writing)\s+(?:me|us|people|her|him)\s+up\b|\bwritten\s+up\b"
    r"|\bci\s+tratta\s+come|\bnos\s+trata[mn]?\s+como|\bbehandel\w*\s+ons\s+als"
    # promises not kept, in eight languages
    r"|\b(?:raise|bonus|promotion|pay\s+rise|increase)\s+(?:i|we)\s+(?:was|were)\s+promised"
    r"|\b(?:attend\w*|on\s+attend)\s+toujours|\besperando\s+todav[ií]a|\bainda\s+(?:à\s+)?esper"
    r"|\bancora\s+aspett\w*|\bwarten\s+(?:immer\s+)?noch|\bwachten\s+nog\s+steeds"
    r"|\bnadal\s+czekam\w*"
    # no say, no warning, no help; short notice
    r"|\b(?:no|zero|without)\s+(?:consultation|warning|input|say|support|help|childcare"
    r"|backup|cover)\b|\bwith\s+(?:a|one|two|only\s+a)\s+(?:day|week)'?s\s+notice"
    r"|\b(?:at\s+)?short[\s-]notice\b"
    # strain, being laughed at, pay docked, being watched
    r"|\brunning\s+on\s+(?:fumes|empty)|\bstretched\s+(?:too\s+)?thin|\bbreaking\s+point"
    r"|\blaughed\s+(?:at\s+(?:me|us)\s+)?when\s+(?:i|we)\s+asked"
    r"|\bdock(?:s|ed|ing)?\s+(?:\w+\s+)?pay|\bdeduct\w*\s+(?:it\s+)?from\s+(?:our|my|your)"
    r"|\b(?:te|nos)\s+descuentan|\bdescontam\b|\btrattenut\w*|\bretenues?\s+sur"
    r"|\b(?:tracks?|tracking|logs?|logging|monitors?|monitoring|spies|spying|counts?|counting"
    r"|times|timing)\s+(?:our|my|every|all\s+our|staff'?s?)\s+(?:\w+\s+)?(?:mouse|keystrokes?"
    r"|screens?|bathroom|toilet|breaks?|location|calls|minutes|movements)"
    r"|\b(?:won'?t|don'?t|doesn'?t|never|refuses?\s+to|refused\s+to)\s+(?:even\s+)?(?:hire|pay"
    r"|fix|give|approve|replace|staff|raise)\b"
    r"|\bgot\s+(?:told\s+off|yelled\s+at|screamed\s+at|in\s+trouble|a\s+warning|disciplined)"
    r"|\b(?:impossible\s+to\s+work|impossível\s+trabalhar|imposible\s+trabajar"
    r"|impossible\s+de\s+travailler|unmöglich\s+zu\s+arbeiten|impossibile\s+lavorare"
    r"|onmogelijk\s+om\s+te\s+werken|nie\s+da\s+się\s+pracować)\b"
    r"|\b(?:jamais|never|nunca|mai|nie|nooit|nigdy)\s+(?:\w+\s+){0,2}?(?:payée?s?|paid|pagad\w*"
    r"|pagat\w*|bezahlt|betaald|płac\w*|pagan|pagam)\b"
    r"|\b(?:keinen|kein|aucun|ningún|nenhum|nessun|geen|żadnego)\s+(?:plan|plano|piano|planu)\b"
    r"|\b(?:reclama\w*|se\s+queja\w*|se\s+plaint|si\s+lamenta\w*|beschwert\s+sich|klaagt"
    r"|narzeka\w*|complains?\s+that\s+we)\b"
    r"|\b(?:promis\w+|promesse|promesas|promessas|promesses|versprochen\w*|beloofd\w*"
    r"|obiecan\w*)\b[^.!?]{0,40}?\b(?:never|mai|nunca|jamais|nie|nooit|nigdy|still\s+waiting"
    r"|still\s+no)\b"
    r"|\bnos\s+(?:obliga\w*|exige\w*|fuerza\w*|obriga\w*)|\bci\s+(?:obbliga\w*|costring\w*)"
    r"|\bnous\s+(?:oblige\w*|force\w*|prend\w*\s+pour\s+des)|\bzwing(?:t|en)\s+uns"
    r"|\b(?:dwingt|verplicht)\s+ons|\b(?:zmusza|każe)\s+nam?"
    # German
    r"|\b(?:ahnungslos|unfähig\w*|inkompetent\w*|überfordert|planlos|toxisch|unfair|ungerecht"
    r"|gierig|heuchl\w*|lügen?|unterbezahlt|überlastet|unbezahlt\w*|eingefroren)\b"
    r"|\b(?:null|keine)\s+ahnung|\binteressiert\s+sich\s+(?:null|nicht|einen\s+dreck|kein)"
    r"|\b(?:keiner|niemand)\s+hört\s+zu|\bhör(?:t|en)\s+(?:nie|nicht)\s+zu"
    r"|\b(?:ohne|keine)\s+(?:gehalts)?erhöhung|\bnie\s+gehört|\bbehandel[nt]\s+uns\s+wie"
    r"|\bwei(?:ß|ss)\s+nicht|\bwissen\s+nicht|\bist\s+(?:denen|ihnen)\s+egal|\bnicht\s+bezahlt"
    r"|\bohne\s+(?:vorwarnung|bezahlung)"
    # French
    r"|\b(?:incompétent\w*|injuste|hypocri\w*|mensonges?|sous-payé\w*|surmené\w*|méprisant\w*"
    r"|toxique|gelée?s?)\b|\baucune\s+idée|\bse\s+fiche|\bs'en\s+fout"
    r"|\b(?:sans|pas\s+d')\s*augmentation|\bnous\s+trait\w*\s+comme|\bn'écout\w*\s+(?:jamais"
    r"|pas|personne)|\bne\s+nous\s+écout\w*|\bne\s+sai(?:t|ent)\s+(?:pas|rien)"
    r"|\b(?:pas|non)\s+payée?s?|\bsans\s+(?:prévenir|être\s+payé)"
    # Spanish
    r"|\b(?:incompetentes?|inútil(?:es)?|injust[oa]s?|hipócrit\w*|hipocresía|mentiras?"
    r"|mal\s+pagad\w*|explotad\w*|nos\s+obliga\w*|ni\s+idea|no\s+les\s+importa|le\s+da\s+igual"
    r"|sin\s+aumento|ningún\s+aumento|congelad[oa]s?|estancad[oa]s?|nadie\s+escucha)\b"
    r"|\bnos\s+tratan?\s+como|\bno\s+saben?\s+(?:lo\s+que|nada)|\bno\s+(?:nos\s+)?pagan\b"
    r"|\bno\s+escuchan?\b|\bsin\s+(?:avisar|pagar)"
    # Portuguese
    r"|\b(?:inúte?is|hipocrisia|mal\s+pag[oa]s?|explorad\w*|nem\s+sabem?|de\s+estagiário"
    r"|sem\s+aumento)\b|\bninguém\s+(?:sabe|liga|escuta|ouve)|\bnos\s+tratam\s+como"
    r"|\bnão\s+sabem?\b|\bnão\s+querem?\s+saber|\bnão\s+pagam\b|\bsem\s+(?:avisar|pagar)"
    # Italian
    r"|\b(?:incompetent[ei]|inutil[ei]|ingiust[oaie]|ipocri\w*|bugi[ae]|sottopagat\w*"
    r"|sfruttat\w*|non\s+pagat[ioe]|senza\s+aument\w*|nessun\s+aumento"
    r"|stipendi?o?\s+ferm[oi])\b|\bnessuno\s+(?:fa|ascolta|sa)\b|\bci\s+trattano\s+come"
    r"|\bnon\s+sa(?:nno)?\s+(?:cosa|niente)|\bse\s+ne\s+frega\w*|\bnon\s+pagano\b"
    r"|\bnon\s+ascolta(?:no)?\b|\bsenza\s+(?:avvisare|pagare)"
    # Dutch
    r"|\b(?:oneerlijk|hypocriet\w*|onderbetaald|overbelast|overwerkt|geen\s+idee|geen\s+opslag"
    r"|zonder\s+opslag|geen\s+(?:loons)?verhoging|onbetaald|bevroren)\b"
    r"|\bbehandelen\s+ons\s+als|\bweten?\s+niet\s+wat|\bkan\s+ze\s+niks\s+schelen"
    r"|\bniet\s+betaald|\b(?:luistert|luisteren)\s+niet|\bniemand\s+luistert"
    r"|\bzonder\s+(?:te\s+)?(?:waarschuwen|betalen)"
    # Polish
    r"|\b(?:niekompetentn\w*|niesprawiedliw\w*|hipokryz\w*|kłam\w*|(?:naj)?(?:gorzej|źle)"
    r"\s+zarządzan\w*|bez\s+podwyżk\w*|bezpłatn\w*|zamrożon\w*)\b"
    r"|\btraktuj\w*\s+nas\s+jak|\bnie\s+wie(?:dzą)?\s+co|\bnie\s+obchodzi|\bma\s+to\s+gdzieś"
    r"|\bnie\s+płacą|\bstoi\s+w\s+miejscu|\bnikt\s+nie\s+słucha|\bbez\s+(?:uprzedzenia|zapłaty)"
    # Japanese
    r"|無能|パワハラ|払われない|出ない|ゼロ|限界|終電"
)
"""A judgement of people or an organisation: counts anywhere near a workplace topic."""
STANCE = compile_words(
    # a closing verdict in the other languages: "Una chapuza", "Saftladen", "Pagliacci"
    r"\b(?:chapuza|saftladen|lamentable|pagliacci|rezalet|amateur\s+hour|śmiech\s+na\s+sali"
    r"|palhaçada|cyrk|une\s+honte|quelle\s+honte|vergonha|vergüenza|vergogna|schande)\b"
    r"|ふざけてる|無能|\b(?:terrible|awful|horrible|horrendous|atrocious|abysmal|worst|garbage|trash|rubbish"
    r"|crap|crappy|shit|shitty|sucks?|joke|laughable|ridiculous|absurd|embarrassing|a\s+mess"
    r"|chaos|chaotic|a\s+disaster|disastrous|nightmare|miserable|misery|hell|hellhole"
    r"|unbearable|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|circus|dumpster|peanuts|crumbs|bs"
    r"|bullshit|soul[\s-]?(?:crushing|destroying)|contradict\w*|duct\s+tape|held\s+together"
    r"|falling\s+apart|(?:and\s+)?it\s+shows|never\s+once|is\s+whatever|nobody\s+asked\s+for"
    r"|lousy|dreadful|appalling|disgusting|disappoint\w*|frustrat\w*|ignor(?:e|es|ed|ing)"
    r"|hate(?!\s+to\s+(?:say|admit))|fed\s+up|(?:sick|tired)\s+of|last[\s-]minute"
    r"|the\s+(?:day|night)\s+before)\b"
    r"|\b(?:unbelievable|inacreditável|increíble|incroyable|unglaublich|incredibile"
    r"|ongelooflijk|niewiarygodne|vergonzoso|vergonhoso)\b"
    r"|\b(?:il\s+giorno\s+prima|la\s+veille|el\s+día\s+antes|am\s+vortag|kurzfristig"
    r"|de\s+última\s+hora|all'ultimo|op\s+het\s+laatste\s+moment|w\s+ostatniej\s+chwili)\b"
    # German
    r"|\b(?:schlecht(?:er|este[nr]?)?|schlimm(?:er|ste[nr]?)?|furchtbar|schrecklich|mies"
    r"|beschissen|scheiß\w*|lächerlich|peinlich|chaotisch|frechheit|zumutung|miserabel"
    r"|demotiviert|schreit|brüllt|ein\s+witz)\b"
    # French
    r"|\b(?:nul(?:le)?s?|pourri\w*|catastroph\w*|affreux|lamentable|minable|ridicule|honteux"
    r"|une\s+honte|hurle\w*|une\s+blague|n'importe\s+quoi|bordel|galère)\b"
    # Spanish
    r"|\b(?:pésim[oa]s?|un\s+desastre|desastros[oa]s?|un\s+caos|cutres?|ridícul[oa]s?"
    r"|vergüenza|gritan?|un\s+chiste|una\s+(?:broma|vergüenza)|de\s+mierda"
    r"|una\s+mierda)\b"
    # Portuguese
    r"|\b(?:péssim[oa]s?|horrível|uma\s+vergonha|uma\s+piada|babá\s+de|uma\s+merda|gritam?)\b"
    r"|\bnão\s+aguento"
    # Italian
    r"|\b(?:pessim[oiae]|orribile|ridicol[oaie]|vergogn\w*|urlano|urla"
    r"|uno\s+schifo|che\s+schifo|un\s+disastro|spariscono)\b"
    # Dutch
    r"|\b(?:slecht\w*|verschrikkelijk|belachelijk|waardeloos|schandalig"
    r"|een\s+grap|een\s+(?:ramp|puinhoop)|schreeuw\w*)\b"
    # Polish
    r"|\b(?:beznadziejn\w*|fataln\w*|okropn\w*|żenując\w*|najgorsz\w*|krzycz\w*"
    r"|wrzeszcz\w*|bałagan|porażk\w*)\b"
    # Japanese
    r"|最悪|最低|ひどい|酷い|辛い|つらい|怒鳴|安い|クソ|ありえない"
)
"""A general complaint: counts only in a workplace topic's own clause."""
# Words just before a stance that turn it around: "not a joke", "never toxic", "kein Chaos".
NEGATED = re.compile(
    r"(?:\b(?:not|n't|never|no|hardly|isn't|wasn't|nicht|kein\w*|pas|ni|nem|non|niet|geen"
    r"|nie)|n't)\s+(?:\w+\s+)?$"
)
# Clause boundaries for ``STANCE``: punctuation in Latin and Japanese script.
CLAUSE_END = re.compile(r"[.!?;,:\n。、！？]+")
# A clause that opens with a verb continues the one before ("the pay, honestly, is a joke");
# so does one that is only a word or two ("honestly"), or an exclamation ("Che schifo.").
CONTINUES = re.compile(
    r"\s*(?:(?:honestly|frankly|really|still|just|also)\s+)*(?:is|are|was|were|has|have|had"
    r"|ist|sind|war|est|sont|es|son|è|sono|é|são|zijn|jest|są)\b"
    r"|\s*(?:[\w'’-]+\s*){1,3}(?:[.!?;,:\n。、！？]|$)"
)

# --- irony, praise, elsewhere ------------------------------------------------------------------

# Irony markers: with a workplace topic anywhere in the post they make it a complaint.
SARCASM = compile_words(
    r"🙃|🙄|🤡|🫠"
    r"|\bcool\s+cool\s+cool\b|\bsend\s+help\b|\bliving\s+the\s+dream\b"
    r"|\blove\s+(?:that|this)\s+for\s+(?:us|me)\b|(?:'s|\btheir|\bhis|\bher)\s+idea\s+of\b"
    r"|\bthanks\s+for\s+nothing\b|\bjust\s+what\s+we\s+needed\b"
    r"|\b(?:is|are)\s+(?:just\s+)?(?:a\s+)?(?:suggestions?|optional)\b"
    r"|\bthis\s+is\s+where\s+we\s+are\s+now\b"
    r"|\b(?:yay|great|wonderful|fantastic|oh\s+good|oh\s+joy),?\s+(?:another|more)\b"
    r"|\b(?:danke|merci|gracias|obrigad[oa]|grazie)\s+(?:für|pour|por|per|di)\s+(?:nichts|rien"
    r"|nada|niente)\b"
    r"|\bcall(?:s|ed|ing)?\s+(?:it|this|that)\s+['\"‘“«„]|\bso-called\b|\bsogenannte\w*"
    r"|\bsoi-disant\b|\bmake\s+(?:it|that|this)\s+make\s+sense\b|\bthat'?s\s+it[.!]+\s+that'?s\b"
    r"|\b(?:call\w*|nenn\w*|llam\w*|cham\w*|appel\w*|chiam\w*|noem\w*|nazyw\w*)\s+(?:it|this"
    r"|that|das|es|eso|esto|isso|ça|cela|lo|questo|dit|het|to)\s+(?:\w+\s+)?['\"‘“«„]"
    r"|\bsupuest[oa]s?\b"
    # scare quotes after a verb: "raises are 'paused'", "crunch is 'optional'"
    r"|\b(?:is|are|was|were|called|calls|announced|introduced|launched|ist|sind|est|sont|es"
    r"|son|è|sono|é|são|zijn|jest|a|an|the"
    r"|our|new|their|its|another|ein\w*|une?|un[ao]?|uma?|een|nasz\w*)\s+['\"‘“«„]\s?"
    r"[\w\s-]{2,30}?['\"’”»“]"
    r"|\bcosiddett[oaie]\b|\bzogenaamde\b|\bwhat\s+could\s+(?:possibly\s+)?go\s+wrong"
    r"|\b(?:thanks?|great\s+job|bravo|genial|gracias|merci|danke|grazie|obrigad[oa]|super|top"
    r"|chapeau|cool|nice|wow|well\s+done),?\s+(?:" + BOSSES + r"|corporate|hr)\b"
    # irony by construction: "love it when ...", "nothing says 'X' like ...", "day 400 of 'X'",
    # "'X' they call it", "the 6th 'final' deadline", "very inspiring.", "Certo, come no."
    r"|\blove\s+(?:it\s+when|being\s+(?:asked|told)|how\s+(?:they|we|management))\b"
    r"|\bnothing\s+says\s+['\"‘“][^'\"’”]{2,40}['\"’”]\s+like\b|\bday\s+\d+\s+of\s+['\"‘“]"
    r"|['\"’”]\s+(?:they|we|management|leadership)\s+call\s+it\b|\bcan'?t\s+make\s+(?:this|it)\s+up\b"
    r"|\b\d+(?:st|nd|rd|th)\s+['\"‘“](?:final|last|urgent)['\"’”]"
    r"|\bvery\s+(?:inspiring|motivating|reassuring|professional|on\s+brand)\s*[.!]"
    r"|\bpriorities,?\s+(?:folks|people|guys|everyone)\b|\bcerto,?\s+come\s+no\b|\bsí,?\s+claro\b"
    r"|\bja\s+klar\b|\bmais\s+bien\s+sûr\b|\bclaro\s+que\s+sim\b|\bjasne,?\s+jasne\b"
    # a count of days still waiting: "Day 214 of asking", "Día 63 con el asiento roto"
    r"|\b(?:day|día|dia|giorno|tag|jour|dag|dzień)\s+\d+\s+(?:of|without|con|sin|sem|senza|che"
    r"|ohne|sans|zonder|bez)\b"
)
# Praise that a negative sentiment score alone must not override ("best job I've had").
POSITIVE = compile_words(
    r"\b(?:best|love|loving|great|proud|grateful|thankful|awesome|amazing|happy|glad|enjoy\w*"
    r"|respect|brilliant|fantastic|wonderful|lucky|blessed|no\s+complaints"
    r"|not\s+going\s+anywhere|no\s+plans\s+to|stolz|fier|fière|orgullos[oa]|orgulhos[oa]"
    r"|orgoglios[oa]|trots|dumn[ay]|(?:was|were|is|are)\s+right|credit\s+where|fair\s+play"
    r"|kudos|props|nailed\s+it|well\s+done|good\s+call|impressive|fair|decent|generous"
    r"|reasonable|improved|didn'?t\s+expect|perfect\w*|smooth\w*|beautiful\w*)\b"
)
