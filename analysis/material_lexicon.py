"""What makes leaked content material, how incidents are hidden, and what vetoes a weak leak.

* ``MATERIAL``: what a company discloses on its own schedule: money and percentages, counts
  of jobs or sites, results, and the verbs of change (close, sell, cut, lay off, raise,
  pause, cancel, launch, outsource) in nine languages, and the main ones of about thirty more
  (``analysis.leak_lexicon_intl``, as are the extra incident and concealment phrases).
* ``INCIDENT_MORE``: incidents beyond ``analysis.leaks.INCIDENT`` (outages, billing bugs,
  exposed data, "blackout", "障害").
* ``CONCEALED_MORE``: how an incident is kept from customers: no notice went out, "calling
  it 'a delay'", "not 'maintenance' like they emailed", "refunds quietly going out", "do not
  mention the cause to customers". ``analysis.leaks.CONCEALED`` stays narrower: spin reads it.
* ``COVER_STORY``: the official story named as such ("the official line was 'user error'",
  "logged as a 'cargo shift'", "nach außen heißt es", "官方说法").
* ``PUBLIC``: the content is already out ("announced today", "in a statement", "told
  reporters", "podcast interview"); ``SPECULATION``: an outsider guessing ("I bet",
  "maybe"); ``CUSTOMER_VOICE``: a customer's own experience ("raised my bill"). These veto
  weak combinations only.

Lowercase patterns for lowercased text, like ``analysis.lexicon``.
"""

from __future__ import annotations

import re

from analysis import leak_lexicon_intl as I
from analysis.gate import KeywordGate
from analysis.lexicon import compile_words

_MONEY = (
    r"[$€£¥]\s?\d|\b\d[\d.,]*\s?(?:[$€£¥]|usd|eur|gbp|zł|pln|dollars?|euros?|reais|pounds|quid"
    r"|k\b|m\b|mm\b|bn\b|mio\b|mln\b|mld\b|mil\b|million\w*|milion\w*|millones|milhões"
    r"|miljoen|milliard\w*|tys\w*)|\d\s?(?:ドル|円|万|億)"
)
_COUNT = (
    r"\b\d[\d.,]*\s?(?:\w+\s+)?(?:jobs|roles|people|staff|employees|positions|heads|stores|shops|sites"
    r"|offices|branches|homes|households|customers|accounts|users|posti|puestos|empleos"
    r"|personas|stellen|arbeitsplätze|mitarbeiter\w*|postes|emplois|salariés|banen|mensen"
    r"|osób|etatów|pracowników|lavoratori|dipendenti|pessoas|trabalhadores|人|名|店舗|拠点)\b"
)
MATERIAL = compile_words(
    rf"{_MONEY}|{_COUNT}|\d\s?%|\bper\s?cent\b|\bprozent\b|\bpercent\w*"
    # results and metrics
    r"|\bq[1-4]\b|\bh[12]\b|\bfy\s?\d\d|\b(?:revenue|earnings|results|burn\s+rate|runway|margin"
    r"|ebitda|valuation|bookings|arr|churn|guidance|forecast|profit|losses|numbers|figures"
    r"|bonus\w*|salar\w*|target|umsatz|gewinn\w*|verlust\w*|zahlen|ingresos|facturación"
    r"|beneficios|pérdidas|receita|faturamento|lucro|prejuízo|chiffre\s+d'affaires|bénéfice"
    r"|fatturato|utili|perdite|omzet|winst|verlies|przych\w*|zysk\w*|strat[ay])\b"
    r"|売上|決算|業績|利益|赤字|四半期"
    # change: closing, selling, cutting, raising, pausing, launching, in nine languages
    r"|\b(?:layoffs?|laying\s+off|lay\s+off|laid\s+off|let\s+go|redundan\w*|job\s+cuts|cuts?"
    r"|cutting|slash\w*|headcount|hiring\s+freeze|restructur\w*|reorg\w*|clos(?:e|es|ed|ing"
    r"|ure)|shut(?:ting|s)?\s+(?:down|the)|wind[\s-]down|sell(?:s|ing)?|sold|sale\s+of|buy(?:s"
    r"|ing)?|acqui\w*|merg\w*|takeover|buyout|funding|series\s+[a-h]|ipo|raise[sd]?|raising"
    r"|hike[sd]?|increase[sd]?|go(?:es|ing)?\s+up|drop(?:s|ped|ping)?|fell|falls?|decline\w*"
    r"|miss(?:ed)?|pause[sd]?|pausing|halt\w*|freez\w*|delay\w*|postpon\w*|scrap\w*|cancel\w*"
    r"|kill(?:s|ed|ing)?|discontinu\w*|sunset\w*|launch\w*|relaunch\w*|roll-?out|rolling\s+out"
    r"|go(?:es)?[\s-]live|release\w*|outsourc\w*|offshor\w*|relocat\w*|replac\w*|fees?"
    r"|pricing|prices?|tariffs?|rate\s+card|contracts?|deal|licen[cs]e\w*|regulator\w*|audit\w*"
    r"|fine[sd]?|penalt\w*|warning|bought|being\s+(?:bought|acquired|sold)|down\s+round|fell\s+through|new\s+(?:ceo|cfo|cto|coo|boss|head"
    r"|owner|president)|step(?:s|ping)?\s+down|resign\w*|pull(?:s|ing)?\s+out|exit(?:s|ing)?"
    r"|withdraw\w*|mov(?:e|es|ing)\s+(?:hq|headquarters|the\s+office|operations)|(?:ends?"
    r"|ending|starts?|starting|begins?)\s+(?:in|on|next|from)\b|(?:stops?|stopping)\s+(?:in|on"
    r"|next|from)\b"
    # German, Spanish, Portuguese
    r"|schließ\w*|macht\s+(?:\w+\s+)?(?:zu|dicht)|dichtgemacht|verkauf\w*|übernahme|streich\w*"
    r"|kürz\w*|senk\w*|erhöh\w*|steig\w*|stellenabbau|abbau|entlass\w*|kündigungen|einführ\w*"
    r"|gebühr\w*|preis\w*|tarif\w*|fusion|lizenz\w*|cierr\w*|vend\w*|compra\w*|recort\w*"
    r"|despid\w*|sub(?:e|en|ir|irá|irán)|baj\w*|lanza\w*|comisi\w*|adquisici\w*|licencia"
    r"|fecha(?:r|mento|m)|venda|cortar|corte\w*|demiss\w*|aumento\w*|sobe|subir|lança\w*"
    r"|taxas?|aquisição|licença|encerr\w*|fechar|saída|alza\w*|stopt|stoppen"
    r"|pay\s+(?:model|structure|cut|rise|freeze|scheme)|salar\w*|sueldo\w*|modelo\s+de\s+pago"
    r"|gehalt\w*|lohn|löhne|salaire\w*|stipendi\w*|pensj\w*|wynagrodz\w*|salário\w*"
    r"|cambiar(?:á|án)|mudar(?:á|ão)|changera|ändern\s+sich|cambier(?:à|anno)|zmieni\w*"
    # French, Italian, Dutch, Polish
    r"|ferme\w*|fermeture|rachat|supprim\w*|suppression\w*|licenci\w*|augment\w*|hausse|baisse"
    r"|lance\w*|lancement|frais|prix|chiud\w*|chiusura|tagli\w*|aument\w*|lancia\w*|lancio"
    r"|prezz\w*|commissioni|esuber\w*|acquisizione|licenza|sluit\w*|verkoop\w*|verkocht"
    r"|schrap\w*|ontsla\w*|verhog\w*|stijg\w*|tarieven|overname|reorganisatie|zamyk\w*"
    r"|zamknię\w*|sprzeda\w*|zwolni\w*|zwolnie\w*|podwyż\w*|redukcj\w*|likwid\w*|opłat\w*"
    r"|wprowadz\w*|przejęci\w*|premiera|tnie|tną|cięci\w*|premi[ea]\w*|overtime|premiums?"
    r"|bonus\w*|drops?|rate|rif|reduction\s+in\s+force|notices|suspend\w*|zawiesz\w*|aussetz\w*"
    r"|sospend\w*|schorst?\w*|cancela\w*|annul\w*|streich\w*)\b"
    r"|閉鎖|売却|買収|削減|値上げ|リストラ|解雇|撤退|統合|発売|延期|中止|ローンチ|リリース"
    r"|料金|手数料|資金調達|提携|導入"
    rf"|{I.MATERIAL}"
)

_INCIDENT_MORE = (
    r"\b(?:data|security|privacy)\s+incident|\bincident\b|\bexposed\b|\bmisconfigur\w*"
    r"|\bunauthori[sz]ed\s+access|\bintrusion|\bcompromised|\bleaked\s+(?:\w+\s+){0,3}?"
    r"(?:data|records|tokens|cards?|details|e-?mails|addresses|passwords|numbers|ibans|ssns"
    r"|customer|user|member|driver|employee|personal)|\b(?:public|open|unsecured|exposed)\s+"
    r"(?:s3\s+)?(?:bucket|database|db|server|endpoint)|\blost\s+(?:\w+\s+){0,4}?(?:data"
    r"|history|records|orders|files)|\boutages?\b|\bdowntime|\bwent\s+down\b|\bblackout\b"
    r"|\bcyber-?\s?attack|\b(?:showed|shows|displayed|exposed|sent|served)\s+(?:\w+\s+){0,2}?"
    r"(?:other\s+(?:people|members|users|customers|patients|workspaces)'?s?|someone\s+else'?s"
    r"|strangers'?|the\s+wrong\s+(?:people|members|customers))|\bnear[\s-]miss|\bincursion|\baccident\b|\bsafety\s+(?:incident|issue|event"
    r"|breach)|\bcontamina\w*|\brecall\b|\bddos\b|\bmalware\b|\bbug\b|\bbilling\s+bug\b|\bglitch\w*"
    r"|\bdouble[\s-](?:charg|bill)\w*|\bovercharg\w*|\bdata\s+loss|\bdeleted\s+(?:the\s+)?(?:prod\w*\s+)?"
    r"(?:database|db|table|data)|\bdatenpanne|\bsicherheitsvorfall|\bausfall|\bstörung"
    r"|\bincidente|\bcaída|\bapagón|\bvazamento|\bviolação|\bfuite|\bpanne|\bstoring|\bdatalek"
    r"|\bawari\w*|\bincydent\w*|障害|漏洩|漏えい|不正アクセス|インシデント|システム停止"
    rf"|{I.INCIDENT}"
)
INCIDENT_MORE = KeywordGate(_INCIDENT_MORE)
"""Incident words beyond ``analysis.leaks.INCIDENT``; ``INCIDENT_CUES`` is their source."""
INCIDENT_CUES = _INCIDENT_MORE

CONCEALED_MORE = KeywordGate(
    r"\bno\s+(?:\w+\s+)?(?:e-?mails?|letters?|notices?|notifications?|announcements?"
    r"|disclosures?|statements?|warnings?|heads[\s-]up)\s+(?:ever\s+)?(?:went\s+out|was\s+sent"
    r"|were\s+sent|has\s+gone\s+out|sent|given)"
    r"|\b(?:nobody|no\s+one|no\s+customers?|no\s+users?|no\s+members?)\s+(?:ever\s+)?(?:got"
    r"|received|was\s+sent|were\s+sent)\s+(?:a|an|any)\s+(?:letter|e-?mail|notice|notification"
    r"|warning)|\b(?:were|was|have\s+been|has\s+been)\s+never\s+(?:notified|told|informed|warned)"
    r"|\bnever\s+(?:got|received|sent|issued|posted|published)\s+(?:a|an|any)\s+(?:single\s+)?"
    r"(?:letter|e-?mail|notice|notification|statement|word|warning)"
    r"|\b(?:customers|users|members|clients|the\s+public|regulators?)\s+(?:were|was|have\s+been)"
    r"\s+(?:told\s+nothing|kept\s+in\s+the\s+dark|not\s+(?:told|notified|informed))"
    r"|\bnot\s+a\s+(?:single\s+)?word\s+to\s+(?:customers|users|members|anyone|the\s+public)"
    r"|\b(?:keep|kept)\s+(?:it|this|that)\s+(?:quiet|secret|hush|under\s+wraps)"
    r"|\bswept\s+(?:it\s+)?under\s+the\s+(?:rug|carpet)|\bnothing\s+(?:in|on)\s+the\s+(?:\w+\s+)?"
    r"(?:report|statement|e-?mail|status\s+page|update|notice)|\bhush(?:ed)?\s+(?:it\s+)?up|\b(?:quietly|silently|secretly)\b|\bbehind\s+closed\s+doors"
    r"|\bunder\s+the\s+radar|\bwithout\s+(?:telling|notifying|informing)\s+(?:anyone|anybody"
    r"|customers|users|members|the\s+public)|\bdidn'?t\s+(?:tell|notify|inform|disclose\s+it\s+"
    r"to)\s+(?:anyone|anybody|customers|users|members|the\s+public|us)\b"
    # the official story in quotes, contradicted: "calling it 'a delay'"
    r"|\b(?:calling|called|calls|labell?ing|framing|spinning)\s+it\s+(?:as\s+)?(?:an?\s+)?['\"‘“«]"
    r"|\b(?:official\s+)?(?:line|story|excuse|explanation)\s+(?:was|is)\s+['\"‘“«]|\b(?:scripts?"
    r"|statement|they|comms|pr)\s+(?:say|says|said|claim|claims|claimed)\s+['\"‘“«]"
    r"|\b(?:told|said|claimed)\s+(?:\w+\s+){0,2}?(?:it\s+)?(?:was|is)\s+(?:just\s+)?(?:an?\s+)?['\"‘“«]"
    r"|\bwithout\s+(?:explaining|explanation|saying\s+why|a\s+word|any\s+notice|notice|telling)"
    r"|\b(?:got|received|were\s+given)\s+(?:no|zero|not\s+a\s+single|not\s+one)\s+(?:notice"
    r"|e-?mail|warning|notification|heads[\s-]up|letter)"
    r"|\bnot\s+(?:an?\s+)?['\"‘“«][^'\"’”»]{2,40}['\"’”»]"
    r"|\b(?:wasn'?t|isn'?t|was\s+not|is\s+not|never|not)\b[^.!?\n]{0,80}\b(?:like|as)\s+"
    r"(?:the\s+|their\s+|our\s+|they\s+)?(?:[\w-]+\s+){0,2}?(?:page|post|statement|release"
    r"|update|e-?mail|emailed|notice|blog|tweet|tweeted|announcement|pr\s+team|spokesperson"
    r"|said|claimed|told)\b|\breal\s+(?:cause|reason)\s+(?:was|is)|\bactually\s+caused\s+by"
    r"|\bwas\s+(?:our|their)\s+(?:own\s+)?fault|\bpost-?mortem\s+is\s+internal|\binternal\s+only"
    r"|\b(?:don'?t|do\s+not|never|not\s+to)\s+(?:mention|tell|say|disclose|bring\s+up|talk\s+"
    r"about|admit)\b[^.!?\n]{0,50}\b(?:customers|clients|press|public|media|users|anyone)"
    # German, Spanish, Portuguese, French, Italian, Dutch, Polish, Japanese
    r"|\b(?:niemand|keiner)\s+wurde\s+(?:informiert|benachrichtigt)|\bkeine\s+(?:mail|e-mail"
    r"|info|benachrichtigung)\s+an\s+(?:die\s+)?kunden|\b(?:nichts|nie)\s+(?:gesagt|mitgeteilt"
    r"|erzählt|gemeldet)|\bkein\s+wort\b|\bunter\s+den\s+teppich|\bstillschweig\w*|\bheimlich"
    r"|\bsin\s+avisar|\bnadie\s+(?:ha\s+sido\s+|fue\s+)?(?:avisado|informado|notificado)"
    r"|\bno\s+(?:se\s+)?(?:avisó|informó|notificó)\s+a|\bno\s+(?:han|ha|hemos)\s+(?:avisado"
    r"|informado|dicho\s+nada|comunicado)|\ben\s+silencio|\ba\s+escondidas"
    r"|\bninguém\s+foi\s+(?:avisado|informado)|\bnão\s+(?:avisaram|informaram|contaram"
    r"|comunicaram)|\bsem\s+avisar|\bnenhum\s+(?:e-?mail|aviso)|\bàs\s+escondidas"
    r"|\bpersonne\s+n'a\s+été\s+(?:prévenu|informé)|\bn'ont\s+(?:prévenu|informé|rien\s+dit)"
    r"|\bsans\s+prévenir|\baucun\s+(?:mail|e-mail|communiqué)|\ben\s+douce"
    r"|\bnessuno\s+(?:è\s+stato\s+)?(?:avvisato|informato)|\bnon\s+hanno\s+(?:avvisato"
    r"|informato|detto\s+niente)|\bnon\s+è\s+stato\s+detto|\bsenza\s+avvisare|\bdi\s+nascosto"
    r"|\bin\s+silenzio|\bniemand\s+(?:is\s+)?(?:ingelicht|geïnformeerd)|\bniets\s+gezegd"
    r"|\bstilgehouden|\bstilletjes|\bstiekem|\bnikogo\s+nie\s+(?:poinformowa\w*|powiadomi\w*)"
    r"|\bnikomu\s+nie\s+powiedzieli|\bnie\s+poinformowa\w*|\bprzemilcz\w*|\bukryl\w*|\bukryw\w*"
    r"|\bpo\s+cichu|隠蔽|公表されていない|公表していない|発表していない|黙って|知らされていない"
    r"|こっそり|ひそかに"
    rf"|{I.CONCEALED}"
)
# The official story, named as such: "the official line was 'user error'", "logged as a
# 'cargo shift'", "nach außen heißt es 'Renovierung'", "官方说法". With an internal source it
# is a leak even when nothing says "secret" (``analysis.leaks``). "Management calls it
# 'resilience'" is not one: staff mock euphemisms all the time.
COVER_STORY = KeywordGate(
    r"\bofficial\s+(?:line|story|excuse|explanation)\s+(?:was|is)\s+['\"‘“«]|" + I.COVER
)

PUBLIC = compile_words(
    r"\b(?:announced|announces|confirmed|confirms|unveiled|unveils|published|publishes"
    r"|revealed|reveals|reported|reports)\b|\bin\s+a\s+(?:statement|press\s+release|filing)"
    r"|\bpress\s+release\s+(?:is\s+)?(?:out|says|today)|\bis\s+now\s+public|\bmade\s+(?:it\s+)?"
    r"public|\baccording\s+to\s+(?:the\s+)?(?:press|annual\s+report|filing|earnings|reuters"
    r"|bloomberg|reports?|news)|\b(?:results|earnings|numbers)\s+(?:are|were)\s+out\b(?!\s+in)"
    r"|\bfull\s+report\s+on|\binvestor\s+(?:letter|site|page)\s+(?:is\s+)?(?:out|says|at)"
    r"|\btold\s+(?:reporters|the\s+press|journalists|investors|analysts|cnbc|bloomberg)"
    r"|\bpress\s+release\s+(?:attached|below|here|linked)|\bstatus\s+page\s+(?:had|has|says|said"
    r"|posted|shows|showed)|\b(?:posted|updates?)\s+(?:on|to)\s+(?:their|the|its)\s+status\s+page"
    r"|\bpostmortem\s+is\s+(?:already\s+)?(?:up|out|public|published)|\b(?:union|spokesperson|spokesman"
    r"|spokeswoman)\s+(?:says|said)|\bsaid\s+in\s+a\s+statement"
    r"|\b(?:interview|podcast|keynote|conference\s+talk|on\s+stage|on\s+tv|their\s+blog"
    r"|official\s+blog|website|careers\s+page)\b|\bveröffentlicht|\bangekündigt|\bbestätigt"
    r"|\bofficiellement\s+annoncé|\ba\s+annoncé|\banunció|\banunciou|\bconfirmó|\bha\s+annunciato"
    r"|\bheeft\s+aangekondigd|\bogłosił\w*|発表した|公表した|発表しました"
)
# A disclosure word that is negated or future is not "already public": "not announced".
PUBLIC_NEGATED = re.compile(
    r"(?:not|n't|never|yet|no|nicht|noch\s+nicht|no\s+se|pas|non|niet|nie|will|to\s+be)\s+"
    r"(?:\w+\s+)?$"
)

SPECULATION = compile_words(
    r"\bi\s+bet\b|\bi\s+(?:guess|wonder|reckon|predict|suspect)\b|\bwonder(?:ing)?\s+if"
    r"|\bmy\s+(?:guess|prediction|bet)\b|\bpredict\w*|\bspeculat\w*|\bwouldn'?t\s+(?:be\s+"
    r"surprised|shock)|\bwould\s+not\s+(?:be\s+surprised|shock)|\b(?:could|might|may)\s+(?:be"
    r"|have|soon)\b|\bmaybe\b|\bperhaps\b|\bprobably\b|\blikely\b|\bhoping\b|\bwhat\s+if\b"
    r"|\bcalling\s+it\b|\bmark\s+my\s+words|\bjust\s+a\s+guess|\bvermutlich|\bwahrscheinlich"
    r"|\bquizás?|\btalvez|\bforse\b|\bpeut-être|\bmisschien|\bchyba\b|\bpewnie\b"
)
# A customer's own bill, card or account: their complaint, not an insider's leak.
CUSTOMER_VOICE = compile_words(
    r"\b(?:my|our)\s+(?:own\s+)?(?:bill|bills|account|card|direct\s+debit|tariff|plan|order"
    r"|package|parcel|refund|payment|subscription|contract|invoice|meter|balance|fees?)\b"
    r"|\b(?:charged|billed|overcharged|refunded|cancelled\s+on)\s+(?:me|us)\b"
    r"|\bmein(?:e|en)?\s+(?:rechnung|konto|karte|vertrag|tarif)|\bmi\s+(?:factura|cuenta|tarjeta"
    r"|tarifa)|\bminha\s+(?:conta|fatura)|\bma\s+(?:facture|carte)|\bmon\s+(?:compte|forfait)"
    r"|\bla\s+mia\s+(?:bolletta|carta)|\bmijn\s+(?:rekening|factuur)|\bmój\s+rachunek"
)
