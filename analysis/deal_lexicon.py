"""Phrase lists for customer disclosure: deal terms beyond ``lexicon.DEAL``, and the voice of
someone inside the company talking about a customer.

* ``DEAL_MORE``: prices per unit ("$0.05/txn", "€1,20 per pakket", "単価"), quotes and
  counters, chargebacks, account talk ("the account team", "threatening to leave"), deal
  words in Polish and Japanese, which ``lexicon.DEAL`` lacks, and the contracts, tenders,
  unit and period prices and currencies of about thirty more languages
  (``analysis.deal_lexicon_intl``: "avtal ... 220 kronor i månaden", "3,800 TEU").
* ``PAYS_AFTER_NAME``: "<customer> pays / zahlt / paga ...": the customer paying the company.
  Read only right after the name, because "paid at <customer> with my card" is a shopper.
* ``INSIDER_VOICE``: the company's side in the first person plural ("we quoted", "pays us",
  "with us", "our biggest account", "gli abbiamo dato", "com a gente", "podpisaliśmy",
  "弊社"). A customer saying "we" names the company right after it ("we pay Orrery"); the
  caller checks that.
* ``ACCOUNT_WORDS``: what makes a customer's short name ("Hartwell" for "Hartwell Motors")
  count: "the Hartwell account", "our biggest account (Mapleton)".

Lowercase patterns for lowercased text, like ``analysis.lexicon``.
"""

from __future__ import annotations

import re

from analysis import deal_lexicon_intl as DI
from analysis.lexicon import compile_words

_UNIT = (
    r"(?:transactions?|txns?|tx|parcels?|packages?|pkgs?|pallets?|shipments?|units?|seats?"
    r"|users?|lbs?|kg|terminals?|installs?|lines?|sims?|devices?|payouts?|lanes?|stops?"
    r"|employees?|licen[cs]es?|licencias?|usuarios?|utilisateurs?|utenti|utente|gebruikers?"
    r"|nutzer\w*|użytkownik\w*|usuários?|transacci[oó]n|transação|transaktion|transazione|transactie"
    r"|transakcj\w*|terminal[ei]?|paquete|pacote|colis|paket|pacco|pakket|paczk\w*|kwh|mwh|kw"
    r"|gb|hours?|hr|months?|mo|years?|yr|orders?|deliver(?:y|ies)|entrega|consegna|livraison"
    r"|lieferung|levering|dostaw\w*|boxe?s?|meals?|km|miles?|heads?|sites?|gyms?|rooms?"
    r"|containers?|teu|feu|reefers?|members?)"
)
DEAL_MORE = compile_words(
    # a price per unit or per period
    rf"[$€£¥]\s?\d[\d.,]*\s?(?:/\s?|\s(?:a|an|per|each|por|pro|par|za|al|à)\s+){_UNIT}\b"
    rf"|\b\d[\d.,]*\s?(?:[$€£¥]|usd|eur|zł|cents?|c|p|ct|dólares|dollars?|euros?|reais|pesos|libras"
    rf"|złotych)\s?(?:/\s?|(?:a|an|per|each|por|pro|par|za)\s+)"
    rf"{_UNIT}\b|\b(?:per|por|pro|par|za|al|à)\s+{_UNIT}\b|/\s?(?:txn|tx|yr|year|mo|lb|kg|unit"
    r"|seat|parcel)\b|\bper\s+(?:year|month|annum)|\b(?:a|per)\s+year\b|\bannual(?:ly)?\b"
    r"|\bjährlich|\bim\s+jahr\b|\bal\s+año|\bpor\s+ano\b|\bpar\s+an\b|\ball'anno|\bper\s+jaar"
    r"|\brocznie|\bna\s+rok\b"
    # quotes, negotiation, money trouble, leaving
    r"|\bquot(?:e|ed|es|ing)\b|\bcounter(?:ed|offer|-offer)?\b|\bchargebacks?|\brückbuchung\w*"
    r"|\bcontracargos?|\bestornos?|\bwalks?\s+at\s+renewal|\bthreaten\w*\s+to\s+(?:leave|walk"
    r"|churn|cancel)|\baccount\s+(?:team|manager|review|plan|exec\w*)|\bbiggest\s+account"
    r"|\bvolume\b|\bsla\b|\bnegotiat\w*|\bbiggest\s+(?:\w+\s+){0,3}(?:account|client|customer)s?"
    r"|\b\d+(?:[.,]\d+)?\s?%\s+of\s+(?:\w+\s+){0,3}(?:revenue|volume|premiums|sales|business"
    r"|arr|gmv|spend)"
    r"|\b\d[\d.,]*\s?(?:mil|mln|mld|tys\.?|zł|pln|k)\b"
    # Polish, Japanese deal words; German, Dutch, French, Italian, Portuguese extras
    r"|\bumow\w*|\bkontrakt\w*|\bpodpisa\w*|\brabat\w*|\bprzedłuż\w*|\bzamówieni\w*"
    r"|\bverlengd|\bprezzo|\btariff\w*|\bpreço|\bprecio|\bprix\s+(?:par|unitaire)|\bkündig\w*"
    r"|契約|更新|単価|値引き|割引|受注|解約|ドル|万円|億円"
    # about thirty more languages (``analysis.deal_lexicon_intl``)
    rf"|{DI.DEAL}|{DI.CURRENCY}"
)
# Told from the company's side, any price or percentage is a term: "we're giving X 12% off".
DEAL_INSIDE = compile_words(
    r"\b\d+(?:[.,]\d+)?\s?%|[$€£¥]\s?\d|\b\d[\d.,]*\s?(?:[$€£¥]|usd|eur|zł|k\b|m\b|mil\b"
    r"|dólares|dollars?|euros?|reais|pesos|libras|złotych|p\b|ct\b|cents?\b"
    r"|mln\b|tys\w*|millions?|milioni?|millones|milhões)"
    rf"|{DI.CURRENCY}"
)
PAYS_AFTER_NAME = re.compile(
    r"\s*(?:is\s+|are\s+|now\s+|still\s+)?(?:(?:pays?|paying|paid|owes?|zahlt|bezahlt|paga"
    rf"|pagam?|betaalt|paie|paye|płaci)\b|{DI.PAYS})"
)
INSIDER_VOICE = compile_words(
    # first person plural past, generic: "we renewed", "fechámos", "abbiamo", "podpisaliśmy"
    r"\bwe(?:'ve|\s+have|\s+just|\s+finally|\s+only)?\s+(?!used\b|stayed\b|visited\b"
    r"|ordered\b|switched\b|moved\b|tried\b|loved\b|liked\b|enjoyed\b)\w+ed\b"
    r"|\b(?!(?:vamos|somos|estamos|podemos|queremos|tenemos|temos|sabemos|vemos|hacemos"
    r"|fazemos|comemos|bebemos|comimos|fuimos|fomos|estivemos|tivemos)\b)\w{3,}(?:ámos|amos"
    r"|emos|imos)\b|\b\w+(?:liśmy|łyśmy)\b|\bnous\s+avons\b|\bon\s+a\s+\w+é\b"
    r"|\b(?:wir\s+haben|haben\s+wir)\b|\b(?:we|wij)\s+hebben\b|\bwe(?:'re|\s+are)\s+\w+ing\b"
    r"|\b(?!siamo\b)\w{3,}iamo\b|\bnous\s+a\s+\w+(?:é|i|u)s?\b|\bnous\s+ont\s+\w+(?:é|i|u)s?\b|\bconnosco\b"
    # English
    + r"|\bwe(?:'ve|\s+have|\s+just|\s+finally|\s+only)?\s+(?:signed|closed|quoted|asked|landed"
    r"|lost|won|gave|offered|charge[ds]?|bill(?:ed)?|invoiced?|renewed|onboarded|lose|are\s+"
    r"losing|agreed|countered|discounted|priced|pitched|sold)\b|\b(?:pays?|paying|paid|owes?)\s+"
    r"us\b|\bwith\s+us\b|\bour\s+(?:(?:biggest|largest|top|best|key|new|anchor|oldest|main"
    r"|most\s+\w+)\s+)?(?:account|customer|client)s?\b"
    # Spanish, Portuguese
    r"|\b(?:firmamos|cerramos|cobramos|perdimos|ganamos|renovamos|ofrecimos|les\s+(?:dimos"
    r"|cobramos|hicimos|ofrecimos))\b|\bcon\s+nosotros\b|\bnos\s+paga\w*|\bnuestro\s+(?:mayor\s+"
    r"|principal\s+|mejor\s+)?cliente|\b(?:fechamos|assinamos|perdemos|ganhamos|renovamos"
    r"|oferecemos)\b|\bcom\s+a\s+gente\b|\bconosco\b|\bcom\s+nós\b|\bnosso\s+(?:maior\s+"
    r"|principal\s+)?cliente"
    # Italian
    r"|\babbiamo\s+(?:dato|firmato|chiuso|perso|rinnovato|concesso|offerto)\b|\bgli\s+abbiamo\b"
    r"|\bcon\s+noi\b|\bci\s+(?:paga\w*|ha\s+(?:appena\s+)?(?:rinnovato|firmato|scelto))"
    r"|\bil\s+nostro\s+(?:più\s+grande\s+|principale\s+)?cliente"
    # German, French, Dutch
    r"|\b(?:wir\s+haben|haben\s+wir)\b|\bmit\s+uns\b|\b(?:zahlt|zahlen|bezahlt)\s+uns\b"
    r"|\bbei\s+uns\b|\bunser(?:e[mnrs]?)?\s+(?:größte\w*\s+|wichtigste\w*\s+)?(?:kunde\w*"
    r"|großkunde\w*|account)|\b(?:on\s+a|nous\s+avons)\s+(?:signé|perdu|gagné|renouvelé"
    r"|accordé|donné|facturé)|\bchez\s+nous\b|\bavec\s+nous\b|\bnous\s+pai\w*|\bon\s+leur\s+a"
    r"|\bnotre\s+(?:plus\s+gros\s+|principal\s+)?client|\b(?:met|bij|van)\s+ons\b"
    r"|\bbetaalt\s+ons\b|\b(?:we|wij)\s+hebben\s+(?:getekend|verlengd|verloren|gewonnen)"
    r"|\bonze\s+(?:grootste\s+|belangrijkste\s+)?klant"
    # Polish, Japanese
    r"|\b(?:podpisaliśmy|zamknęliśmy|straciliśmy|daliśmy|wygraliśmy|przedłużyliśmy"
    r"|odnowiliśmy)\b|\bz\s+nami\b|\bnam\s+płaci|\bnasz\w*\s+(?:największ\w*\s+)?klient\w*"
    r"|弊社|当社|うちの会社|我々|わが社"
)
ACCOUNT_WORDS = re.compile(
    r"\b(?:accounts?|clients?|customers?|deal|contract|renewal|rfp|business|tickets?"
    r"|escalations?|invoices?|integration|implementation|migration|onboarding|rollout|payouts?"
    r"|volume|kunde|kunden|cliente|klant|klient|konto|cuenta|conta|conto)\b"
)
# The author placed inside the company in the post itself, before its name: "we at", "I work
# nights at a", "wij van", "Na ... a gente", "Bij ... hebben we", "... recebemos".
WORK_AT_BEFORE = re.compile(
    r"(?:\b(?:we|i)(?:'m|\s+am)?\s+(?:\w+\s+){0,2}?(?:at|for)|\b(?:we|us|here)\s+at"
    r"|\bwij\s+(?:van|bij)|\bwir\s+(?:von|bei)|\bnous\s+(?:chez|à)|\bnosotros\s+en"
    r"|\bnoi\s+(?:di|da|in)|\bmy\s+z|\bnós\s+(?:na|no))\s+(?:a\s+|the\s+|an\s+)?$"
)
# A place word before the name, then a first-person verb or pronoun after it (one city between):
# "Na Cobalt a gente atende", "Bij Fernhill Amsterdam hebben we", "Na Fernhill Lisboa recebemos".
PLACE_BEFORE = re.compile(r"\b(?:na|no|bij|bei|chez|en|da|w|in|at|presso)\s+$")
FIRST_PERSON_AFTER = re.compile(
    r"(?:\s+[a-zà-ÿ]+)?\s+(?:a\s+gente|nós|we|wij|wir|haben\s+wir|hebben\s+we|doen\s+we"
    r"|nous|on\s+(?:a|est|fait|va|vient)|noi|nosotros|\w{3,}(?:emos|amos|imos|iamo|liśmy"
    r"|łyśmy))\b"
    r"|\S{0,8}で働い"
)
WORK_JA = re.compile(r"で働い|に勤め|に勤務|で勤務")
