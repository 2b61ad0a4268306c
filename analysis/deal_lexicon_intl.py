"""Deal terms in about thirty languages, as a table (``analysis.phrase_table``).

``analysis.lexicon.DEAL`` and ``analysis.deal_lexicon.DEAL_MORE`` read deal words in nine
languages. This table adds the others and the freight and membership units the older lists
lack ("3,800 TEU", "900 € pro Container", "220 kronor i månaden per anställd"):

* ``contract``: contract, renewal, tender, framework agreement.
* ``price``: a price per unit or per period, a volume, an amount in the local currency.
* ``pays``: "<customer> pays ..." in the language (``deal_lexicon.PAYS_AFTER_NAME``).

Everything here is read only next to a customer's name, so single words are enough; a word
whose accent-free form is a common word elsewhere stays out ("öder" would be German "oder",
Vietnamese "trả" Italian "tra").
"""

from __future__ import annotations

from analysis.phrase_table import Table, source

DEALS: Table = {
    "en": {
        "contract": r"tender(?:ed|s)?|framework agreement|master (?:services )?agreement"
        r"|rate card|volume (?:commitment|deal)",
        "price": r"\d[\d.,]*\s?(?:teu|feu)|\d[\d.,]* (?:containers|boxes|reefers)|(?:per|a|an|each)"
        r" (?:container|box|teu|feu|reefer|member|employee|head|staff member)",
    },
    "de": {
        "contract": r"rahmenvertrag\w*|vertragsverlängerung\w*|jahresvertrag\w*|abnahmemenge\w*",
        "price": r"(?:pro|je) (?:container|box|teu|mitarbeiter\w*|mitglied|kopf|stellplatz|sendung"
        r"|lizenz|nutzer|monat|jahr)|im monat|monatlich",
    },
    "fr": {
        "contract": r"accord-cadre|contrat-cadre",
        "price": r"par (?:conteneur|container|evp|salarié|employé|membre|mois|an)",
    },
    "es": {
        "contract": r"acuerdo marco|renovación",
        "price": r"por (?:contenedor|teu|empleado|miembro|mes|año)|al mes|anuales|mensuales",
    },
    "pt": {
        "contract": r"licitação|renovação|acordo-quadro",
        "price": r"por (?:contentor|contêiner|container|funcionário|mês|ano)|ao mês",
    },
    "it": {
        "contract": r"gara d'appalto|appalto|accordo quadro",
        "price": r"(?:a|per) (?:container|contenitore|dipendente|socio|mese)|al mese|annui",
    },
    "nl": {
        "contract": r"raamovereenkomst|verlenging|contracten",
        "price": r"per (?:container|medewerker|lid|maand)|per maand",
    },
    "pl": {
        "contract": r"przetarg\w*",
        "price": r"za (?:kontener|pracownika|miesiąc)|miesięcznie",
    },
    "sv": {
        "contract": r"avtal\w*|upphandling\w*|förnyel\w*|ramavtal\w*|kontrakt\w*",
        "price": r"per (?:anställd|medarbetare|container|månad|år|medlem|plats|licens)|i månaden"
        r"|om året|\d[\d.,]*\s?(?:kronor|kr|sek)",
        "pays": r"betalar",
    },
    "da": {
        "contract": r"aftale\w*|kontrakt\w*|udbud\w*|fornyelse\w*|rammeaftale\w*",
        "price": r"pr\.? (?:medarbejder|ansat|container|måned|år)|om måneden|\d[\d.,]*\s?(?:kroner"
        r"|dkk)",
        "pays": r"betaler",
    },
    "no": {
        "contract": r"avtale\w*|anbud\w*|rammeavtale\w*",
        "price": r"per (?:ansatt|container|måned)|i måneden|\d[\d.,]*\s?(?:nok)",
    },
    "fi": {
        "contract": r"sopimu\w*|sopimukse\w*|kilpailutu\w*|tarjouskilpailu\w*|puitesopimu\w*",
        "price": r"per (?:työntekijä|kontti)|kuukaudessa|vuodessa|\d[\d.,]*\s?euroa",
        "pays": r"maksaa",
    },
    "cs": {
        "contract": r"smlouv\w*|zakázk\w*|tendr\w*|výběrov\w* řízení",
        "price": r"za (?:kontejner|zaměstnance|měsíc|rok)|měsíčně|ročně|\d[\d.,]*\s?(?:kč|korun)",
        "pays": r"platí",
    },
    "sk": {
        "contract": r"zmluv\w*|zákazk\w*",
        "price": r"za (?:kontajner|zamestnanca|mesiac)|mesačne|ročne",
    },
    "hu": {
        "contract": r"szerződés\w*|közbeszerzés\w*|megújít\w*",
        "price": r"havonta|évente|konténerenként|fejenként|\d[\d.,]*\s?(?:ft|forint)",
        "pays": r"fizet",
    },
    "ro": {
        "contract": r"contractul\w*|licitați\w*|reînnoir\w*",
        "price": r"pe (?:container|angajat|lună|an)|\d[\d.,]*\s?(?:lei|ron)",
        "pays": r"plătește",
    },
    "el": {
        "contract": r"σύμβασ\w*|συμβόλαι\w*|διαγωνισμ\w*|ανανέωσ\w*",
        "price": r"ανά (?:κοντέινερ|εμπορευματοκιβώτιο|εργαζόμενο|μήνα|χρόνο)|τον μήνα|το χρόνο"
        r"|ετησίως",
        "pays": r"πληρώνει",
    },
    "bg": {
        "contract": r"договор\w*|търг\w*",
        "price": r"на (?:контейнер|служител)|месечно|годишно|\d[\d.,]*\s?(?:лв|лева)",
        "pays": r"плаща",
    },
    "hr": {
        "contract": r"ugovor\w*|natječaj\w*|pogodb\w*|razpis\w*",
        "price": r"po (?:kontejneru|zaposlenom|zaposlenem)|mjesečno|mesečno|godišnje|letno",
    },
    "et": {"contract": r"leping\w*|hange\w*"},
    "lv": {"contract": r"līgum\w*|iepirkum\w*", "price": r"mēnesī|gadā"},
    "lt": {"contract": r"sutart\w*", "price": r"per mėnesį|per metus"},
    "tr": {
        "contract": r"sözleşme\w*|kontrat\w*|ihale\w*",
        "price": r"(?:konteyner|çalışan|kişi|ay|yıl) başına|aylık|yıllık|\d[\d.,]*\s?(?:tl|lira)",
        "pays": r"ödüyor|ödüyorlar",  # not "öder": bare, it is German "oder"
    },
    "ru": {
        "contract": r"договор\w*|контракт\w*|тендер\w*",
        "price": r"за (?:контейнер|сотрудника|месяц|год)|в месяц|в год|ежемесячно"
        r"|\d[\d.,]*\s?(?:руб\w*|млн)",
        "pays": r"платит|платят",
    },
    "uk": {
        "contract": r"договір\w*|договор\w*|контракт\w*|тендер\w*",
        "price": r"за (?:контейнер|працівника|місяць|рік)|на місяць|на рік|щомісяця"
        r"|\d[\d.,]*\s?грн",
        "pays": r"платить|платять",
    },
    "id": {
        "contract": r"kontrak|perpanjangan|tender",
        "price": r"per (?:kontainer|karyawan|bulan|tahun)|sebulan|setahun|\d[\d.,]*\s?(?:juta"
        r"|miliar|rupiah)",
        "pays": r"membayar|bayar",
    },
    "vi": {
        "contract": r"hợp đồng|gia hạn|đấu thầu",
        "price": r"mỗi (?:container|nhân viên|tháng|năm)|\d[\d.,]*\s?(?:triệu|tỷ|đồng)",
    },
    "zh": {
        "contract": "合同|合約|合约|签约|簽約|续约|續約|招标|招標|投标|投標|报价|報價",
        "price": "每个柜|每個櫃|每柜|每櫃|每箱|每年|每月|年费|年費|万元|萬元|个柜|個櫃"
        "|集装箱|货柜|貨櫃",
        "pays": "付给|付給|支付",
    },
    "ja": {"contract": "入札|契約更新", "price": "年間|月額|コンテナ"},
    "ko": {"contract": "계약|재계약|입찰", "price": "단가|연간|월간|매달|컨테이너당|만원|억원"},
    "ar": {
        "contract": "العقد|عقد مع|عقد لمدة|توقيع عقد|مناقصة|تجديد العقد",
        "price": "سنويا|سنوياً|شهريا|شهرياً|لكل حاوية|لكل موظف",
        "pays": "يدفع",
    },
    "he": {
        "contract": "חוזה|מכרז|חידוש החוזה",
        "price": "לחודש|לכל מכולה|לכל עובד",
        "pays": "משלם",
    },
}

DEAL = source(DEALS, "contract", "price")
"""Deal terms of every language: a contract, a renewal, a tender, a unit or period price."""
PAYS = source(DEALS, "pays")
"""The customer paying, in every language."""
CURRENCY = (
    r"\b\d[\d.,]*\s?(?:kronor|kroner|kr|sek|nok|dkk|ft|forint|kč|korun|lei|ron|лв|лева|руб\w*"
    r"|грн|tl|lira|juta|triệu|tỷ)(?!\w)|[₽₴₺₪]\s?\d|\d\s?(?:₽|₴|₺|₪|元|万元|萬元|원|만원|억원)"
)
"""An amount in a currency the older lists lack (``deal_lexicon.DEAL_INSIDE``)."""
