"""Phrase lists the spin and customer rules read, in English, German, French, Spanish,
Portuguese, Italian, Dutch and Polish, and the regex helpers every word list uses.

The confidential-information phrases live in ``analysis.leaks``; the HR lists (who is an
employee, disparagement, job hunting) in ``analysis.hr_lexicon`` and ``analysis.job_lexicon``.

Every pattern is lowercase and runs case-sensitively on lowercased text
(``analysis.text.lower_keep_offsets``), which is several times faster than ``re.IGNORECASE``
and keeps offsets. Patterns that need the company's name are built per profile in
``analysis.employees``; the ones here are company-independent.

Lists are deliberately phrase-level ("boycott", "never again"), not single words: a single
word ("toxic", "hiring", "internal") is too often harmless.
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


def word_branches(phrases: str, *unbounded: str) -> str:
    """A ``compile_words`` source: each space-separated phrase as a ``\\b...\\b`` branch.

    ``unbounded`` are alternations added as they are (Japanese, compound parts). One branch per
    phrase is what ``analysis.gate.KeywordGate`` keys, so most posts are told apart by a
    single trie search.
    """
    return "|".join([rf"\b{phrase}\b" for phrase in phrases.split()] + list(unbounded))


# --- negative spin -------------------------------------------------------------------------

# Framing that spreads, one ``\\b...\\b`` branch per phrase (``compile_words`` form), so that
# ``analysis.spin_rules`` can also search it behind a keyword gate.
_FRAMING_PHRASES = (
    r"scam(?:s|med|mers?)? boycott\w* lawsuits? sue suing sued fraud\w* class[\s-]action "
    r"ponzi rip[\s-]?offs? ripped\s+(?:us\s+|me\s+)?off stole stealing theft crooks? "
    # German, French, Spanish, Portuguese, Dutch
    r"betrug\w* betrüger\w* abzocke\w* abgezockt boykott\w* sammelklage verklag\w* "
    r"arnaque\w* escroc\w* escroquerie boycotter fraude\w* voleurs? "
    r"estafa\w* boicot\w* timo ladrones demanda\s+colectiva "
    r"golpe golpistas? boicote oplicht\w* rechtszaak truff\w* fregatura boicott\w* denuncia\w* "
    r"a\s+con con\s+artists? "
    # thieves and robbery in eight languages; German "zockt ... ab" is a separable verb
    r"thie(?:f|ves) robbers? robbing robbery extort\w* criminals diebe? ladrões ladri "
    r"złodzie\w* dieven oszu[sś]\w* oszukuj\w* naciąga\w* bojkot\w* pozew "
    r"zockt\s+(?:\w+\s+){0,6}?ab "
    # Swedish, Turkish; "burla" (pt, es); a call to delete the app
    r"bedrägeri\w* bedragare bluff lurendrej\w* bojkott\w* dolandırıcı\w* sahtekar\w* boykot\w* "
    r"burla\w* delete\s+(?:the|their|this)\s+app uninstall\s+(?:the|their|this)\s+app "
    # accusations that travel: "falsifies records", "accused of", in English
    r"falsif(?:y|ies|ied|ying) accused\s+of "
    # Dutch one-t boycott; Greek, Romanian, Czech/Slovak, Hungarian, Finnish, Danish/Norwegian
    r"boycot\w* απάτη απατεώνες απατεώνας μποϊκοτάζ κλέφτες "
    r"țeapă țepari escroc(?:i|herie) fraudă boicot(?:ați)? hoți "
    r"podvod\w* podvodníci zloději bojkot\w* "
    r"átver\w* csaló\w* csalás bojkott\w* "
    r"huijau\w* huijari\w* boikot\w* "
    r"svindel\w* svindlere boykot\w* tyve "
    # Russian, Ukrainian; Vietnamese, Indonesian, Tagalog
    r"мошенни\w* шахра\w* развод бойкот\w* "
    r"lừa\s+đảo tẩy\s+chay penipu\w* penipuan boikot manloloko panloloko"
)
FRAMING_SOURCE = word_branches(
    _FRAMING_PHRASES,
    # Japanese (no word boundaries): fraud, rip-off, lawsuit, boycott, thief
    "詐欺|ぼったくり|集団訴訟|訴訟|不買|ボイコット|泥棒",
    # Chinese: swindlers, fraud, boycott, "avoid this mine", black-hearted, rip-off
    "骗子|诈骗|詐騙|欺诈|欺詐|抵制|避雷|黑心|坑人|坑钱",
    # Korean: fraud, boycott, lawsuit, thief
    "사기|불매|소송|도둑",
)
FRAMING = compile_words(FRAMING_SOURCE)
# Framing that is not aimed at the company: its fraud team, impostors, a denied accusation.
FRAMING_MITIGATED = re.compile(
    r"\bfraud\s+(?:team|unit|department|protection|detection|alerts?\s+(?:from|by))"
    r"|\b(?:scam|fraud|phishing)\w*\s+(?:texts?|calls?|e-?mails?|messages?|sites?|accounts?)\s+"
    r"(?:pretending|claiming|posing|impersonating)|\bpretending\s+to\s+be\b|\bimpersonat\w*"
    # "the people cold-calling as 'X engineers'": impostors, named in quotes
    r"|\b(?:calling|cold-calling|knocking|posing|turning\s+up|showing\s+up)\s+(?:\w+\s+)?as\s+['\"‘“]"
    r"|\b(?:will\s+)?never\s+(?:dm|text|call|e-?mail|ask)\s+you"
    r"|\bfake\s+['\"‘“]?[\w@]+(?:\s+[\w@]+)?['\"’”]?\s+(?:gift|account|page|site|giveaway|scam|texts?|sms"
    r"|messages?|e-?mails?|calls?|apps?|offers?|links?)|\bphishing\b"
    r"|\bnot\s+a\s+scam\b|\ba\s+(?:scam|fraud)\?\s*no\b|\breport(?:ing|ed)?\s+a\s+scam"
    # "not a scam" in other languages: the framing word denied
    r"|\bn'est\s+pas\s+une\s+arnaque|\bce\s+n'est\s+pas\s+(?:une\s+)?(?:arnaque|escroquerie)"
    r"|\bno\s+(?:es|son)\s+(?:una\s+)?(?:estafa|timo|fraude)|\bnão\s+é\s+(?:um\s+)?golpe"
    r"|\bnão\s+(?:é|são)\s+(?:uma\s+)?(?:fraude|burla)|\bnon\s+è\s+una\s+truffa"
    r"|\bist\s+kein(?:e)?\s+(?:betrug|abzocke)|\bis\s+geen\s+oplicht\w*"
    r"|\bnie\s+(?:jest|są)\s+(?:żadn\w+\s+)?oszust\w*|\bto\s+nie\s+(?:żadne\s+|jest\s+)?oszust\w*"
    r"|\bär\s+inte\s+(?:något\s+)?(?:bedrägeri|bluff)|\bδεν\s+είναι\s+απάτη"
    r"|\b(?:dolandırıcı\w*|sahtekar\w*)\s+(?:olan\s+)?(?:[\w,]+\s+){0,3}\w+\s+değil"
    r"|\bnu\s+(?:e|este)\s+(?:o\s+)?țeapă|\bnení\s+podvod|\bnem\s+átverés"
    # impostors in other languages: fake profiles and accounts, "poses as X"
    r"|\b(?:perfil(?:es)?|cuentas?|contas?|páginas?)\s+fals[oa]s?\b|\bse\s+hace\s+pasar\s+por"
    r"|\bfaux\s+(?:compte|profil)s?|\bse\s+fait\s+passer\s+pour|\bfalsche[snr]?\s+(?:konto|profil)"
    r"|\bgibt\s+sich\s+als\b|\b(?:account|profil[oi])\s+fals[oi]|\bspacciandosi\s+per"
    r"|\bnep-?(?:account|profiel)|\bfałszyw\w+\s+(?:konto|konta|profil\w*)|\bpodszywa\w*"
    r"|\bfalska\s+(?:konto|konton|profiler)|\bsahte\s+(?:\w+\s+)?(?:hesa[pb]\w*|profil\w*|iş\s+ilan\w*)"
    r"|\bψεύτικ\w+\s+(?:προφίλ|λογαριασμ\w*)|假冒|冒充|冒名|가짜\s*계정|사칭"
    # "has nothing to do with it" in other languages
    r"|\bnada\s+(?:que|a)\s+ver\b|\brien\s+à\s+voir\b|\bnichts\s+(?:damit\s+)?zu\s+tun"
    r"|\bniente\s+a\s+che\s+(?:fare|vedere)|\bniets\s+(?:mee\s+)?te\s+maken"
    r"|\bnic\s+wspólnego|\bhiçbir\s+ilgisi|\binget\s+med\s+\w+\s+att\s+göra"
    r"|\b(?:the|a)\s+(?:real\s+)?(?:scam|fraud)\w*(?:\s+here)?,?\s+not\s+(?:the|them|us|our)\b"
    r"|\bspot\s+(?:a\s+)?scams?\b|\b(?:against|another|other)\s+(?:a\s+|an\s+|some\s+)?"
    r"(?:other\s+)?(?:bank|airline|company|insurer|brand|store|competitor|publisher|studio"
    r"|telecom|carrier|operator|provider|retailer|firm)s?\b"
    r"|\bagainst\s+(?:a\s+|an\s+|another\s+|some\s+|the\s+)?(?:rival|competing|competitor)"
    r"|\bbetrugsversuch|\btentative\s+d'arnaque|\bintento\s+de\s+(?:fraude|estafa)"
    r"|\b(?:beware|watch\s+out)\s+(?:of|for)\s+(?:scam|fake|fraudulent)"
    r"|\b(?:scam|fake|fraudulent)\s+(?:sites?|stores?|shops?|ads?|listings?|accounts?)\b"
    r"|\bno\s+scams?\b|\bnot\s+involved\b|\bnothing\s+to\s+do\s+with\b"
    # another party named: "(no relation to Acme)", "texts ... are NOT from Acme. Don't click."
    r"|\b(?:no\s+relation\s+to|not\s+affiliated\s+with|unrelated\s+to|not\s+(?:sent\s+)?from"
    r"|nicht\s+von|nichts\s+mit|sin\s+relación\s+con|no\s+(?:son|es|vienen?)\s+de"
    r"|sans\s+(?:rapport|lien)\s+avec|ne\s+viennent?\s+pas\s+de|sem\s+relação\s+com"
    r"|não\s+(?:são|é|vêm?)\s+d[aeo]|geen\s+relatie\s+met|niet\s+van|nessun\s+legame\s+con"
    r"|non\s+(?:sono|è|vengono)\s+da|niezwiązan\w*|nie\s+(?:są|jest)\s+od)\b"
    r"|\b(?:don'?t|do\s+not|never)\s+click|\bnicht\s+klicken|\bne\s+cliquez|\bno\s+hagas\s+clic"
    r"|\bnão\s+cliqu|\bnon\s+cliccare|\bniet\s+klikken|\bnie\s+klikaj"
    r"|なりすまし|偽(?:の)?(?:メール|サイト|sms|ショートメール)|詐欺(?:メール|サイト|電話|sms)"
)
THANKS = re.compile(
    r"\b(?:thank\s+you|thanks|thx|danke|merci|gracias|obrigad[oa]|bedankt|grazie|dzięki"
    r"|dziękuj\w*|shout\s*-?outs?|kudos|props\s+to|hats\s+off|chapeau|complimenti|parabéns"
    r"|felicidades|pluim)\b|🙏|❤️|💙|ありがとう|感謝"
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
# Leetspeak inside a word ("sc4m", "sc@m", "fr4ud"): digits and symbols standing for letters.
_LEET_WORD = re.compile(r"(?<![\w@$])(?=[\w@$]*[a-z])(?=[\w@$]*[013457@$])[\w@$]{3,20}")
_LEET = str.maketrans("013457@$", "oieastas")


_LEET_HINT = re.compile(r"[a-z][013457@$]+[a-z]")  # a digit or symbol inside a word


def unleet(low: str) -> str:
    """``low`` with leetspeak words spelled out ("sc4m" -> "scam"); offsets are unchanged."""
    if not _LEET_HINT.search(low):
        return low
    return _LEET_WORD.sub(lambda m: m.group().translate(_LEET), low)


# Grievances a lexicon scorer reads as neutral: refunds refused, plans renewed or changed without
# notice, cut staffing, "deserve better", an investigation's finding. With reach, they are spin.
GRIEVANCE = re.compile(
    r"\b(?:refus\w*\s+(?:every|all|any|my|our|the|a)?\s*refunds?|no\s+refunds?|won'?t\s+refund"
    r"|auto-?renew\w*|hidden\s+fees?|overcharg\w*|(?:with\s+)?no\s+(?:notice|warning)"
    r"|without\s+(?:any\s+)?(?:notice|warning)|overnight\s+with|deserves?\s+better"
    r"|cut(?:ting|s)?\s+(?:\w+\s+)?(?:staff\w*|corners|nurses?|jobs)|understaff\w*"
    r"|short-?staffed|(?:our|an?)\s+investigation|investigation\s+(?:finds|found|reveals?)"
    r"|no\s+(?:physician|doctor|nurse|staff)\s+on\s+site|clown\w*|joke\s+of\s+a|predatory"
    r"|check\s+your\s+(?:card|bank)\s+statements?|whatever\s+keeps"
    r"|keine\s+erstattung|ohne\s+(?:vor)?ankündigung|unterbesetzt|personal\s+kürz\w*"
    r"|sans\s+préavis|aucun\s+remboursement|en\s+sous-effectif|sin\s+(?:previo\s+)?aviso"
    r"|no\s+(?:devuelven|reembolsan)|sin\s+reembolso|sem\s+aviso|sem\s+reembolso"
    r"|senza\s+preavviso|nessun\s+rimborso|zonder\s+(?:aankondiging|waarschuwing)"
    r"|geen\s+terugbetaling|onderbezet|bez\s+uprzedzenia|brak\s+zwrotu|nie\s+zwracaj\w*"
    r"|disconnect(?:ed|ions?)|cut\s+off\s+(?:during|in|for|without|mid))\b"
    r"|解約できない|返金(?:も|は)?(?:ない|なし|しない)|予告なし|人手不足"
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
    r"|getekend|korting|aanbesteding"
    # "a 5-year commit", "moved all 140 stores over to X", "switched its fleet to X"
    r"|\d+[\s-]?(?:year|yr|month)\s+(?:commit\w*|contract|deal|term|agreement)"
    r"|moved\s+(?:all\s+|its\s+|their\s+)?(?:\d+\s+)?(?:\w+\s+)?over\s+to"
    r"|switched\s+(?:all\s+|its\s+|their\s+)(?:\d+\s+)?\w+\s+(?:over\s+)?to)\b"
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
