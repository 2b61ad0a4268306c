"""The phrase lists behind ``analysis.leaks``: strong leak language, incidents, concealment.

* ``LEAK_LANGUAGE``: the post says its content is internal ("internal memo", "heard at the
  all-hands") or not yet public ("not yet public", "noch nicht offiziell"): with context
  (an employee, the company named, an affiliated bio) that alone makes a leak. Every
  language of ``analysis.leak_lexicon_intl`` adds its internal documents and "not public
  yet" phrases.
* ``INCIDENT`` and ``CONCEALED``: an incident word and a concealment phrase, for
  ``leak.undisclosed_incident``. ``CONCEALED`` stays narrow because ``analysis.spin_rules``
  reads it too; the wider lists are in ``analysis.material_lexicon``.

Lowercase patterns for lowercased text, like ``analysis.lexicon``.
"""

from __future__ import annotations

import re

from analysis import leak_lexicon as X
from analysis import leak_lexicon_intl as I
from analysis.gate import KeywordGate

# Language that says material is internal or not yet public; with the company named (or an
# employee speaking) it is a likely leak even without a profile term.
LEAK_LANGUAGE_SOURCE = (
    # English: internal documents, meetings and channels
    r"\b(?:internal|confidential|leaked)\s+(?:memo|mail|e-?mail|document|doc|docs|deck|slides"
    r"|numbers|figures|data|report|presentation|roadmap|meeting|all-hands|chat|wiki|plans?)"
    r"|\b(?:internal|confidential)\s+\w+\s+(?:memo|mail|e-?mail|document|doc|docs|deck|slides"
    r"|report|presentation|roadmap|meeting|plans?)\b"
    r"|\b(?:staff|employee|internal|leadership|all[\s-]staff|all[\s-]hands|managers'?"
    r"|town[\s-]?hall)\s+(?:memo|e-?mail|portal|channel|slack|wiki|newsletter|deck|slides)\b"
    # "details on the intranet" points readers to an official post, it is not a source
    r"|\b(?<!details\s)(?<!info\s)(?<!more\s)(?<!available\s)(?<!found\s)(?<!faqs\s)"
    r"(?<!posted\s)(?<!information\s)(?:from|on|in|via)\s+(?:the\s+|our\s+)?(?:staff\s+"
    r"|employee\s+|company\s+)?intranet"
    r"|\ball-hands\s+(?:slides|deck|recording)|\b(?:screens?|screenshots?|photos?|pics?"
    r"|recording)\s+(?:of|from)\s+(?:the\s+|our\s+|today'?s\s+|\w+'s\s+)?(?:all[\s-]hands"
    r"|town[\s-]?hall|board|internal|staff)"
    r"|\b(?:told|heard|learned|briefed)\s+(?:us\s+|it\s+|this\s+|about\s+it\s+)?(?:on|in|at"
    r"|during)\s+(?:an?|the|our|today'?s|this\s+morning'?s)\s+(?:[\w-]+\s+)?(?:call|meeting"
    r"|briefing)"
    # English: not yet public, secrecy
    r"|\bnot\s+(?:yet\s+)?public(?:\s+yet)?\b|\bnot\s+(?:been\s+)?announced"
    r"|\bhasn'?t\s+been\s+announced|\bbefore\s+(?:they|it'?s|it\s+is|the\s+company)\s+announce"
    r"|\bbefore\s+the\s+(?:earnings|board|investor|analyst)|\bbefore\s+they\s+(?:bury|delete"
    r"|hide|spin)\b|\bnothing\s+official\b|\bnot\s+official\b"
    r"|\byou\s+didn'?t\s+hear\s+it\s+from\s+me|\bdon'?t\s+tell\s+anyone|\bcan'?t\s+say\s+more"
    r"|\bunder\s+nda\b|\bnobody(?:'s|\s+is)\s+supposed\s+to\s+know|\boff\s+the\s+record\b"
    r"|\b(?:told|announced)\s+to\s+(?:managers|staff|employees|sales|the\s+crew)\s+only"
    r"|\bsales\s+was\s+told|\bwho\s+was\s+in\s+the\s+room"
    r"|\bstraight\s+from\s+(?:finance|hr|legal|the\s+board)"
    r"|\b(?:press|media|public|customers|clients)\s+(?:doesn'?t|don'?t|still\s+don'?t)\s+know"
    r"|\b(?:customers|clients|the\s+public)\s+(?:haven'?t|have\s+not)\s+been\s+told"
    r"|\bfound\s+out\s+in\s+a\s+(?:teams|zoom|meet|staff)\s+(?:call|meeting)"
    r"|\b(?:finance|board|internal)\s+(?:slides|deck)\s+(?:from|of|says|say|show|shows|leaked"
    r"|for|:)|\b(?:saw|seen|read|from|leaked|shared|got)\s+(?:the\s+)?(?:finance|board|internal)"
    r"\s+(?:slides|deck)|\bresults\s+are\s+out\s+in\b"
    r"|\bemailed\s+to\s+the\s+whole\s+company|\binsider\b"
    # German
    r"|\bintern\s+bestätigt|\binterne[nrms]?\s+(?:mail|e-mail|zahlen|unterlagen|dokument\w*"
    r"|präsentation|folien|memo|info\w*|runde|besprechung)|\blaut\s+interne[rnm]?\b"
    r"|\bnoch\s+nicht\s+(?:offiziell|bekannt|verkündet|öffentlich|angekündigt)"
    r"|\boffiziell\s+(?:sagt|weiß|ist)\s+noch\s+(?:keiner|niemand|nichts)"
    r"|\bbevor\s+es\s+verkündet|\bvertrauliche[nrms]?\s+(?:mail|e-mail|unterlagen|dokument\w*"
    r"|präsentation|info\w*|zahlen|memo)"
    # French
    r"|\b(?:document|mail|note|réunion|présentation)\s+interne|\bpas\s+encore\s+(?:annoncé"
    r"|officiel|public)|\bmotus\b|\bconfidentiel(?:le)?s?\b|\bon\s+nous\s+a\s+briefés?"
    # Spanish, Portuguese, Italian: "presentación interna", "formação interna", "mail riservata"
    r"|\b(?:presentación|reunión|formación|documento|correo|mail|nota|comunicado|reunião"
    r"|formação|apresentação|comunicazione|riunione|circolare)\s+intern[aoe]"
    r"|\bfuentes?\s+internas?|\bdato\s+interno|\balguien\s+de\s+dentro"
    r"|\b(?:documento|correo|informe|presentación|información|dato|apresentação|informação)s?"
    r"\s+confidencia(?:l|is|les)\b"
    r"|\b(?:todavía|aún)\s+no\s+(?:es\s+(?:oficial|público)|lo\s+(?:saben|han\s+anunciado"
    r"|anunciaron)|se\s+(?:sabe|ha\s+anunciado|anunció))"
    r"|\b(?:los\s+clientes|la\s+prensa|nadie)\s+(?:todavía|aún)\s+no\s+(?:sabe|saben|lo\s+sabe)"
    r"|\b(?:nos\s+lo\s+)?(?:dijeron|contaron|comunicaron)\b[^.!?]{0,20}\ben\s+(?:la|una)\s+reunión"
    r"|\bainda\s+não\s+(?:é\s+|foi\s+)?(?:oficial|anunciad[oa]|públic[oa])"
    r"|\b(?:e-?mail|mail|documento|nota|comunicazione|circolare|informazion[ei]|notizia|riunione)\s+"
    r"riservat[aoie]\b|\bnon\s+(?:ancora|è\s+ancora)\s+(?:ufficiale|annunciat\w+|pubblic\w+)"
    r"|\bnessun\s+annuncio\s+ufficiale"
    # Dutch, Polish
    r"|\binterne\s+mail|\bnog\s+niet\s+(?:bekend|officieel|naar\s+buiten|openbaar|aangekondigd)"
    r"|\bintern\s+(?:al\s+)?bekend|\bvertrouwelijk\w*"
    r"|\bwewnętrzn\w*\s+(?:spotkani\w*|mail\w*|dokument\w*|notatk\w*|prezentacj\w*)"
    r"|\bpoufn\w*\s+(?:dokument\w*|mail\w*|informacj\w*|notatk\w*|prezentacj\w*)"
    r"|\bjeszcze\s+nie\s+(?:ogłos\w*|oficjaln\w*|publiczn\w*)"
    + X.LEAK_LANGUAGE_MORE
    # internal documents and "not public yet" in about thirty more languages
    + f"|{I.STRONG}"
)
LEAK_LANGUAGE = KeywordGate(LEAK_LANGUAGE_SOURCE)
# An incident the company has not disclosed: an incident word and a concealment phrase.
INCIDENT = re.compile(
    r"\b(?:data\s+breach|breach|breached|ransomware|hack(?:ed)?|security\s+incident|"
    r"skimming\s+incident|data\s+leak|outage|cyber-?attack|data\s+exposure|records\s+exposed)\b"
    r"|\bdatenleck|\bfuite\s+de\s+données|\bhackerangriff|\bcyberangriff|\bpiratage|\bpiraté"
    r"|\battacco\s+(?:hacker|informatico)|\bciberataque|\bfuga\s+de\s+datos|\bvazamento\s+de\s+dados"
    r"|\bviolazione\s+dei\s+dati|\bwyciek\s+danych|\bdatalek"
    # "our PMS got hit", "guest card data may be out"
    r"|\b(?:got|was|were|been|get)\s+(?:hit|hacked|compromised|breached)\b"
    r"|\b(?:card|guest|patient|customer|member|user|personal|payment)\s+(?:data|details|records"
    r"|info)\s+(?:\w+\s+){0,2}?(?:out|exposed|stolen|leaked|compromised)\b"
)
CONCEALED = re.compile(
    r"\bnever\s+disclosed|\bnot\s+disclosed|\bhasn'?t\s+(?:notified|disclosed|told)|\btold\s+nobody"
    r"|\b(?:have|has|had)(?:n'?t|\s+not)\s+(?:told|notified|informed|disclosed|warned)"
    r"|\bnever\s+(?:told|notified|informed|warned)\s+(?:anyone|anybody|us|customers|users"
    r"|players|passengers|members|a\s+soul)|\bswept\s+(?:it\s+)?under\s+the\s+rug"
    r"|\bkeeping\s+(?:it\s+)?(?:quiet|secret)|\bcovered\s+(?:it\s+)?up|\bhaven'?t\s+been\s+told"
    r"|\bno\s+one\s+was\s+told|\bnothing\s+official|\bstill\s+hasn'?t|\bverschwiegen|\bvertuscht"
    r"|\bnie\s+gemeldet|\bnicht\s+gemeldet|\bnever\s+reported|\bsitting\s+on\s+it"
    r"|\bnunca\s+(?:lo\s+)?(?:dijeron|informaron)|\bocult(?:aron|an|ando)|\bmai\s+comunicat"
    r"|\binsabbiat\w*|\bjamais\s+signalé|\bétouff\w*|\bverzwegen|\bzatuszowa\w*"
    # a cover story: "telling patients it was 'scheduled maintenance'"
    r"|\b(?:telling|told|tell)\s+(?:the\s+)?(?:patients|customers|guests|users|members|clients"
    r"|passengers|everyone|people|the\s+public|the\s+press)\s+(?:that\s+)?it\s+(?:was|is|'s)"
    r"|\b(?:les\s+)?dicen\s+a\s+los\s+\w+\s+que|\bon\s+dit\s+aux\s+\w+\s+que"
    r"|\bdizem\s+aos\s+\w+\s+que|\bdicono\s+ai\s+\w+\s+che|\bden\s+\w+\s+(?:wird\s+)?erzählt"
    r"|\btegen\s+(?:de\s+)?\w+\s+zeggen|\bmówią\s+(?:klientom|pacjentom|gościom)"
)
