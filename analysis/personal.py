"""Health and identity details that are personal data only in context.

* identifiers after a context word: member ID, MRN, patient ID, policy number, passport,
  Versichertennummer, número de miembro, ... (the value needs at least 4 digits);
* dates of birth after DOB, date of birth, born on, fecha de nacimiento, Geburtsdatum, ...;
* a named person next to a health detail ("Carol Jensen's cancer diagnosis", "Mr. Okafor's HIV
  meds", "Frau Becker ... Krebs"); the name is what gets masked (``C*** J***``).

Someone's own health without a name ("cleared to fly after knee surgery") is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from analysis.gate import KeywordGate
from analysis.lexicon import compile_words, word_branches
from analysis.sensitive import Sensitive, mask_date, mask_identifier, mask_name

_ID_CONTEXT = re.compile(
    r"\b(?:member(?:ship)?\s*(?:id|number|no\.?|#)|mrn|medical\s+record\s+(?:number|no\.?|#)?"
    r"|patient\s*(?:id|number|no\.?|#)|policy\s*(?:number|no\.?|#)|passport(?:\s+(?:number|no\.?))?"
    r"|subscriber\s*(?:id|number)|insurance\s*(?:id|number)|health\s+card(?:\s+number)?"
    r"|nhs\s+number|medicare\s+(?:number|id)|versichertennummer|mitgliedsnummer|patientennummer"
    r"|reisepass(?:nummer)?|passnummer|número\s+de\s+(?:miembro|afiliado|socio|paciente|pasaporte"
    r"|póliza)|numéro\s+de\s+(?:membre|patient|passeport|sécurité\s+sociale|police)"
    r"|número\s+de\s+(?:sócio|utente|passaporte)|lidnummer|patiëntnummer|paspoortnummer"
    # national identity and tax numbers
    r"|dni(?=\s*[:#]?\s*\d{7,8}-?[a-z]\b)|nif|cpf|pesel|bsn|codice\s+fiscale|steuer-?id"
    r"|(?:personal)?ausweisnummer|personalausweis|national\s+(?:id|insurance)(?:\s+number)?"
    r"|id\s+card(?:\s+number)?|carte\s+d'identité|cartão\s+de\s+cidadão|sofinummer"
    r"|documento\s+de\s+identidad|numer\s+dowodu|tax\s+id|social\s+security(?:\s+number)?"
    # passports and member/patient cards in the other languages (it, pl, nl, fr, ja)
    r"|passaport[eo]|pasaporte|passeport|paszport\w*|paspoort|numero\s+(?:di\s+)?(?:tessera"
    r"|socio|paziente|passaporto|polizza)|tessera\s+sanitaria|numer\s+(?:członkowski|pacjenta"
    r"|karty|polisy|legitymacji)|lidmaatschapsnummer|polisnummer|numéro\s+d'adhérent"
    r"|(?:loyalty|rewards|frequent\s+flyer|account)\s+(?:number|no\.?|#)"
    r"|student\s*(?:id|number|no\.?|#)|matrikelnummer|número\s+de\s+(?:estudiante|aluno)"
    r"|numéro\s+(?:d'étudiant|étudiant)|numero\s+di\s+matricola|studentnummer|numer\s+indeksu"
    r")|会員番号|患者番号|診察券番号|保険証番号|被保険者番号|旅券番号|パスポート番号|マイナンバー"
)
# A value may hold single spaces or dots before a group with a digit ("FR 4410 2287 36").
_ID_VALUE = re.compile(
    # up to four short words, then a colon: "passport number into the chat: E48291763"
    r"\s*(?:(?:\s*[a-zà-ÿ]{1,12}){1,4}?\s*[:：]|:|：|#|=|is|es|ist|est|é|-|nº|n°|no\.?|n\.|は)?\s*"
    r"([A-Za-z0-9](?:[A-Za-z0-9-]|[. ](?=[A-Za-z0-9-]*\d)){4,30})(?![A-Za-z0-9])"
)
_DOB_CONTEXT = re.compile(
    r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|born\s+on|fecha\s+de\s+nacimiento"
    r"|geburtsdatum|geb\.|geboren\s+am|date\s+de\s+naissance|née?\s+le|data\s+de\s+nascimento"
    r"|geboortedatum|nacid[oa]\s+el|born|data\s+di\s+nascita|nat[oa]\s+il|data\s+urodzenia"
    r"|urodzon[aey]|geboren\s+op)|生年月日|誕生日"
)
_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli"
    r"|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre)\w*"
)
_DATE_VALUE = re.compile(
    # up to two short words between ("birth date, typed 07/11/1985")
    r"\s*(?::|：|is|es|ist|est|é|-|は)?(?:[,;]?\s*[a-zà-ÿ]{1,12}){0,2}?[,;:]?\s*\(?("
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    rf"|\d{{1,2}}\.?\s+{_MONTHS}\.?\s+\d{{4}}|{_MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}})",
    re.I,
)
# Health words, one ``\b...\b`` branch each (``lexicon.compile_words`` form): the gate keys
# every branch by its first letters, so most posts are told apart by one trie search.
_HEALTH_WORDS = (
    r"cancer chemo\w* diabet\w* seizures? epilep\w* hiv aids pregnan\w* miscarriage depress\w* "
    r"bipolar schizophren\w* psychiatr\w* rehab overdose\w* dementia alzheimer\w* icu "
    r"intensive\s+care dialysis tumou?rs? stroke heart\s+attack hepatitis diagnos\w* "
    r"antidepressants? mental\s+health autis\w* terminal(?:ly)?\s+ill std stds "
    r"krebs schwanger\w* intensivstation psychiatrie fehlgeburt enceinte diabète dépression "
    r"sida cáncer embarazada depresión vih kanker zwanger câncer grávida hiv-positiv\w* "
    # compounds and the other languages (de, it, pl, nl, pt, fr, es)
    r"demenz cukrzyc\w* nowotw\w* ciąż\w* rak raka rakiem padaczk\w* depresj\w* "
    r"dializ\w* udar\w* zawał\w* cancro tumore incinta diabete epiless\w* ictus demenza "
    r"dialisi diabetes suikerziekte dementie epileps\w* beroerte hartaanval diabète épileps\w* "
    r"démence grossesse démência gravidez diálise derrame embarazo diálisis infarto leucem\w* "
    r"leukäm\w* leukemi\w* białaczk\w* concussion gehirnerschütterung conmoción concussão "
    r"commozione surgery wheelchair rollstuhl fractur\w* hüft-op knie-op operiert "
    r"broke\s+(?:his|her)\s+(?:wrist|arm|leg|hip|ankle|back)"
)
_HEALTH_SOURCE = word_branches(
    _HEALTH_WORDS,
    "krebs|tumor",  # also inside compounds: "Brustkrebs", "Hirntumor"
)
_HEALTH = compile_words(_HEALTH_SOURCE)
_HEALTH_GATE = KeywordGate(_HEALTH_SOURCE)  # most posts hold no health word: one trie search
_UP = "[A-ZÀ-ÝĀ-Ž]"  # Latin-1 and Latin Extended-A capitals (Zieliński, Łukasz)
_LOW = "[a-zà-ÿā-ž'-]"
_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Frau|Herr|Mme|Mlle|Sr|Sra|Señor|Señora|Dhr|Mevr|Pan|Pani"
    r"|Signor|Signora|Sig|Sig\.ra|Dona|Senhor|Senhora|Monsieur|Madame|Meneer|Mevrouw)\.?\s+"
    rf"{_UP}{_LOW}+|{_UP}{_LOW}+\s+{_UP}{_LOW}+)"
)
# Capitalized words that start sentences or name organisations, places and products.
_NOT_NAMES_TEXT = (
    "the my our this that his her their i we a an dear hi hello happy merry thank thanks air "
    "airlines airline bank health hospital clinic university mutual plan group inc corp "
    "pharma hotels hotel county district school street avenue center centre medical "
    "insurance care foundation logistics legal steel catering team support services service "
    "line app store market markt city state north south east west new saint st san santa los "
    "las la le el monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december breaking update "
    "heard saw why when what how just also still no yes ok omg lol pls please is are was "
    "were can cant don't die der das ein eine und mein meine unser cancer hiv icu diabetes"
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_WINDOW = 60
_DIGITS = re.compile(r"\d{4}")


def _names_near_health(text: str, low: str, ignore: Collection[str]) -> list[Sensitive]:
    found = []
    if not _HEALTH_GATE.maybe(low):
        return []
    health = [m.span() for m in _HEALTH.finditer(low)]
    if not health:
        return []
    for m in _NAME.finditer(text):
        words = [w.lower().strip("'.") for w in m.group().split()]
        if any(w in _NOT_NAMES or w in ignore for w in words):
            continue
        near = any(h_start - _WINDOW < m.end() and m.start() < h_end + _WINDOW
                   for h_start, h_end in health)  # fmt: skip
        if near:
            found.append(
                Sensitive(
                    "personal_data", "pii.health_named_person", *m.span(), mask_name(m.group())
                )
            )
    return found


def find_personal_context(text: str, ignore_words: Collection[str] = ()) -> list[Sensitive]:
    """Find identifiers, dates of birth and named people with health details in cleaned text.

    Args:
        text: cleaned text (``analysis.text.clean_text``).
        ignore_words: lowercase words that are never a person's name (the company's names,
            customers and code names).

    Returns:
        Spans (possibly overlapping other detectors'), each with its value masked.
    """
    low = text.lower()
    found = []
    if _DIGITS.search(text):
        for ctx in _ID_CONTEXT.finditer(low):
            v = _ID_VALUE.match(text, ctx.end())
            if v and sum(c.isdigit() for c in v.group(1)) >= 4:
                start, end = v.span(1)
                masked = text[ctx.start() : start] + mask_identifier(v.group(1))
                found.append(Sensitive("personal_data", "pii.member_id", ctx.start(), end, masked))
        for ctx in _DOB_CONTEXT.finditer(low):
            v = _DATE_VALUE.match(text, ctx.end())
            if v:
                start, end = v.span(1)
                masked = text[ctx.start() : start] + mask_date(v.group(1))
                found.append(
                    Sensitive("personal_data", "pii.date_of_birth", ctx.start(), end, masked)
                )
    if len(low) == len(text):  # offsets of the lowercased text must match the original's
        found += _names_near_health(text, low, ignore_words)
    return found
