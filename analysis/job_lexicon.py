"""Job-search signals for the HR rules, in English, German, French, Spanish, Portuguese,
Italian, Dutch, Polish and some Japanese.

``analysis.hr.job_search`` reads them only for posts whose author works at the company (or
says so in the post): an outsider looking for a job is not the policy's concern, nor is an
employee recruiting for their own team (``WE_ARE_HIRING``). ``JOB_HUNT_STRONG`` says it
outright (open to work, interviews and offers elsewhere, notice, applications);
``JOB_HUNT_SOFT`` hints (a refreshed CV, "time to move on").
"""

from __future__ import annotations

import re

from analysis.lexicon import compile_words

_STRONG_PHRASES = (
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
    r"|\b(?:alguém|alguien|qualcuno|quelqu'un|iemand|ktoś)\s+(?:sabe|conoce|conhece|sa|conosce|connaît"
    r"|weet|zna)\s+(?:de\s+|di\s+|van\s+)?(?:vagas|vacantes|vacatures|posti|postes|ofert\w*)"
    # Dutch
    r"|\bop\s+zoek\s+naar\s+(?:een\s+)?(?:nieuwe\s+)?(?:baan|job|functie|uitdaging)"
    r"|\bopen\s+voor\s+(?:een\s+)?nieuwe\s+(?:uitdaging|baan|kans|functie)|\bsolliciteer"
    # Polish
    r"|\bszukam\s+(?:nowej\s+)?(?:pracy|roboty)|\botwart[ay]\s+na\s+(?:nowe\s+)?(?:oferty"
    r"|wyzwania|propozycje)"
)
# Interviews, offers, applications and notice in any wording: the act, not a fixed phrase.
_STRONG_ACTS = (
    # interviews: the author's own, or anywhere else ("onsite somewhere else")
    r"\b(?:had|have|got|booked|scheduled|nailed|bombed|prepping\s+for|preparing\s+for"
    r"|heading\s+to)\s+(?:my|an|a|the)\s+(?:[\w-]+\s+){0,3}?(?:interview|onsite|on-site"
    r"|phone\s+screen|technical\s+screen|final\s+round)\b"
    r"|\b(?:final|second|2nd|third|3rd|last)\s+round\b(?!\s+of\b)"
    r"|\b\d+\s+rounds?\s+(?:of\s+interviews?\s+)?for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:role|job|position)\b"
    r"|\binterview\w*\s*(?:w/|with|at)\s+(?:a\s+|an\s+)?(?:competitor|rival|another|other"
    r"|different|new\s+(?:company|place|team))"
    r"|\b(?:onsite|on-site|interview\w*|loop)\s+(?:somewhere\s+else|elsewhere)"
    r"|\b(?:isn'?t|not|other\s+than|outside(?:\s+of)?)\s+my\s+current\s+(?:one|company|employer|job)"
    # offers
    r"|\b(?:signed|accepted|got|received|weighing|considering)\s+(?:an?\s+|the\s+|their\s+)?"
    r"(?:job\s+)?offer\b(?!\s+(?:code|price|on\b|for\s+(?:the|my|a|our)\s+(?!job|role|position)))"
    r"|\boffer\s+on\s+the\s+table|\bcounter[\s-]?offer"
    r"|\brefer\s+me\b(?!\s+to\s+(?:a|the|my|your)\s+(?:doctor|specialist|physio\w*|dentist"
    r"|clinic|hospital|therapist|gp))"
    r"|\bentrevistas?\s+(?:marcada|agendada|programada)"
    r"|\bentrevista\w*\b[^.!?]{0,40}?\b(?:noutr[ao]|n?uma\s+outr[ao]|em\s+outr[ao]|en\s+otr[ao]"
    r"|con\s+otr[ao])\b"
    # applications and recruiters
    r"|\bappl(?:ied|ying)\s+(?:to|for)\s+(?:\d+|a\s+few|some|several|a\s+bunch\s+of|two|three"
    r"|four|five|ten|other|more)\s+(?:\w+\s+)?(?:jobs|roles|positions|companies|places)\b"
    r"|\bjob\s+applications?\b|\bcover\s+letters?\b|\bheadhunters?\b|\blinkedin\s+premium\b"
    r"|\brecruiters?\b[^.!?]{0,30}\bhiring\b|\b(?:please|pls|plz|someone|somebody)\s+hire\s+me\b"
    r"|\bcan\s+start\s+(?:asap|immediately|right\s+away|in\s+(?:\d+|a|one|two)|monday)"
    r"|\breferrals?\s+(?:appreciated|welcome)"
    # leaving: notice, jumping ship
    r"|\b(?:giv(?:e|ing)|hand(?:ing|ed)?\s+in|put(?:ting)?\s+in|turn(?:ing|ed)?\s+in"
    r"|submit\w*)\s+(?:my\s+)?(?:two\s+weeks'?\s+|2\s+weeks'?\s+)?(?:notice|resignation)\b"
    r"|\b(?:two|2)\s+weeks'?\s+notice|\bnotice\s+period\b"
    r"|\btold\s+(?:my\s+)?(?:boss|manager|lead|supervisor)\s+(?:that\s+)?i'?m\s+(?:leaving|quitting|out)\b"
    r"|\bnew\s+job\s+(?:starts|begins)\b|\b(?:hit|clicked|pressed)\s+['\"‘“]?apply\b"
    r"|\b(?:phone|recruiter|technical|hr)\s+screens?\b|\bjob\s+boards?\b|\bheadhunt\w*"
    r"|\b(?:submitted|put\s+in|gave|handed\s+in|turned\s+in)\s+my\s+(?:two|2)\s+weeks"
    r"|\bappl(?:ied|ying)\s+(?:to|at|with)\s+(?:\w+\s+)?(?:other|another|more)\s+\w+"
    r"|\bpostul\w*\s+(?:\w+\s+){0,2}?(?:autres?|otr[oa]s?|outr[oa]s?|altr[ie]|altr[oa])\b"
    r"|\b(?:that|who|which)(?:'s|\s+is|\s+are)\s+(?:\w+\s+)?(?:hiring|recruiting)\b"
    r"|\bi'?m\s+your\s+(?:guy|girl|gal|person|man|woman|candidate)\b"
    r"|\b(?:weighing|comparing|juggling|choosing\s+between)\s+(?:\w+\s+)?(?:job\s+)?offers\b"
    r"|\blooking\s+(?:at|into|for)\s+(?:\w+\s+){0,3}?(?:jobs|roles|positions|openings|vacancies)\b"
    # "I had an interview", in seven languages
    r"|\b(?:did|had|have)\s+(?:my\s+)?(?:first|an?)\s+(?:\w+\s+){0,2}?interview\b"
    r"|\b(?:ho|abbiamo)\s+(?:fatto|avuto)\s+(?:un|il)\s+(?:secondo\s+)?colloquio"
    r"|\bcolloqui\w*\s+(?:\w+\s+){0,2}?(?:in|con|presso|da)\s+(?:un'?altr[oa]|altr[ei])"
    r"|\b(?:tuve|tengo)\s+una\s+(?:segunda\s+)?entrevista|\b(?:fiz|tive)\s+uma\s+entrevista"
    r"|\bj'ai\s+(?:eu|passé)\s+un\s+(?:\w+\s+)?entretien|\bhatte\s+(?:ein|mein)\s+(?:\w+\s+)?"
    r"(?:vorstellungs|bewerbungs)?gespräch|\bhad\s+een\s+sollicitatiegesprek"
    r"|\bmiał(?:em|am)\s+rozmow\w*|\bmam\s+rozmow\w*\s+(?:w|z)\s+inn"
    r"|(?<!exit\s)\binterview\s+(?:at|with)\s+(?:the|a|an)\s+(?!candidate|new\s+hire)"
    r"|\bopen\s+to\s+(?:[\w&/-]+\s+){0,8}?(?:roles|jobs|positions|opportunities|offers|work)\b"
    r"|\b(?:ready|time)\s+(?:for|to\s+try|to\s+find)\s+(?:something|somewhere)\s+(?:new|else"
    r"|different)\b"
    r"|\bany\s+(?:\w+\s+)?(?:agencies|companies|hospitals|hotels|places|employers|firms|clinics"
    r"|studios|shops|restaurants|airlines|banks|insurers)\s+(?:that|who)\s+(?:pay|hire|are\s+hiring)"
    r"|\bresignation\s+letter|\bletter\s+of\s+resignation|\bkündigungsschreiben"
    r"|\blettre\s+de\s+démission|\bcarta\s+de\s+(?:renuncia|demissão)|\blettera\s+di\s+dimissioni"
    r"|\bontslagbrief"
    r"|\b(?:first|second|2nd|third|3rd|final|last|next)\s+(?:round\s+)?interview\b"
    r"|\breferrals?\s+for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:role|job|position|opening)"
    r"|\bdms?\s+(?:are\s+)?open\s+for\s+(?:\w+\s+){0,3}?(?:work|roles?|jobs?|opportunities|gigs?"
    r"|offers?)\b|\bportfolio\s+(?:site\s+)?(?:is\s+)?(?:live|up|updated|refreshed)\b"
    r"|\bszukam\s+(?:nowego|nowej|innego|innej)\s+(?:miejsca|pracy|roboty|firmy)"
    r"|\b(?:podeślijcie|wyślijcie|send\s+me|mandadme|envoyez-moi|schickt\s+mir)\s+(?:\w+\s+)?"
    r"(?:oferty|offers|ofertas|offres|angebote)\b"
    r"|\bappl(?:ied|ying)\s+(?:to|for)\s+(?:a|an|that|this)\s+(?:[\w-]+\s+){0,3}?(?:job|role"
    r"|position|opening)\b"
    r"|\bonsite\s+(?:loops?|interviews?)|\b(?:interview|onsite)\s+loops?\b"
    r"|\b(?:chat|call|conversation|talk|coffee)\s+with\s+(?:[\w'’-]+\s+){0,3}?(?:hiring\s+(?:team"
    r"|manager)|recruit\w*|talent\s+(?:team|partner))"
    # a job at a competitor, in eight languages
    r"|\b(?:poste|job|role|position|stelle|puesto|vaga|posto|baan|prac[aęy])\s+(?:\w+\s+){0,2}?"
    r"(?:at|chez|bei|en|na|presso|bij|w)\s+(?:(?:a|un|une|einem|einer|uno|una|een|the)\s+)?"
    r"(?:competitor|rival|concurrent|konkurren\w*|competidor|concorrente|konkurencj\w*)"
    r"|\b(?:sent|sending|mandato|inviato|spedito|mandé|envoyé|envié|enviado|enviei|enviar|envio"
    r"|envío|mandar|verschickt"
    r"|gestuurd|wysłał\w*)\s+(?:out\s+)?(?:il\s+|el\s+|o\s+|my\s+|mein(?:en)?\s+|mon\s+|mijn\s+)?"
    r"(?:cvs?|resumes?|résumés?|lebenslauf|curr[ií]cul(?:o|um)s?)\b"
    r"|\bjump(?:ing|ed)?\s+ship\b|\b(?:thinking|thought)\s+(?:about|of)\s+(?:leaving|quitting)\b(?!\s+(?:the\s+)?(?:office"
    r"|house|home|early|work\s+early|now|for\s+(?:lunch|the\s+day)))"
    r"|\b(?:plan(?:ning)?|going)\s+to\s+(?:leave|quit)\b(?!\s+(?:the\s+)?(?:office|house|early))"
    r"|\bmy\s+last\s+day\s+(?:at|is|will\s+be|here)\b"
    r"|\b(?:chat|conversation|call|talk)s?\s+with\s+(?:another|a\s+different|other)\s+"
    r"(?:company|companies|team|employer|firm)"
    r"|\brecruiters?\s+(?:\w+\s+){0,8}?(?:dms?|inbox|reached\s+out|called|messaged|pinged"
    r"|emailed)|\b(?:reached\s+out|pinged|messaged|contacted)\s+(?:\w+\s+)?by\s+(?:a\s+)?recruiter"
    r"|\bnegotiat\w*\s+(?:\w+\s+){0,3}?(?:new|next)\s+(?:job|role|employer|gig)\b"
    # German
    r"|\b(?:vorstellungs|bewerbungs)gespräch\w*|\b(?:erstes|zweites|drittes|finales)\s+gespräch"
    r"|\bkündigungsfrist|\bjobangebot|\bjobwechsel|\bjob\s+wechseln"
    r"|\bneue\s+herausforderung|\bangebot\s+(?:von|bei)\s+(?:einer|einem)\s+anderen"
    r"|\b(?:habe|hab)\s+(?:\w+\s+){0,3}?gekündigt|\bkündige\b|\bbewerbung\w*"
    r"|\bnach\s+(?:was|etwas)\s+neue[mn]\b|\bschau\w*\s+mich\s+(?:\w+\s+){0,4}?um\b"
    r"|\b(?:meinem|dem)\s+chef\s+gesagt,?\s+dass\s+ich\s+(?:gehe|kündige)"
    # French
    r"|\bcherch\w*\s+(?:\w+\s+){0,2}(?:emploi|poste|job|taf|boulot)\b|\bdes\s+pistes\b"
    r"|\bentretien\s+(?:\w+\s+){0,2}?(?:chez|d'embauche|pour\s+un\s+poste|avec\s+une?\s+autre)"
    r"(?!\s+(?:un|le|des)\s+client)|\b(?:premier|deuxième|second|dernier|troisième)\s+entretien"
    r"|\bdit\s+à\s+mon\s+(?:chef|manager|n\+1)\s+que\s+je\s+pars|\bchanger\s+de\s+(?:boîte|job|poste|boulot|crèmerie)|\bpréavis\b|\bdémission"
    r"|\boffre\s+(?:d'emploi|d'une\s+autre|ailleurs)"
    # Spanish
    r"|\bbuscando\s+(?:\w+\s+){0,2}(?:trabajo|empleo|curro|chamba)\b"
    r"|\bbusco\s+(?:otro|otra)\s+(?:trabajo|empleo|curro|empresa)"
    r"|\balguien\s+sabe\s+de\s+(?:algo|alguna\s+vacante|vacantes?|ofertas?|trabajo|curro|chamba)"
    r"|\bcambiar\s+de\s+(?:aires|trabajo|empresa|curro)|\bpreaviso\b|\b(?:renuncio|voy\s+a\s+renunciar)\b"
    r"|\b(?:tengo|me\s+hicieron|recibí)\s+una\s+oferta\b|\boferta\s+de\s+otr[ao]\b"
    r"|\bpresent\w*\s+(?:mi|la)\s+renuncia|\b(?:tengo|mañana)\s+(?:una\s+)?entrevista\b"
    r"|\ble\s+dije\s+a\s+mi\s+(?:jefe|jefa|encargad[oa])\s+que\s+(?:me\s+voy|lo\s+dejo)"
    r"|\bentrevista\s+(?:de\s+trabajo|en\s+otr[ao]|con\s+otr[ao])"
    # Portuguese
    r"|\bsabe(?:m)?\s+de\s+(?:alguma\s+)?vagas?\b|\bvagas?\s+de\s+(?:emprego|trabalho)\b"
    r"|\bprocurando\s+(?:\w+\s+){0,2}(?:emprego|trabalho|vaga)\b|\bquero\s+sair\b"
    r"|\bmudar\s+de\s+(?:emprego|empresa|ares)|\baviso\s+prévio|\bpedir\s+demissão"
    r"|\b(?:recebi|tenho)\s+uma\s+proposta|\bped\w*\s+(?:a\s+)?demissão"
    r"|\b(?:tenho|amanhã)\s+(?:uma\s+)?entrevista\b|\bentrevista\s+(?:numa?|em)\s+outr"
    # Italian
    r"|\bcolloquio\s+(?:di\s+lavoro|con\s+un'altra|con\s+altre|in\s+un'altra)"
    r"|\bcambiare\s+(?:aria|lavoro|azienda)\b|\bcerc(?:o|ando)\s+(?:\w+\s+){0,2}(?:lavoro|impiego)\b"
    r"|\bofferta\s+di\s+lavoro|\bdimissioni\b|\bpreavviso\b"
    # Dutch
    r"|\bsollicit\w*|\bvacatures?\b|\bklaar\s+voor\s+iets\s+nieuws|\b(?:nieuwe|andere)\s+baan\b"
    r"|\bopzeg\w*|\bontslag\s*(?:genomen|ingediend|nemen|brief)"
    # Polish
    r"|\brozmow\w*\s+(?:kwalifikacyjn|rekrutacyjn)\w*|\bzmieni\w*\s+prac\w*"
    r"|\bofert\w*\s+(?:pracy|z\s+innej)|\bw\s+innej\s+firmie\b|\bwypowiedzeni\w*"
    # Japanese
    r"|転職|求人|面接|内定|エージェント登録|退職|辞めたい"
)
# The three acts of a search, whatever the job: applying, sending a CV, looking elsewhere.
_SEARCH_ACTS = (
    r"\b(?:applying|applied|sent\s+applications?)\s+(?:to|for|at)\s+(?!(?:an?\s+|the\s+|my\s+)?"
    r"(?:patch|update|fix|changes?|discount|coupon|code|refund|promo|visa|loan|mortgage|card"
    r"|credit|grant|permit|passport|account|settings?|form|sunscreen|cream)\b)"
    r"|\b(?:already\s+)?applied\s+(?:to\s+)?(?:two|three|four|five|\d+|several|a\s+few)\b"
    r"|\b(?:send|sending|sent|mandando|mandato|inviando|enviando|envoy\w+|verschick\w*|stuur"
    r"|wysył\w+)\s+(?:out\s+)?(?:my\s+|il\s+|mi\s+|mon\s+|mein\w*\s+|o\s+meu\s+|mijn\s+)?"
    r"(?:cv|cvs|resume|resumes|résumé|curricul\w*|currículo|lebensl\w+|bewerbungen)\b"
    r"|\b(?:sto|sta)\s+cercando\s+(?:altro|un\s+altro\s+lavoro|lavoro)"
    r"|\b(?:busco|buscando)\s+(?:otro\s+(?:trabajo|curro)|otra\s+cosa|trabajo)\b"
    r"|\b(?:je\s+)?cherche\s+(?:ailleurs|autre\s+chose|un\s+autre\s+(?:job|poste|travail))"
    r"|\bsuche\s+(?:was|etwas)\s+(?:anderes|neues)|\bsuche\s+(?:einen\s+)?neuen\s+job"
    r"|\bzoek\s+(?:iets\s+anders|een\s+nieuwe\s+baan|ander\s+werk)"
    r"|\brozglądam\s+się\s+za\s+(?:\w+\s+)?prac|\bszukam\s+(?:nowej\s+)?pracy"
    r"|\bsolliciteer\b|\bcandidat(?:o|ando|ei)\s+(?:a|para|per)\b"
)
JOB_HUNT_STRONG = compile_words(_STRONG_PHRASES + "|" + _STRONG_ACTS + "|" + _SEARCH_ACTS)
JOB_HUNT_SOFT = re.compile(
    r"\bjob\s+(?:hunt|hunting|search|searching)\b"
    r"|\b(?:updat|polish|refresh|dust)\w*\s+(?:off\s+|up\s+)?(?:my|the|her|his|their)\s+(?:own\s+)?"
    r"(?:resume|résumé|cv"
    r"|linkedin|portfolio)\b"
    r"|\btime\s+to\s+move\s+on\b|\b(?:any(?:one|body)|who'?s)\s+(?:is\s+)?hiring\b"
    r"|\bmy\s+dms?\s+are\s+open\b.{0,40}\b(?:recruit|hiring|roles?)\b"
    r"|\bready\s+for\s+(?:a\s+change|my\s+next\s+(?:role|challenge|chapter))"
    r"|\bactualizando\s+(?:mi\s+|el\s+)?(?:cv|currículum|curriculum)|\b(?:alguien|alguém)\s+contrat"
    r"|\batualizando\s+(?:o\s+|meu\s+)?currículo|\bquelqu'un\s+recrute"
    r"|\blebenslauf\s+aktualisier|\bbewerbe\s+mich\b|\biemand\s+(?:tips|vacatures)\b"
    r"|\baggiornando\s+(?:il\s+)?(?:mio\s+)?cv|\baktualizuj\w*\s+cv"
    # a CV or profile brought up to date, in either order and eight languages
    r"|\b(?:updat|polish|refresh|actualiz|atualiz|aggiorn|aktualisier|aktualizuj|bijgewerkt"
    r"|bijwerk|mis\s+à\s+jour)\w*\s+(?:(?:my|the|mon|ma|le|mein(?:en)?|den|mi|el|il|lo|mio"
    r"|meu|o|mijn|het|mój|moje|up|off)\s+){0,2}(?:cv|resume|résumé|linkedin|portfolio"
    r"|lebenslauf|currículo|curr[ií]culum)\b"
    r"|\b(?:cv|resume|linkedin|lebenslauf|currículo)\s+(?:\w+\s+){0,2}(?:updated|aktualisiert"
    r"|mis\s+à\s+jour|actualizado|atualizado|aggiornat\w*|bijgewerkt)"
    r"|\btime\s+for\s+(?:something|somewhere)\s+(?:new|else)|\bready\s+for\s+something\s+new"
    r"|\biemand\s+(?:een\s+)?tip\b|\blooking\s+to\s+(?:move|leave|switch|change\s+jobs)\b"
    r"|\b(?:cv|resume|linkedin|portfolio)\W{0,3}(?:refresh|polish|update)\w*"
    r"|\b(?:exploring|keeping)\s+(?:my\s+)?(?:options|opportunities)\b"
    r"|\b(?:nuevo\s+reto|novo\s+desafio|nouveau\s+défi|nuova\s+sfida|nowe\s+wyzwanie"
    r"|time\s+for\s+a\s+change|tijd\s+voor\s+iets\s+(?:anders|nieuws)|zeit\s+für\s+(?:was|etwas)"
    r"\s+neues|ab\s+\w+\s+(?:was|etwas)\s+neues|czas\s+na\s+zmian\w*|hora\s+de\s+cambiar)\b"
)
# A search told by a trope rather than said: availability, applications "everywhere", a
# "dentist appointment" in quotes, interviews in the plural, a CV that is out, recruiters
# invited to call, asking who hires people like me.
_EUPHEMISMS = (
    r"\b(?:may|might|will|could)\s+(?:soon|shortly)\s+be\s+(?:available|on\s+the\s+market)\b"
    r"|\b(?:\d+|two|three|four|five|several|a\s+few|a\s+couple\s+of)\s+interviews\s+"
    r"(?:this|next|last)\s+(?:week|month)\b"
    r"|\bnone\s+of\s+(?:them|which)\s+(?:with|at|for)\s+my\s+current\b"
    r"|\bapplying\s+(?:everywhere|elsewhere|around|all\s+over)\b"
    r"|\b(?:putting|put|sending|sent|firing|fired)\s+(?:in|out|off)\s+(?:a\s+couple\s+of\s+|a\s+few\s+"
    r"|some\s+|more\s+|\d+\s+|two\s+|three\s+)?applications\b"
    r"|\b(?:thinking|considering)\s+(?:of|about)\s+(?:jumping|switching|moving|pivoting|retraining)"
    r"\s+(?:to|into|over)\b|\bcareer\s+(?:change|switch|pivot)\b"
    r"|\bany\s+(?:[\w-]+\s+){1,3}?out\s+there\s+(?:hiring|recruiting)\b"
    r"|\b(?:know|recommend)\s+(?:a|any)\s+(?:good\s+|decent\s+)?recruiters?\b"
    r"|\balguém\s+(?:\w+\s+){0,2}?contratar\b|\bkennt\s+jemand\b[^.?!]{0,80}\b(?:suchen|einstellen)\b"
    r"|\boffen\s+für\s+(?:etwas\s+)?neues\b|\bnuove\s+sfide\b|\bnuevos\s+retos\b|\bnovos\s+desafios\b"
    r"|\bnouveaux\s+défis\b|\bnowych\s+wyzwań|次のキャリア|キャリアを考え|紹介歓迎"
    r"|\b(?:cv|resume|résumé|linkedin|lebenslauf)\s+(?:is|staat|ist|está|è)\s+(?:\w+\s+)?"
    r"(?:polished|online|up|out|live|ready|fresh|updated|bijgewerkt)\b"
    r"|\brecruiters?\s+(?:may|can|mogen|können|dürfen|pueden|podem|possono|peuvent)\s+(?:\w+\s+)?"
    r"(?:call|bellen|anrufen|llamar|ligar|chiamare|appeler|dm|message|write|schreiben|escribir)\b"
    r"|\b(?:chat|call|conversation|talk|coffee|lunch|drinks?)['\"’”]?\s+with\s+(?:another|a\s+different"
    r"|other|a\s+rival|a\s+competing)\s+(?:company|companies|supplier|firm|employer|agency|bank"
    r"|studio|startup|provider|vendor|brand|chain|operator|insurer|airline|retailer|competitor)\b"
    # an appointment in quotes, the interview's cover story, in nine languages
    r"|['\"‘“「«]\s*(?:(?:a\s+)?(?:dentist|doctor'?s?|dental|medical)(?:\s+appointment)?|long\s+lunch"
    r"|family\s+thing|rendez-vous\s+chez\s+le\s+(?:dentiste|médecin)|dentiste|médecin|médico"
    r"|dentista|zahnarzt\w*|arzttermin|tandarts|lekarz\w*|doktor\s+randevum|歯医者|病院"
    r"|permesso\s+per\s+motivi\s+personali|going\s+to\s+the\s+dentist)\s*[.!]?['\"’”」»]"
    # notice handed in, recruiters invited to call, references asked for
    r"|\bhand(?:ed|ing)?\s+(?:my|in\s+my)\s+notice|\bnotice\s+(?:handed|turned|put)\s+in\b"
    r"|\b(?:recruiters?|recruteurs?|reclutadores?|recrutadores?|rekruterzy)\s*[,:]\s+(?:yes\b|oui\b"
    r"|sí\b|sim\b|ja\b|[^.!?]{0,30}\b(?:call|dm|mp|md|write|message|scriv\w*|escr\w*|schreib\w*"
    r"|piszcie))|\b(?:be|being)\s+a\s+reference\b|\breference\s+letter\b|\breferenz\s+schreib"
    # openness to something new, looking elsewhere, quietly
    r"|\b(?:looking\s+for|open\s+(?:for|to))\s+(?:new\s+|fresh\s+)?(?:challenges|something\s+new)\b"
    r"(?!\s+for\s+(?:the|my|our|a)\b)"
    r"|\baperta?\s+a\s+(?:nuove\s+)?opportunità|\bouverte?\s+à\s+(?:d'autres|de\s+nouvelles)"
    r"\s+opportunités|\bouverte?\s+aux\s+échanges|\baberto\s+a\s+propostas|\babiert[oa]\s+a\s+propuestas"
    r"|\bfırsatlara\s+açığım|\bregarde[rs]?\s+ailleurs\b|\bmirando\s+otras\s+cosas"
    r"|\bquietly\s+looking\b|\blooking\s+around\s+quietly\b|\brozglądam\s+się\s+za\s+czymś"
    r"|\b(?:pourrais|pourrai|podría|poderia|potrei|könnte)\s+(?:bientôt\s+)?(?:être\s+)?disponible"
    r"|\b(?:posso|puedo|kann)\s+(?:começar|empezar|anfangen)\s+(?:já|ya|sofort)\b"
    r"|\bsi\s+vous\s+cherchez\s+une?\b|\bif\s+(?:you(?:'re|\s+are)?|your\s+\w+)\b[^.!?]{0,60}"
    r"\bneeds?\s+an?\b[^.!?]{0,60}\b(?:let'?s\s+talk|you\s+know\s+where\s+(?:i\s+am|to\s+find\s+me)"
    r"|dm\s+me|hit\s+me\s+up)"
    # interviews in the plural or tomorrow, a second round elsewhere
    r"|\b(?:dos|tres|two|three|deux|trois|zwei|drei|due|tre)\s+(?:entrevistas|interviews"
    r"|entretiens|vorstellungsgespräche|colloqui)\b|\bsegunda\s+entrevista|\binterview\s+tomorrow"
    r"|\bround\s+(?:two|2|three|3)\s+with\b"
    # asking who hires people like me
    r"|\b(?:anyone|anybody|alguien|alguém|quelqu'un|ktoś|jemand|qualcuno|iemand)\b[^.?!]{0,80}"
    r"\b(?:hiring|contratar|contratando|buscando|recrutent|recrute|szuka\w*|suchen|sucht"
    r"|assum\w*|zoekt|zoeken)\b"
    # counting down to notice, a LinkedIn headline changed, recruiters asked for, a change wanted
    r"|\bcounting\s+(?:down|the\s+days)\s+(?:to|until)\s+(?:i\s+hand\s+in\s+)?my\s+notice"
    r"|\ba\s+contar\s+os\s+dias\s+para\s+entregar|\b(?:changed|updated)\s+my\s+linkedin\s+"
    r"(?:headline|title|banner)|\b(?:any|algún|alguna|qualche|quelque|irgendein\w*)\s+recruiters?\b"
    r"|\b(?:kent|kennt|conoce|conhece|connaît|conosce|know)\s+(?:\w+\s+){0,2}?recruiters?\b"
    r"|\bme\s+apetece\s+un\s+cambio|\bnecesito\s+un\s+cambio|\btoe\s+aan\s+iets\s+(?:anders|nieuws)"
    r"|\bthinking\s+(?:of|about)\s+applying\b|\blooking\s+elsewhere\b"
    # a CV rewritten, in more languages
    r"|職務経歴書|履歴書|\bcv'?(?:mi|yi)?\s+güncelli\w*|\bpeaufine\s+mon\s+cv|\buppdater\w*\s+(?:mitt\s+)?cv"
    r"|\bcv\s+actualizado|\blinkedin\s+actualizado"
    r"|\bi'?ll\s+(?:\w+\s+)?(?:grow|go|work|be)\s+(?:somewhere\s+else|elsewhere)\b"
)
JOB_HUNT_SOFT = re.compile(JOB_HUNT_SOFT.pattern + "|" + _EUPHEMISMS)
# "asking for a friend (the friend is me)": a search, when the post talks about jobs or pay.
ASKING_FOR_ME = re.compile(
    r"\basking\s+for[\s.…]+(?:me|myself)\b|\basking\s+(?:with\s+intent|soon)\b"
    r"|\basking\s+(?:for\s+(?:a|very\s+\w+|practical|obvious|personal)\s+reasons?|because\W+reasons)"
    r"|\bje\s+demande\s+pour\s+moi\b|\bpytam\s+z\s+konkretnym|\b(?:totally\s+)?no\s+reason\b"
    r"|\breiner\s+zufall|\bren\s+slump|\bpure\s+coincidence|\bcasualidad\w*|\bpur\s+hasard"
    r"|\b(?:md|mp|dm)s?\s+(?:abiertos?|ouverts?|open|aperti|abertas?|offen|otwarte)\b"
    r"|\b(?:the\s+)?friend\s+(?:is|being)\s+me\b|\bo\s+amigo\s+sou\s+eu\b|\bel\s+amigo\s+soy\s+yo\b"
    r"|\bl'ami\s+c'est\s+moi\b|\bder\s+freund\s+bin\s+ich\b|\bl'amico\s+sono\s+io\b"
    r"|\bde\s+vriend\s+ben\s+ik\b"
)
JOB_TALK = re.compile(
    r"\b(?:hiring|recruit\w*|recrut\w*|roles?|jobs?|positions?|openings?|contrat\w*|vagas?|pay|paid"
    r"|pension|salar\w*|wages?|assum\w*|embauch\w*|stellen|vacatures?|references?|referenz|cv"
    r"|linkedin|notice|non-competes?|stawki|empresas|companies|opportunit\w*|experience|experiencia"
    r"|experiência|expérience|erfahrung)\b"
)

# Recruiting for one's own team is not looking for a job elsewhere.
WE_ARE_HIRING = re.compile(
    r"\bwe(?:'re|\s+are)\s+hiring\b|\bjoin\s+(?:my|our)\s+team\b"
    r"|\b(?:my|our)\s+team\b[^.!?]{0,40}\bis\s+hiring\b|\bwir\s+suchen\b"
    r"|\b(?:mein|unser)\s+team\b[^.!?]{0,40}\bsucht\b|\bestamos\s+contratando\b"
    r"|\bon\s+recrute\b|\bnous\s+recrutons\b|\bwij\s+zoeken\b|\bestamos\s+buscando\b"
    r"|\bzatrudniamy\b|\bstiamo\s+assumendo\b|\bestamos\s+a\s+contratar\b"
    r"|\b(?:our|onze|nos|nuestras|nossas|le\s+nostre|nasze|unsere)\s+(?:openings|open\s+roles"
    r"|vacatures|offres|vacantes|vagas|posizioni|oferty|stellen)\b"
)
# Interviews and offers that are not the author's job search: hiring, press, a sale.
NOT_A_SEARCH = re.compile(
    r"\b(?:candidates?|applicants?|interviewees?|bewerber\w*|hiring\s+for\s+(?:my|our)|podcast|press"
    r"|journalists?|reporters?|newspaper|magazine|radio|tv|news|periódico|prensa|jornal"
    r"|imprensa|presse|zeitung|giornale|stampa|krant|prasa|führe|führen|geführt"
    # someone else's job search: "my brother got an offer", "our spa manager got an offer"
    r"|\b(?:(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:manager|colleague|co-?worker|boss|lead|teammate"
    r"|supervisor)|he|she)\s+(?:just\s+)?(?:got|has|had|is|was|accepted|signed|landed)\b"
    r"|\b(?:he|she)(?:'s|\s+is|\s+keeps)\b|\b(?:buddy|mate|pal|friend)\s+of\s+mine\b"
    r"|\b(?:ma|mon)\s+(?:copine|copain|pote|amie?)\b|\b(?:mein\s+kumpel|meine\s+kollegin|mi\s+colega"
    r"|minha\s+colega|il\s+mio\s+amico|la\s+mia\s+amica)\b"
    r"|(?:my|mi|mon|ma|mein\w*|meu|minha|mio|mia|mijn|mój|moja)\s+(?:brother|sister|friend|wife"
    r"|husband|partner|daughter|son|mom|mum|dad|cousin|colleague|coworker|kid|roommate|flatmate"
    r"|boyfriend|girlfriend|hermano|hermana|amig[oa]|frère|sœur|ami|amie|bruder|schwester"
    r"|freund\w*|irmão|irmã|fratello|sorella|amic[oa]|broer|zus|vriend\w*|brat|siostra"
    r"|przyjaciel\w*)"
    # a notice period or an offer on a flat, a lease, a gym, a phone contract
    r"|apartment|flat|lease|landlord|rent(?:al)?|gym|subscription|miet\w*|wohnung|fitness\w*"
    r"|piso|alquiler|appartement|loyer|bail|affitto|appartamento|huur\w*|mieszkani\w*)\b"
    r"|\binterview\w*\s+(?:with|for|on)\s+(?:[\w'-]+\s+){1,4}?about\b|\binterviewed\s+(?:by|on|for)\b"
)
