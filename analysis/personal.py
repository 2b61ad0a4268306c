"""Health and identity details that are personal data only in context.

* identifiers after a context word: member ID, MRN, patient ID, policy number, passport,
  Versichertennummer, número de miembro, ... (the value needs at least 4 digits);
* dates of birth after DOB, date of birth, born on, fecha de nacimiento, Geburtsdatum, ...;
* a named person next to a health detail ("Carol Jensen's cancer diagnosis", "Mr. Okafor's HIV
  meds", "Frau Becker ... Krebs", "Η συνάδελφος Μαρία Κωνσταντίνου έχει καρκίνο",
  "佐藤さんが入院", "김민수 씨가 입원"); the name is what gets masked (``C*** J***``).
  A single given name counts with a cue that it is a person: a relation before it ("my
  coworker Dave", "mi compañero Iker"), a get-well wish ("keep Martin in your thoughts"),
  "Omar's hernia", or a verb after it mid-sentence ("heard that Priya has a herniated disc").
  Health words and the cues in thirty languages are in ``analysis.health_lexicon``.

Someone's own health without a name ("cleared to fly after knee surgery") is not flagged.
National identity numbers with a checksum are ``analysis.national_ids``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from analysis import health_lexicon as HL
from analysis.gate import KeywordGate
from analysis.lexicon import compile_words, word_branches
from analysis.sensitive import Sensitive, mask_date, mask_identifier, mask_name
from analysis.text import lower_keep_offsets

_ID_CONTEXT = re.compile(
    r"\b(?:member(?:ship)?\s*(?:id|number|no\.?|#)|mrn|medical\s+record\s+(?:number|no\.?|#)?"
    r"|patient\s*(?:id|number|no\.?|#)|policy\s*(?:number|no\.?|#)|passport(?:\s+(?:number|no\.?))?"
    r"|subscriber\s*(?:id|number)|insurance\s*(?:id|number)|health\s+card(?:\s+number)?"
    r"|nhs\s+number|medicare\s+(?:number|id)|versichertennummer|mitgliedsnummer|patientennummer"
    r"|reisepass(?:nummer)?|passnummer|número\s+de\s+(?:miembro|afiliado|socio|paciente|pasaporte"
    r"|póliza)|numéro\s+de\s+(?:membre|patient|passeport|sécurité\s+sociale|police)"
    r"|número\s+de\s+(?:sócio|utente|passaporte)|lidnummer|patiëntnummer|paspoortnummer"
    # identity and tax numbers without a checksum here (``analysis.national_ids`` validates
    # PESEL, BSN, codice fiscale, NINO, My Number and the others it lists)
    r"|dni(?=\s*[:#]?\s*\d{7,8}-?[a-z]\b)|nif|cpf|steuer-?id"
    r"|(?:personal)?ausweisnummer|personalausweis|national\s+id(?:\s+number)?"
    r"|id\s+card(?:\s+number)?|carte\s+d'identité|cartão\s+de\s+cidadão"
    r"|documento\s+de\s+identidad|numer\s+dowodu|tax\s+id|social\s+security(?:\s+number)?"
    # passports and member/patient cards in the other languages (it, pl, nl, fr, ja)
    r"|passaport[eo]|pasaporte|passeport|paszport\w*|paspoort|numero\s+(?:di\s+)?(?:tessera"
    r"|socio|paziente|passaporto|polizza)|tessera\s+sanitaria|numer\s+(?:członkowski|pacjenta"
    r"|karty|polisy|legitymacji)|lidmaatschapsnummer|polisnummer|numéro\s+d'adhérent"
    r"|(?:loyalty|rewards|frequent\s+flyer|account)\s+(?:number|no\.?|#)"
    r"|student\s*(?:id|number|no\.?|#)|matrikelnummer|número\s+de\s+(?:estudiante|aluno)"
    r"|numéro\s+(?:d'étudiant|étudiant)|numero\s+di\s+matricola|studentnummer|numer\s+indeksu"
    r")|会員番号|患者番号|診察券番号|保険証番号|被保険者番号|旅券番号|パスポート番号"
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
# Health words (``analysis.health_lexicon``), one ``\b...\b`` branch each (``compile_words``
# form): the gate keys every branch by its first letters, so most posts are told apart by one
# trie search.
_HEALTH_WORDS = HL.HEALTH_WORDS
_HEALTH_SOURCE = word_branches(_HEALTH_WORDS, *HL.HEALTH_UNBOUNDED)
_HEALTH = compile_words(_HEALTH_SOURCE)
_HEALTH_GATE = KeywordGate(_HEALTH_SOURCE)  # most posts hold no health word: one trie search
_HEALTH_SCRIPT = re.compile("|".join(HL.HEALTH_SCRIPTS))
_OTHER_SCRIPT = re.compile(
    r"[\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
# Capitals and letters of the Latin (with Extended-A/B and Vietnamese), Greek and Cyrillic
# scripts: "Zieliński", "Nguyễn", "Μαρία Κωνσταντίνου", "Ольга Иванова".
_UP = "[A-ZÀ-ÝĀ-Žƀ-ɏḀ-ỿΆΈ-ΏΑ-ΩЁ-ЯҐ]"
_LETTER = "a-zà-ÿā-žƀ-ɏḁ-ỿά-ώϊϋΐΰα-ωё-џа-яґ"
_LOW = f"[{_LETTER}'-]"
_TITLES = (
    r"Mr|Mrs|Ms|Miss|Dr|Frau|Herr|Mme|Mlle|Sr|Sra|Señor|Señora|Dhr|Mevr|Pan|Pani|Signor|Signora"
    r"|Sig|Sig\.ra|Dona|Senhor|Senhora|Monsieur|Madame|Meneer|Mevrouw|κ|κα|κυρία|κύριος|Δρ"
)
# A title and a name, or a run of two to four capitalized words ("Nguyễn Thị Lan").
_NAME = re.compile(
    rf"\b(?:(?:{_TITLES})\.?\s+{_UP}{_LOW}+|{_UP}{_LOW}+(?:[ \t]+{_UP}{_LOW}+){{1,3}})"
)
_TITLED = re.compile(rf"(?:{_TITLES})\.?\s")
_RELATION = re.compile(rf"(?:{HL.RELATIONS})")
# One capitalized given name, and what makes it one (``health_lexicon``): a relation right
# before ("my coworker Dave"), a get-well wish, "Omar's ...", or a verb after it mid-sentence.
_GIVEN = re.compile(rf"(?<![\w'’-]){_UP}[{_LETTER}]{{2,}}(?![\w-])")
_RELATION_BEFORE = re.compile(rf"(?<!\w)(?:{HL.RELATIONS})[\s,:]{{1,3}}$")
_WISH_BEFORE = re.compile(rf"(?<!\w)(?:{HL.GET_WELL}|keep)\s*$")
_THOUGHTS_AFTER = re.compile(r"\s+in\s+(?:your|our|my)\s+(?:thoughts|prayers)")
_POSSESSIVE_AFTER = re.compile(rf"['’]s\s+(?:{HL.POSSESSIONS})\b")
_VERB_AFTER = re.compile(rf"\s+(?:{HL.PERSON_VERBS})(?!\w)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[\"“«(]\s*)$")
# An article or determiner right before a capitalized word makes it a noun ("der Fahrer hat").
_ARTICLE_BEFORE = re.compile(
    r"(?<!\w)(?:the|a|an|this|our|your|der|die|das|den|dem|des|ein|eine|einen|einem|einer"
    r"|kein|keine|mein|meine|unser|unsere|le|la|les|un|une|ce|cette|el|los|las|una|il|lo|gli"
    r"|o|os|as|um|uma|het|een|de|deze|dit|ο|η|το|οι|τα)\s+$"
)
# Japanese, Chinese and Korean names next to their honorific, title or relation.
_JA_NAME = re.compile(
    rf"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{{1,5}}|[\u30a1-\u30fa\u30fc]{{2,10}})"
    rf"(?:{HL.JA_HONORIFICS})"
)
_JA_ROLE_PREFIX = re.compile(rf"^(?:{HL.JA_NOT_NAMES})+")
_ZH_NAME = re.compile(
    rf"(?:{HL.ZH_RELATIONS})([{HL.ZH_SURNAMES}][\u4e00-\u9fff]{{1,2}})"
    rf"|([{HL.ZH_SURNAMES}][\u4e00-\u9fff]{{0,2}})(?:{HL.ZH_TITLES})"
)
_ZH_NOT_IN_NAME = frozenset("的了在是和与因说住得病已也都就还又被把让给从到去来最昨今")
_KO_NAME = re.compile(rf"(?<![가-힣])([{HL.KO_SURNAMES}][가-힣]{{1,3}})\s?(?:씨|님)")
_KO_NOT_NAMES = re.compile(rf"(?:{HL.KO_NOT_NAMES}|이사|상무|전무|소장|반장|부모|사모|하나)$")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
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
    "were can cant don't die der das ein eine und mein meine unser cancer hiv icu diabetes "
    + HL.NOT_NAMES
)
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
_WINDOW = 60
_WISH_WINDOW = 120  # "keep Martin in your thoughts, ... a liver transplant": one story
_DIGITS = re.compile(r"\d{4}")


def _near(start: int, end: int, health: list[tuple[int, int]], window: int = _WINDOW) -> bool:
    return any(h_start - window < end and start < h_end + window for h_start, h_end in health)


def _full_names(text: str, ignore: Collection[str]) -> list[tuple[int, int]]:
    """A title and a name, or two or more capitalized words that are names ("Carol Jensen",
    "Frau Becker", "κ. Παππάς", "Коллега Ирина Смирнова" without its "Коллега")."""
    spans = []
    for m in _NAME.finditer(text):
        if _TITLED.match(m.group()):
            word = m.group().split()[-1].lower().strip("'.")
            if word not in _NOT_NAMES and word not in ignore:
                spans.append(m.span())
            continue
        run: list[tuple[int, int]] = []  # consecutive words that may be names
        for w in re.finditer(r"\S+", m.group()):
            key = w.group().lower().strip("'.")
            if key in _NOT_NAMES or key in ignore or (not run and _RELATION.fullmatch(key)):
                if len(run) >= 2:
                    spans.append((m.start() + run[0][0], m.start() + run[-1][1]))
                run = []
            else:
                run.append(w.span())
        if len(run) >= 2:
            spans.append((m.start() + run[0][0], m.start() + run[-1][1]))
    return spans


def _given_names(text: str, low: str, ignore: Collection[str]) -> list[tuple[int, int, int]]:
    """Single given names with a cue that they are a person (see ``_GIVEN``), each with how
    far from it a health word may stand."""
    spans = []
    for m in _GIVEN.finditer(text):
        word = m.group()
        if word.isupper() or word.lower() in _NOT_NAMES or word.lower() in ignore:
            continue
        start, end = m.span()
        if _RELATION_BEFORE.search(low, max(0, start - 30), start):
            spans.append((start, end, _WINDOW))
            continue
        if _ARTICLE_BEFORE.search(low, max(0, start - 8), start):
            continue  # "der Fahrer hat", "the Brightwell app's": a noun, not a name
        wish = _WISH_BEFORE.search(low, max(0, start - 40), start)
        if wish and (not wish.group().startswith("keep") or _THOUGHTS_AFTER.match(low, end)):
            spans.append((start, end, _WISH_WINDOW))
        elif text.startswith(("'s ", "’s "), end) or (
            _VERB_AFTER.match(low, end)
            and not _SENTENCE_START.search(text, max(0, start - 3), start)
        ):
            spans.append((start, end, _WINDOW))
    return spans


def _cjk_names(text: str) -> list[tuple[int, int]]:
    """Japanese names before さん/様/氏, Chinese ones by title or relation, Korean before 씨/님."""
    spans = []
    for m in _JA_NAME.finditer(text):
        name = _JA_ROLE_PREFIX.sub("", m.group(1))
        if name and not text.endswith(("お", "ご"), 0, m.start(1)):
            spans.append((m.end(1) - len(name), m.end(1)))
    for m in _ZH_NAME.finditer(text):
        group = 1 if m.group(1) else 2
        start, end = m.span(group)
        if end - start == 3 and text[end - 1] in _ZH_NOT_IN_NAME:
            end -= 1  # "同事张伟住院了": the name is 张伟
        spans.append((start, end))
    for m in _KO_NAME.finditer(text):
        if not _KO_NOT_NAMES.search(m.group(1)):
            spans.append(m.span(1))
    return spans


def _names_near_health(text: str, low: str, ignore: Collection[str]) -> list[Sensitive]:
    other_script = not low.isascii() and _OTHER_SCRIPT.search(low) is not None
    # The gate runs only the phrases a word of the text starts: the full search is for the
    # few posts that have one.
    health = [m.span() for m in _HEALTH.finditer(low)] if _HEALTH_GATE.search(low) else []
    if other_script:
        health += [m.span() for m in _HEALTH_SCRIPT.finditer(low)]
    if not health:
        return []
    names = [(s, e, _WINDOW) for s, e in _full_names(text, ignore)]
    names += [
        n for n in _given_names(text, low, ignore) if not any(a <= n[0] < b for a, b, _ in names)
    ]
    if other_script and _CJK.search(text):
        names += [(s, e, _WINDOW) for s, e in _cjk_names(text)]
    return [
        Sensitive("personal_data", "pii.health_named_person", s, e, mask_name(text[s:e]))
        for s, e, window in sorted(set(names))
        if _near(s, e, health, window) and not any(hs <= s and e <= he for hs, he in health)
    ]


def find_personal_context(text: str, ignore_words: Collection[str] = ()) -> list[Sensitive]:
    """Find identifiers, dates of birth and named people with health details in cleaned text.

    Args:
        text: cleaned text (``analysis.text.clean_text``).
        ignore_words: lowercase words that are never a person's name (the company's names,
            customers and code names).

    Returns:
        Spans (possibly overlapping other detectors'), each with its value masked.
    """
    low = lower_keep_offsets(text)  # "İş arkadaşım": offsets must stay the original's
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
    found += _names_near_health(text, low, ignore_words)
    return found
