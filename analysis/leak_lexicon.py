"""Where leaked material came from, and whether it is public yet: the two weak markers the
leak rules combine when a post names no profile term.

``analysis.leaks`` needs two kinds together: one marker alone is weak ("all-hands",
"intern", "officially in September"), two make a leak ("heard in all-hands: Q2 revenue
$41M", "Intern rumgeschickt ... offiziell erst im September"). What the material is (money,
layoffs, launches) and how incidents are hidden are in ``analysis.material_lexicon``.

* ``INTERNAL``: the source is inside the company. Phrases (internal documents, tools and
  meetings, "saw it in a contract PDF", "intern", "wewnętrzn", "社内"), and two combinations
  that no phrase list can enumerate: someone in charge telling ("the CFO told the whole
  floor", "nos lo contaron en una llamada con dirección") and staff being told ("ops got the
  email", "broke it to managers").
* ``NOT_PUBLIC``: the content is not public yet. Phrases ("act surprised", "under wraps",
  "まだ非公開") and two combinations: a disclosure word next to a word of delay or negation
  ("press release is weeks away", "HR will announce later", "Anúncio só depois do verão",
  "Rien d'officiel avant mars", "来月まで公表しない"), and an outside audience next to
  not knowing ("customers haven't been told", "Klanten weten nog van niks", "Öffentlich
  weiß das noch keiner", "nobody outside exec knows").

Every pattern is lowercase and runs on lowercased text. The combinations and most phrases are
in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish and Japanese; the
phrases of about thirty more languages come from the tables of ``analysis.leak_lexicon_intl``.
Japanese has no word boundaries, so its branches are plain substrings (CJK characters count as
``\\w`` in Python).
"""

from __future__ import annotations

from analysis import leak_lexicon_intl as I
from analysis.gate import KeywordGate
from analysis.phrase_table import GateUnion


def near(first: str, second: str, gap: int = 30) -> str:
    """Regex source: ``first`` and ``second`` in either order, in one sentence, ``gap`` apart.

    Both must start with a word character: the result is two ``\\b`` branches for
    ``lexicon.compile_words`` and ``gate.KeywordGate``.
    """
    fill = rf"[^.!?\n]{{0,{gap}}}?"
    return rf"\b(?:{first})\b{fill}\b(?:{second})\b|\b(?:{second})\b{fill}\b(?:{first})\b"


# --- vocabularies for the combinations -----------------------------------------------------

# People in charge, who brief staff.
_SPEAKER = (
    r"ceo|cfo|coo|cto|cmo|cpo|vp|svp|evp|leadership|management|mgmt|hr|the\s+board|execs?"
    r"|directors?|head\s+of\s+\w+|(?:my|our|the)\s+(?:\w+\s+)?(?:boss|manager|lead|supervisor"
    r"|director)|responsabil[ei]|(?:il|la)\s+cap[oa]|direttor[ei]|direttrice|gerente|gerenta"
    r"|leidinggevende|manager|teamleider|szefowa|kierowniczka|部長|課長|店長|社長|上司"
    r"|\w*leiter(?:in)?|vorgesetzte\w*|chefin|diret(?:or|ora)|direct(?:or|ora)|directrice"
    r"|dyrektor\w*"
    r"|dirección|directiva|jefes|vorstand|geschäftsführung|(?:der|die|unser\w*)\s+chef\w*"
    r"|direction|direzione|capi|zarząd\w*|szef\w*|kierownictw\w*|kierownik\w*|directie"
    r"|diretoria|chefia|chefes|jefe\s+de\s+\w+|el\s+jefe|la\s+jefa|chefe\s+de\s+\w+|(?:o\s+)?nosso\s+chefe|ops\s+lead|city\s+managers?"
    r"|(?:area|regional|store|site|zone)\s+managers?|(?:hr|ops|finance|pricing|product|sales"
    r"|security|legal|comms|pr|leadership|exec)\s+(?:team|folks|people|lead|org|department)"
)
# departments as the source of a communication: "the pricing team presented it"
_DEPT = (
    r"(?:pricing|finance|product|sales|ops|marketing|hr|legal|security|engineering|leadership"
    r"|exec|comms|pr|strategy|corporate|corp\s+dev|people|actuarial|accounting|treasury|it)"
    r"\s+(?:team|folks|people|org|side|department|dept|lead|guys)"
)
_TELL = (
    r"told|tells|telling|informed|briefed|broke\s+(?:it|the\s+news)|warned|let\s+slip"
    r"|presented|announced\s+(?:it\s+)?to|shared\s+it|walked\s+us\s+through"
    r"|confirmed|mentioned|soltaron|soltó|contó|disse-nos|ci\s+ha\s+detto|detto|verteld|vertelde"
    r"|dijo|przekazał\w*|poinformował\w*"
    r"|avisaram-nos|avisaron|nos\s+avisaron|l'a\s+annoncé|ont\s+annoncé|hanno\s+comunicato"
    r"|admitted|emailed|messaged|dijeron|contaron|comunicaron|comunicó|informó|disse|disseram"
    r"|contou|contaram|avisou|avisaram|ont\s+dit|(?<=\ba\s)dit|annoncé\s+aux|gesagt|mitgeteilt"
    r"|erzählt|sagte|verkündet|hanno\s+detto|ha\s+detto|comunicato|vertelde|verteld"
    r"|powiedzia\w*|mówią|mówił\w*|ogłosił\w*\s+nam"
)
# Staff as the audience: "told the whole floor", "ops got the email".
_STAFF = (
    r"the\s+(?:whole\s+)?floor|managers|staff|employees|the\s+(?:whole\s+)?team|engineers"
    r"|all\s+of\s+us|ops|the\s+office|department|workers|drivers|agents|team\s+leads"
    r"|the\s+crew|store\s+managers|la\s+plantilla|empleados|funcionários|salariés|personnel"
    r"|mitarbeiter\w*|belegschaft|dipendenti|personale|medewerkers|personeel|pracownik\w*"
    r"|riders|couriers|cashiers|nurses|pilots|crews?|stores|equipos|équipes|squadre|teams"
)
_NT = (
    r"(?:don|doesn|didn|haven|hasn|hadn|isn|aren|wasn|weren|won|can|couldn|shouldn|wouldn"
    r"|ain)'?t"
)
# Words of disclosure, and words that put it in the future or deny it.
_ANNOUNCE = (
    r"announc\w*|press\s+release|public|publicly|official(?:ly)?|comms|investor\s+day"
    r"|disclos\w*|blog\s+post|naar\s+buiten|de\s+public|públic\w*|pubblic\w*|publiek\w*"
    r"|website|newsroom|news|noticia|notícia|nouvelle|notizia|nieuws|wiadomoś\w*"
    r"|bekendgemaakt|bekend\s+gemaakt|pressemitteilung|persbericht|nota\s+de\s+prensa"
    r"|comunicado\s+de\s+prensa|communiqué\s+de\s+presse|comunicato\s+stampa|komunikat\s+prasowy"
    # "sonrisa de anuncio" is an advert's smile, not an announcement
    r"|(?<!\bde\s)anunci\w*|oficial(?:mente)?|comunicado|annonc\w*|officiel(?:le|lement)?"
    r"|communiqué|comunicazione"
    r"|ankündig\w*|verkünd\w*|offiziell|öffentlich|bekanntgabe|annunci\w*|ufficial\w*"
    r"|aangekondigd|aankondiging|officieel|openbaar|bekendmaking|ogłos\w*|oficjaln\w*"
    r"|publiczn\w*|komunikat"
)
_LATER = (
    rf"not|{_NT}|no|nothing|never|yet|until|till|til|later|next|away|soon|won'?t|will|only"
    r"|erst|noch|nicht|kein\w*|nie|später|nächste\w*|todavía|aún|hasta|después|nadie"
    r"|ainda|depois|só|ninguém|pas|rien|avant|après|non|ancora|dopo|nessun\w*|nog|niet|pas"
    r"|dopiero|jeszcze|cisza|silence|silencio|silêncio|silenzio|schweigen|stilte|weeks|months"
    r"|niks|niets|nada|nulla|instant|niente|finora|nessuna|ninguna|nenhuma|aucune?|keine?|żadn\w*"
)
# Outsiders, and their not knowing.
_AUDIENCE = (
    r"customers?|clients?|users|members|the\s+public|(?:the\s+)?press|media|reporters|journalists"
    r"|investors|analysts|the\s+market|shareholders|regulators?|outsiders?|outside|everyone"
    r"\s+else|the\s+world|kunden|öffentlich(?:keit)?|presse|clientes|prensa|fuera|público"
    r"|imprensa|clienti|stampa|pubblico|klanten|pers|buiten|klienci|klientów|prasa|patients"
    r"|publiek|spoza\s+firmy|fuori|passengers|passagers|pasajeros|passageiros|passeggeri"
    r"|passagiers|pasażerowie|fahrgäste|patienten|pacientes|pazienti|fora|brokers|dealers"
    r"|franchisees|suppliers|partners"
)
_UNAWARE = (
    rf"(?:not|{_NT}|never|no|nobody|no\s+one|nothing)\s+(?:\w+\s+){{0,3}}?(?:told|know|knows"
    r"|notified|informed|aware|idea|clue|heard|word|caught\s+on|noticed|picked\s+(?:it\s+)?up)"
    r"|(?:will|won'?t|only|to)\s+(?:find\s+out|hear|learn|know|be\s+told|get\s+told)"
    r"|finds?\s+out|gets?\s+(?:it|told(?!\s+to\b)|the\s+news|wind)|hears?\s+(?:about\s+)?it|in\s+the\s+dark"
    r"|(?:pas|plus)\s+(?:encore\s+)?au\s+courant|(?:não|no|non)\s+(?:\w+\s+)?(?:sabem|saben"
    r"|sanno|están\s+al\s+tanto|sono\s+al\s+corrente)"
    r"|weet\s+(?:het\s+)?(?:nog\s+)?(?:niet|niks|van\s+niks)|nikt\s+(?:\w+\s+){0,3}?nie\s+wie\w*"
    r"|only\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:knows?|know\s+about\s+it)"
    r"|(?:weiß|weiss|wissen)\s+(?:\w+\s+){0,3}?(?:nichts|keiner|niemand)|(?:keiner|niemand)"
    r"\s+(?:\w+\s+){0,2}?(?:weiß|weiss)|erfähr\w*|erfahren|nichts\s+gesagt|no\s+(?:lo\s+)?saben"
    r"|nadie\s+(?:lo\s+)?sabe|se\s+enter\w*|não\s+sabem|ninguém\s+sabe|vão\s+saber"
    r"|ne\s+(?:le\s+)?savent|personne\s+ne\s+(?:le\s+)?sait|non\s+(?:lo\s+)?sanno|nessuno\s+"
    r"(?:lo\s+)?sa|non\s+è\s+stat[oa]\s+(?:detto|comunicat[oa]|annunciat[oa])|weten\s+(?:nog\s+)?(?:van\s+)?niks|weten\s+het\s+nog"
    r"\s+niet|niemand\s+weet|nie\s+wiedz\w*|nikt\s+nie\s+wie|dowiedz\w*"
)

# Internal tools and meetings: internal when the company, a team or staff owns them.
_TOOLS = (
    r"slack|wiki|intranet|channel|thread|standup|sync|offsite|off-site|kickoff|kick-off"
    r"|meeting|huddle|confluence|jira|notion|drive|sharepoint|chat|whatsapp|signal|telegram"
    r"|group\s+chat|review|sync"
)
# Documents: internal when leadership, finance, the board or staff own them, or they leaked.
_DOCS = (
    r"deck|slides?|memo|minutes|notes|doc|docs|document|spreadsheet|dashboard|roadmap|forecast"
    r"|p&l|pnl|budget|financials|projections|model"
    r"|numbers|figures|recording|screenshot|pdf|presentation|briefing|call|e-?mail|plans?"
    r"|accounts|pack|papers|sheet"
)

_GOT_TOLD = (
    r"(?:(?:got|get|gets|were|was|are|will\s+be)\s+(?:told|informed|briefed)\b|found\s+out"
    r"|(?:got|received)\s+(?:the|an?)\s+(?:email|mail|memo|news|slides|deck))"
)
_INTERNAL_COMBOS = (
    near(_SPEAKER, _TELL)
    + rf"|\b{_DEPT}\b[^.!?\n]{{0,40}}?\b(?:{_TELL}|chat|slack|channel|thread|deck|slides|doc"
    r"|e-?mail|mail|memo|spreadsheet|call|meeting|sync)\b"
    + r"|\b(?:my|our)\s+(?:boss|manager|lead|supervisor|director|vp|team\s+lead)\s+"
    r"(?:\w+\s+){0,2}?(?:says|said|mentioned|let\s+slip|hinted)\b"
    + rf"|\b(?:{_TELL})\s+(?:\w+\s+){{0,2}}?(?:{_STAFF})\b"
    + rf"|\b(?:{_STAFF})\s+(?:\w+\s+)?{_GOT_TOLD}"
)
_INTERNAL_PHRASES = (
    # English: meetings, decks, channels, documents, people inside
    r"\ball[\s-](?:hands|staff)\b|\ballhands\b|\ball[\s-]company\s+(?:meeting|call|e-?mail)|\btown[\s-]?hall\b|\bslides?\s+\d+\s+of\b"
    r"|\b(?:team|staff|store|leadership|ops|management)\s+(?:huddle|training|briefing|call)"
    r"|\b(?:at|in|during)\s+(?:the\s+|our\s+|today'?s\s+)?(?:staff\s+|store\s+)?training\b"
    r"|\b(?:board|management)\s+(?:pack|papers|accounts|minutes)|\bsprint\s+(?:review|planning)"
    rf"|\b(?:{_DOCS}|list|numbers)\s+(?:\w+\s+){{0,3}}?(?:in|hit|landed\s+in)\s+my\s+inbox"
    r"|\b(?:list|memo|e-?mail|doc|deck|spreadsheet|numbers)\s+went\s+around"
    r"|\b(?:at|in|during)\s+(?:the\s+|our\s+|today'?s\s+|morning\s+)?(?:huddle|standup"
    r"|stand-up|roll\s+call|shift\s+briefing|handover)\b|\binternal\s+(?:p&l|pnl|numbers"
    r"|figures|financials|budget|forecast|projections)|\b(?:sister|brother|friend|cousin|mate"
    r"|buddy|dad|mum|mom|father|mother|wife|husband|partner|roommate|neighbou?r|uncle|aunt)"
    r"\s+(?:who\s+)?(?:works|worked)\s+(?:in|at|for|on)\b"
    r"|\b(?:at\s+work|op\s+het\s+werk|auf\s+der\s+arbeit|en\s+el\s+trabajo|no\s+trabalho"
    rf"|au\s+travail|al\s+lavoro|w\s+pracy)\b[^.!?\n]{{0,30}}?\b(?:{_TELL})\b"
    rf"|\b(?:{_TELL})\b[^.!?\n]{{0,30}}?\b(?:at\s+work|op\s+het\s+werk|auf\s+der\s+arbeit"
    r"|en\s+el\s+trabajo|no\s+trabalho|au\s+travail|al\s+lavoro|w\s+pracy)\b"
    r"|\b(?:en|au|in|at|dal|nel|al|op\s+de|na|im|beim|w|no|na)\s+(?:the\s+|our\s+|today'?s\s+"
    r"|de\s+|di\s+)?(?:\w+\s+)?(?:crew\s+)?briefing\b|\bbriefing\s+(?:équipage|crew|de\s+\w+)"
    r"|\b(?:anyone|anybody|who)\s+else\s+(?:here\s+)?(?:at|from|in)\s+\w+\s+(?:get|got|see|saw"
    r"|hear|heard|receive|received)\b"
    r"|\b(?:underwriting|finance|pricing|legal|compliance|the\s+board|leadership|execs?|hr|risk"
    r"|procurement|management|the\s+committee|actuarial)\s+(?:\w+\s+)?(?:signed|signs)\s+"
    r"(?:it\s+|this\s+|that\s+)?off|\b(?:seen|saw|know)\s+the\s+(?:real|actual|internal)\s+"
    r"(?:numbers|figures|queue|data|list|count|books)"
    r"|\b(?:monthly|weekly|quarterly)\s+business\s+review|\b[mq]br\b|\bgroup\s+chat"
    r"|\b(?:whatsapp|signal|telegram|slack)\s+group|\bon\s+(?:zoom|teams|slack|the\s+call)\b"
    r"|\b(?:staff|board|leadership|exec|execs|executive|management|strategy|finance|planning"
    r"|internal|hr|committee|offsite|employee|manager'?s|managers'?|all-hands|ops|comms"
    r"|directors'?|regional|department|dept|unit|ward|shift|clinic|store|branch|site|plant"
    r"|actuarial|accounting)\s+"
    # "employee telehealth plan" is a benefit, not a document
    r"(?!(?:health|dental|medical|telehealth|benefits?|pension|insurance|retirement|vision"
    r"|wellness|care|stock|savings)\s+plan)"
    rf"(?:[\w-]+\s+)?(?:{_DOCS}|{_TOOLS})\b|\b(?:company|team|work|our|department)\s+(?:{_TOOLS})\b"
    rf"|\b(?:{_TOOLS}|{_DOCS})\s+screenshots?\b"
    r"|\b(?:announced|confirmed|shared|circulated|discussed|decided|communicated|known|agreed)"
    r"\s+internally|\binternally\b|\binternal\s+only|\b(?:shared|circulated|presented)\s+"
    r"(?:with|to)\s+(?:us|staff|employees|the\s+team|managers|everyone|all\s+staff)\b"
    rf"|\b(?:leaked|leaking)\s+(?:\w+\s+){{0,2}}?(?:{_DOCS}|{_TOOLS}|pricing|price\s+list"
    rf"|details|info|audio|video)\b|\b(?:{_DOCS})\s+(?:got\s+|has\s+been\s+|was\s+)?leaked"
    r"|\bmemo\b(?!\s+to\s+(?:customers|clients|users|members|the\s+public))|\binternal\s+post-?mortem"
    r"|\bincident\s+review|\b(?:saw|seen|read|found|spotted)\s+(?:it\s+|this\s+)?(?:in|on)\s+"
    r"(?:(?:a|an|the|our|their)\s+)?(?:[\w-]+\s+){0,2}?(?:deck|slides?|memo|minutes|doc|docs"
    r"|document|spreadsheet|dashboard|roadmap|forecast|recording|screenshot|pdf|drive|contract"
    r"|figma|ticket|price\s+sheet|draft|jira|confluence|notion|slack|intranet|wiki)\b"
    r"|\b(?:saw|seen|read|got)\s+(?:the\s+|a\s+)?(?:draft|preview|embargoed\s+copy)\b"
    r"|\bdraft\s+(?:of\s+)?(?:the\s+|a\s+)?(?:press\s+release|announcement|statement|results"
    r"|investor|earnings|blog\s+post)|\b(?:got\s+)?handed\s+(?:\w+\s+){0,4}?(?:at|in|during)\s+"
    r"(?:the\s+)?(?:training|meeting|briefing)|\bcontract\s+pdf|\bfigma\s+file|\bprice\s+sheet"
    r"|\bsomeone\s+(?:sent|forwarded|showed)\s+me|\bfrom\s+(?:the\s+)?inside\b|\binsiders?\b"
    r"|\b(?:someone|somebody|people|a\s+friend|sources?)\s+(?:from\s+)?inside\b"
    r"|\binside\s+(?:source|info|information|word|scoop)|\b(?:i|we)\s+(?:sat|was|were)\s+in\s+"
    r"(?:the|that)\s+(?:room|meeting)|\bheard\s+(?:it\s+|this\s+)?(?:in|at|during)\s+"
    r"(?:the\s+|today'?s\s+|our\s+|this\s+morning'?s\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting"
    r"|call|standup|sync|briefing|kickoff|kick-off|offsite|all-hands|town\s+hall|training)"
    # German
    r"|\b(?<!\ban\s)(?<!\bthe\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bnew\s)(?<!\bsummer\s)(?<!\bunpaid\s)"
    r"intern\b(?!\s+(?:at|for|here|with|and|who|was|is|season|program|position|role))"
    r"|\binterne[nrms]?\b|\brundmail|\b(?:betriebs|mitarbeiter|belegschafts)versammlung"
    r"|\bteam-?(?:meeting|sitzung|call)|\bvorstand\w*|\bbesprechung|\bfolien\b|\bdurchgesickert"
    r"|\bvon\s+innen\b"
    # Spanish, Portuguese, Italian
    r"|\b(?:documento|nota|correo|e-?mail|mail|comunicado|memo|presentación|apresentação"
    r"|reunión|reunião|riunione|informe|relatório|grupo|canal|chat|slack|planilha|fuente|fonte"
    r"|circular|formación|formação|dato|informação|información|call|chiamata|llamada"
    r"|videollamada|webinar|zoom|teams|riunione|comunicazione|e-mail)\s+(?:\w+\s+)?intern[oa]s?\b"
    r"|\b(?:documento|correo|mail|presentación|informe|nota|planilla|hoja)\s+(?:de|del)\s+"
    r"(?:rrhh|recursos\s+humanos|dirección|la\s+dirección|finanzas|comité)|\bfiltraci[oó]n"
    r"|\ben\s+la\s+junta\b|\breunión\s+(?:de\s+equipo|general|de\s+empresa|con\s+(?:la\s+)?"
    r"dirección)|\bllamada\s+con\s+(?:la\s+)?dirección|\b(?:de|desde|por)\s+dentro\b"
    r"|\bslack\s+d[ae]\s+(?:la\s+)?empresa|\bse\s+filtr[óa]|\bfiltrad[oa]s?\b|\bvaz(?:ou|aram)"
    r"|\bvazad[oa]s?\b|\breunião\s+(?:geral|de\s+equipe|interna)|\btrapelat[oaie]"
    r"|\briunione\s+(?:interna|aziendale|di\s+team)|\bcircolare\b|\bdall'interno"
    # French, Dutch, Polish
    r"|\ben\s+interne\b|\ben\s+réunion\b|\ba\s+fuité|\bfuitée?s?\b|\bsur\s+un\s+slide"
    r"|\bréunion\s+(?:d'équipe|interne|de\s+service)|\b(?<=de\sl')intérieur|\b(?:uit)?gelekt"
    r"|\bhoren\s+we\s+intern|\b(?:team|personeels)?vergadering|\b(?:team)?overleg\b|\bvan\s+binnen(?:uit)?\b|\bwewnętrzn\w*|\bwyciek\w*|\bwyciekł\w*"
    r"|\bz\s+wewnątrz|\bna\s+(?:zebraniach|zebraniu|spotkaniu|spotkaniach|odprawie)\b"
    # Japanese
    r"|社内|内部資料|内部文書|流出|リーク|全社会議|役員会|取締役会|朝礼|上司から|社員向け|説明会"
)

_NOT_PUBLIC_COMBOS = near(_ANNOUNCE, _LATER) + "|" + near(_AUDIENCE, _UNAWARE, 40)
_NOT_PUBLIC_PHRASES = (
    # English
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:made\s+)?(?:public|announced|official)|\bunannounced"
    r"|\bunder\s+wraps|\b(?:isn'?t|aren'?t|is\s+not|are\s+not|won'?t\s+be|not)\s+(?:out\s+"
    r"|official\s+|public\s+|announced\s+)?(?:until|till|til)\b|\bact\s+surprised|\bpretend\s+"
    r"to\s+be\s+surprised|\bkeep\s+(?:it|this|that)\s+(?:quiet|secret|between\s+us|under\s+(?:wraps"
    r"|your\s+hat)|to\s+your\s*sel(?:f|ves)|hidden|low[\s-]key"
    r"|hush|to\s+yourselves?|on\s+the\s+(?:dl|down\s*low))|\bbetween\s+us\b|\bhush\b"
    r"|\b(?:they'?ll|will|gonna|going\s+to)\s+(?:spin|frame|call|dress|sell|market|pitch)\s+it"
    r"|\b(?:not|n't|nobody\s+is|no\s+one\s+is|no-one\s+is)\s+allowed\s+to\s+(?:share|say|talk"
    r"|post|tell|mention)|\b(?:they'?re|they\s+are|is|are|been)\s+telling\s+(?:the\s+)?"
    r"(?:regulators?|press|public|investors|customers|media|reporters|analysts|board|market)"
    r"|\bkeep\s+(?:our|your|their|my)\s+mouths?\s+shut|\b(?:drafting|preparing|writing|working\s+on)"
    r"\s+(?:the\s+|some\s+)?(?:spin|messaging|talking\s+points|statement|press\s+release)"
    r"|\bwithout\s+calling\s+it|\b(?:ainda|todavía|aún|encore)\s+(?:é|es|est)\s+(?:um\s+|un\s+)?"
    r"(?:segredo|secreto|secret)|\b(?:they'?ll|will)\s+say\s+['\"‘“]|\bmum'?s\s+the\s+word|\b(?:will|gonna|going\s+to"
    r"|(?:will|to)\s+probably|try\s+to)\s+(?:bury|hide|downplay|gloss\s+over|spin|sugarcoat)"
    r"|\b(?:results|numbers|earnings|news|announcement)\s+(?:comes?|goes|go|is\s+coming)\s+out\s+"
    r"(?:in|on|next|after)\b|\bit\s+(?:comes|goes)\s+out\s+(?:in|on|next|after)\b|\bnothing\s+(?:on|in)\s+the\s+(?:site|website|news|press|blog)"
    r"|\bnot\s+on\s+the\s+(?:site|website|blog)\s+yet|\bhasn'?t\s+hit\s+the\s+(?:news|press)"
    r"|公式発表なし|発表なし|公式発表はまだ|まだ公式|\bmums\s+the\s+word|\bzip\s+it\b|\bhush[\s-]hush"
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:outside|else|out\s+there)"
    r"|\b(?:before|ahead\s+of)\s+(?:the\s+|it'?s\s+|they\s+)?(?:official\s+)?(?:announcement"
    r"|announce|earnings|investor|press\s+release|results|launch\s+event|public\s+launch)"
    r"|\bwill\s+announce|\bwill\s+go\s+public|\bto\s+be\s+announced|\btba\b|\bweeks\s+away"
    r"|\b(?:prob(?:ably)?\s+|definitely\s+|really\s+)?not\s+supposed\s+to\s+(?:post|share|say"
    r"|know|talk)|\bshouldn'?t\s+(?:be\s+)?(?:post|shar|say|tell)\w*"
    r"|\byou\s+heard\s+it\s+here\s+first|\bwhat\s+they\s+(?:tell|told|are\s+telling)\s+"
    r"(?:reporters|the\s+press|journalists|investors|customers|the\s+public|analysts)"
    r"|\b(?:officially|publicly)\s+(?:only|not\s+(?:until|before|yet))\b|\bembargo\w*"
    r"|\b(?:don'?t|do\s+not)\s+(?:share|repost|screenshot|spread|forward)\s+(?:this|it)\b"
    r"|\b(?:don'?t|do\s+not)\s+tell\s+(?:anyone|anybody|sales|marketing|legal|pr|hr|the\s+press"
    r"|customers|my\s+(?:boss|manager))|\bcan'?t\s+(?:share|say)\s+(?:more|much|anything)"
    r"|\btop[\s-]secret\b|\bstill\s+(?:a\s+)?secret\b|\b(?:it'?s|is)\s+a\s+secret\b"
    r"|\bhasn'?t\s+(?:been\s+)?(?:announced|made\s+public|gone\s+public)|\bquiet\s+part"
    # German
    r"|\boffiziell\b[^.!?\n]{0,40}\b(?:erst|noch\s+nicht)\b|\berst\s+(?:im|am|ab|nach|zum)\s+"
    r"[\w.]+\s+(?:offiziell|bekannt|raus|öffentlich|verkündet)|\b(?:noch|streng)\s+geheim"
    r"|\bnicht\s+weiter(?:sagen|verbreiten|erzählen|geben)|\bpsst\b|\bbevor\s+es\s+(?:offiziell"
    r"|bekannt|raus)|\bbitte\s+nicht\s+(?:teilen|weitergeben|posten)|\bgeheime[nrs]?\s+(?:plan"
    r"|pläne|dokument\w*|folien|zahlen)"
    # Spanish, Portuguese
    r"|\bni\s+se\s+os\s+ocurra|\bno\s+lo\s+(?:compartáis|compartan|difundáis)|\bsecreto\s*:"
    r"|\banunciar(?:á|án)\b|\bsegredo\s*:|\bnão\s+(?:espalhem|compartilhem|contem)"
    r"|\bvão\s+anunciar|\bvai\s+ser\s+anunciad"
    # French, Italian, Dutch, Polish
    r"|\bpersonne\s+n'(?:est|en\s+sait)\b|\bchut\b|\bannonceront|\bannoncera\b"
    r"|\bacqua\s+in\s+bocca|\bannunceranno|\bannuncerà|\bmogen\s+(?:we|wij|jullie)\s+"
    r"(?:nog\s+)?niet|\bogłoszą|\bogłosz\w*\s+(?:\w+\s+)?dopiero|\bpublicznie\s+(?:jeszcze\s+)?nic"
    # Japanese
    r"|非公開|未発表|未公開|内緒|オフレコ|社外秘|発表前|まだ発表|発表されていない|公表はまだ|公表前"
    r"|まだ公表|公表しない|発表しない|極秘|秘密|口外"
    # nobody knows yet, a cover story "if anyone asks", not allowed to say or show, in six
    # languages
    r"|\b(?:nobody|no\s+one|no-one)\s+knows\s+(?:yet|about\s+it\s+yet)"
    r"|\b(?:doesn'?t|don'?t|do\s+not|does\s+not)\s+know\s+yet|\bif\s+anyone\s+asks\b"
    r"|\b(?:not\s+allowed\s+to|can'?t|cannot)\s+(?:share|say|show|post)\s+(?:the\s+)?(?:deck|doc"
    r"|document|slides|memo|numbers|figures|details)\b"
    r"|\bainda\s+ninguém\s+sabe|\bnão\s+(?:partilhem|digam\s+nada)|\btodavía\s+nadie\s+(?:lo\s+)?sabe"
    r"|\bnadie\s+(?:lo\s+)?sabe\s+(?:todavía|aún)|\bnoch\s+weiß\s+(?:es\s+)?(?:keiner|niemand)"
    r"|\bpersonne\s+ne\s+(?:le\s+)?sait\s+encore|\bnessuno\s+lo\s+sa\s+ancora|\bniemand\s+weet\s+het\s+nog"
    r"|\bnikt\s+jeszcze\s+nie\s+wie|\bmag\s+ik\s+niet\s+(?:zeggen|delen|vertellen)"
    # told not to talk about it; "io sto zitto"; Swedish secrecy ("hemligt än så länge")
    r"|\btold\s+(?:not\s+to|to\s+not)\s+(?:talk|speak|post|say)|\bsollen\s+nicht\s+(?:über\s+)?"
    r"(?:\w+\s+){0,4}?(?:reden|sprechen|erzählen)|\bsto\s+zitt[oa]\b|\bhemlig[ta]?\b"
    r"|\bän\s+så\s+länge\b|\bingen\s+vet\b|\bfår\s+inte\s+säga|\binternt\s*:"
    r"|\bdarf\s+ich\s+(?:eigentlich\s+)?nicht\s+(?:sagen|erzählen|teilen)"
    rf"|{I.NOT_PUBLIC}"
)

# More internal-or-unpublished language for ``analysis.leaks.LEAK_LANGUAGE``.
LEAK_LANGUAGE_MORE = (
    r"|"
    # A document's classification stamp, in nine languages: "INTERNAL ONLY", "DO NOT SHARE
    # EXTERNALLY", "nicht zur Weitergabe", "usage interne", "社外秘"
    r"\b(?:do\s+not|don'?t)\s+(?:share|distribute|forward|circulate)\s+(?:externally|outside)"
    r"|\bnot\s+for\s+(?:external\s+|public\s+)?(?:distribution|circulation|release)"
    r"|\b(?:for\s+)?internal\s+use\s+only|\bnicht\s+zur\s+weitergabe|\bnur\s+für\s+den\s+"
    r"(?:internen\s+gebrauch|dienstgebrauch)|\b(?:à\s+)?usage\s+interne|\bne\s+pas\s+diffuser"
    r"|\bdiffusion\s+restreinte|\b(?:solo\s+(?:per\s+)?|só\s+para\s+|sólo\s+para\s+)?uso\s+"
    r"interno\b|\bnon\s+divulgare|\bno\s+(?:distribuir|difundir)|\bnão\s+(?:divulgar|partilhar)"
    r"|\balleen\s+voor\s+intern\s+gebruik|\bniet\s+(?:verspreiden|extern\s+delen)"
    r"|\bdo\s+użytku\s+wewnętrznego|\bnie\s+(?:rozpowszechniać|udostępniać)"
    r"|社外秘|部外秘|取扱注意|関係者限り"
    r"|\b(?:says|marked|stamped|labell?ed|watermarked|reads)\s+['\"“]?(?:internal\s+only"
    r"|confidential|do\s+not\s+(?:share|distribute|forward))"
    # Only insiders know, for now: "per ora lo sanno solo i capi reparto"
    r"|\b(?:only|just)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:managers|heads|leadership|execs"
    r"|directors|supervisors|leads)\s+(?:know|were\s+told|have\s+been\s+told)"
    r"|\b(?:lo\s+)?sanno\s+solo|\bsolo\s+lo\s+sa(?:nno|ben)|\bs[óo]lo\s+lo\s+saben"
    r"|\bnur\s+(?:die\s+)?(?:\w+\s+)?(?:wissen|wissen\s+es)\b|\bseuls?\s+les\s+\w+\s+(?:le\s+)?savent"
    r"|\bsó\s+os\s+\w+\s+sabem|\balleen\s+(?:de\s+)?\w+\s+weten|\bwiedzą\s+tylko"
    # Staff not told, and not yet published
    r"|\b(?:staff|employees|workers|the\s+team|guests|patients|members)\s+(?:haven'?t|have\s+not"
    r"|weren'?t|were\s+not)\s+(?:been\s+)?told"
    r"|\b(?:haven'?t|hasn'?t|not)\s+(?:been\s+)?(?:published|made\s+public)\s+(?:it\s+)?yet"
    r"|\b(?:todavía|aún)\s+no\s+(?:lo\s+)?(?:han\s+publicado|publicaron|se\s+ha\s+publicado)"
    r"|\bnoch\s+nicht\s+veröffentlicht|\bpas\s+encore\s+(?:été\s+)?(?:publié|rendu\s+public)"
    r"|\bainda\s+não\s+(?:foi\s+)?(?:publicad|divulgad)\w*|\bnog\s+niet\s+gepubliceerd"
    r"|\bjeszcze\s+nie\s+opublikowa\w*"
    r"|\ben\s+la\s+reunión\b[^.!?]{0,30}\b(?:nos\s+)?(?:dijeron|contaron|comunicaron)"
    r"|\b(?:training|onboarding|enablement)\s+(?:deck|slides|manual|playbook|materials?)"
    # an internal document by its name: "el PDF interno", "das interne Memo", "internal deck"
    r"|\b(?:pdf|memo|deck|documento?|e-?mail|correo|slides?|presentaci[óo]n|apresentação"
    r"|dokument|präsentation)\s+(?:interno|interna|interne|internes|internal)\b"
    r"|\b(?:internal|interne[ns]?|interno|interna)\s+(?:pdf|memo|deck|slides|dokument\w*"
    r"|präsentation|e-?mail|mail)\b"
)
# The other languages' substrings (Chinese, Korean, Arabic, Hebrew) in a gate of their own:
# this one's residual runs on every post, and they need not.
INTERNAL = GateUnion(
    f"{_INTERNAL_COMBOS}|{_INTERNAL_PHRASES}|{I.INTERNAL_WORDS}", I.INTERNAL_SUBSTRINGS
)
NOT_PUBLIC = KeywordGate(f"{_NOT_PUBLIC_COMBOS}|{_NOT_PUBLIC_PHRASES}")
CUES = "|".join(
    (
        _INTERNAL_PHRASES,
        I.INTERNAL,
        _NOT_PUBLIC_PHRASES,
        # one side of each combination is enough for a pre-filter (and much faster)
        rf"\b(?:{_TELL})\b|\b(?:{_STAFF})\s+(?:\w+\s+)?{_GOT_TOLD}|\b(?:{_ANNOUNCE})\b"
        rf"|\b(?:{_UNAWARE})\b",
    )
)
"""A regex source that every post matching ``INTERNAL`` or ``NOT_PUBLIC`` matches too: one
pre-filter search (``analysis.gate.KeywordGate``) spares most posts the detailed checks."""
