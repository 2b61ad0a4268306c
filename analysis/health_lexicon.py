"""Health details and the cues that make a word a person's name, in about thirty languages.

Read by ``analysis.personal``: a named person next to a health detail is personal data ("Sarah
Lindqvist from accounts is in hospital after a stroke", "佐藤さんが入院", "Η συνάδελφος Μαρία
Κωνσταντίνου έχει καρκίνο"); someone's own health without a name is not.

``HEALTH_WORDS`` are ``\\b...\\b`` phrases (``lexicon.word_branches``), one per space, matched
on lowercased text: conditions, injuries, procedures, mental health, pregnancy, and being off
sick or in hospital, written so that the phrase is about a person ("on sick leave", not "sick
leave policy"; "in hospital", not "hospital"). Words that are also jobs ("physio", "nurse")
or business words ("operation") are left out or bound to what makes them medical ("physio
notes", "po operacji"). ``HEALTH_UNBOUNDED`` holds the scripts without word boundaries.
"""

from __future__ import annotations

HEALTH_WORDS = (
    # English and the words every rules version had (de, fr, es, pt, it, nl, pl)
    r"cancer chemo\w* diabet\w* seizures? epilep\w* hiv aids pregnan\w* miscarriage depress\w* "
    r"bipolar schizophren\w* psychiatr\w* rehab overdose\w* dementia alzheimer\w* icu "
    r"intensive\s+care dialysis tumou?rs? stroke heart\s+attack hepatitis diagnos\w* "
    r"antidepressants? mental\s+health autis\w* terminal(?:ly)?\s+ill std stds "
    r"krebs schwanger\w* intensivstation psychiatrie fehlgeburt enceinte diabète dépression "
    r"sida cáncer embarazada depresión vih kanker zwanger câncer grávida hiv-positiv\w* "
    r"demenz cukrzyc\w* nowotw\w* ciąż\w* rak raka rakiem padaczk\w* depresj\w* "
    r"dializ\w* udar\w* zawał\w* cancro tumore incinta diabete epiless\w* ictus demenza "
    r"dialisi diabetes suikerziekte dementie epileps\w* beroerte hartaanval diabète épileps\w* "
    r"démence grossesse démência gravidez diálise derrame embarazo diálisis infarto leucem\w* "
    r"leukäm\w* leukemi\w* białaczk\w* concussion gehirnerschütterung conmoción concussão "
    r"commozione surgery wheelchair rollstuhl fractur\w* hüft-op knie-op operiert "
    r"broke\s+(?:his|her)\s+(?:wrist|arm|leg|hip|ankle|back) "
    # English: procedures, injuries, mental health, being off sick or in hospital
    r"transplant\w* burn-?out hypertension high\s+blood\s+pressure asthma allerg(?:y|ies|ic) "
    r"anaphyla\w* hernia\w* slipped\s+disc herniated\s+disc sciatica cardiac\s+arrest "
    r"heart\s+failure kidney\s+failure liver\s+failure pneumonia sepsis tuberculosis "
    r"multiple\s+sclerosis parkinson\w* crohn\w* lupus anorexi\w* bulimi\w* "
    r"eating\s+disorder panic\s+attacks? anxiety\s+disorder ptsd self-harm "
    r"suicide\s+attempt attempted\s+suicide addiction alcoholism radiotherap\w* ivf "
    r"physio\s+notes physiotherapy torn\s+(?:acl|ligament|meniscus) "
    r"broken\s+(?:leg|arm|wrist|ankle|hip|ribs?|collarbone|foot) on\s+crutches "
    r"in\s+hospital in\s+the\s+icu hospitali\w* on\s+sick\s+leave off\s+sick "
    # German
    r"bluthochdruck herzinfarkt schlaganfall bandscheib\w* krankgeschrieben\w* "
    r"im\s+krankenhaus ins\s+krankenhaus reha physiotherapie dialyse magersucht essstörung "
    r"angststörung panikattacke\w* (?:bein|arm|hand|hüfte)\s+gebrochen allergie\w* "
    # Spanish
    r"hipertensi\w* (?:está|estaba|sigue)\s+de\s+baja en\s+el\s+hospital hospitalizad\w* "
    r"quimio\w* trasplante\w* esguince asma alergi\w* ataques?\s+de\s+(?:ansiedad|pánico) "
    r"operado\s+de operada\s+de "
    # French
    r"infarctus avc hernie\w* en\s+arrêt\s+maladie à\s+l'hôpital chimio\w* "
    r"greffe\s+(?:de|du)\s+(?:rein|foie|cœur|moelle) asthme fausse\s+couche "
    r"crise\s+cardiaque arrêt\s+cardiaque opéré\w*\s+(?:du|de|d') hypertendu\w* "
    # Italian
    r"ipertension\w* ernia\w* esaurimento in\s+malattia ricoverat\w* in\s+ospedale chemio\w* "
    r"trapiant\w* frattur\w* aborto\s+spontaneo operat\w*\s+(?:al|alla|allo|di) "
    # Portuguese
    r"hipertensão enfarte hérnia\w* (?:está|estava)\s+de\s+baixa internado internada "
    r"no\s+hospital cirurgia transplante\w* fratura\w* aborto\s+espontâneo "
    # Dutch
    r"hoge\s+bloeddruk hartinfarct herseninfarct ziekgemeld in\s+het\s+ziekenhuis "
    r"geopereerd astma miskraam overspannen gebroken\s+(?:been|arm|pols|enkel|heup) "
    # Polish
    r"nadciśnieni\w* zawal\w* przepuklin\w* wypaleni\w*\s+zawodow\w* w\s+szpitalu "
    r"do\s+szpitala na\s+zwolnieniu\s+lekarskim po\s+operacji chemioterapi\w* przeszczep\w* "
    r"złaman\w* astm\w* poronieni\w* atak\w*\s+panik\w* "
    # Swedish, Danish, Norwegian
    r"högt\s+blodtryck hjärtinfarkt diskbråck utbränd\w* utmattningssyndrom sjukskriv\w* "
    r"på\s+sjukhus\w* opererad\w* cellgift\w* gravid\w* missfall "
    r"forhøjet\s+blodtryk blodprop\w* hjerneblødning diskusprolaps sygemeld\w* indlagt\w* "
    r"kræft kreft hjerteinfarkt prolaps utbrent depresjon\w* sykmeldt\w* sykemeldt\w* "
    r"innlagt\w* på\s+sykehus\w* operert cellegift\w* "
    # Finnish, Estonian
    r"syöp\w* sydänkohtau\w* aivoinfarkt\w* verenpainetau\w* masennu\w* uupumu\w* "
    r"sairauslomal\w* sairaalas\w* raskaana välilevy\w* diabeet\w* haiglas\w* "
    # Greek
    r"καρκίν\w* διαβήτ\w* διαβητ\w* έμφραγμ\w* εμφραγμ\w* εγκεφαλικ\w* υπέρτασ\w* "
    r"υπερτασ\w* κατάθλιψ\w* καταθλιψ\w* νοσοκομεί\w* νοσοκομει\w* χειρουργήθηκ\w* "
    r"χειρουργηθηκ\w* σπασμέν\w*\s+(?:πόδι|χέρι|καρπό|πλευρό) κάταγμ\w* καταγμ\w* έγκυ\w* "
    r"εγκυ\w* χημειοθεραπ\w* αναρρωτικ\w* άσθμα αλλεργ\w* "
    # Turkish
    r"kanser\w* diyabet\w* şeker\s+hastas\w* kalp\s+kriz\w* felç\w* depresyon\w* "
    r"hastanede\s+yat\w* hastaneye\s+kald\w* ameliyat\w* hamile\w* kemoterapi\w* raporlu "
    r"fıtık\w* astım alerji\w* panik\s+atak\w* "
    # Romanian, Czech, Slovak, Hungarian, Croatian, Slovenian, Baltic
    r"infarct\w* hipertensiun\w* internat\w*\s+(?:în|in)\s+spital concediu\s+medical "
    r"chimioterapi\w* însărcinată rakovin\w* cukrovk\w* infarkt\w* mrtvic\w* v\s+nemocnici "
    r"do\s+nemocnice zlomenin\w* těhotn\w* tehotn\w* neschopenk\w* na\s+neschopence "
    r"rákos rákban cukorbeteg\w* infarktus\w* agyvérzés\w* magas\s+vérnyomás\w* "
    r"depresszi\w* kórházban kórházba műtét\w* terhes\w* kemoterápi\w* táppénz\w* "
    r"dijabet\w* srčani\s+udar moždani\s+udar u\s+bolnici bolovanj\w* trudnoć\w* prijelom\w* "
    r"v\s+bolnišnici noseč\w* vėž\w* ligoninėje nėščia vēz\w* slimnīcā "
    r"grūtniec\w* "
    # Russian, Ukrainian, Bulgarian
    r"онколог\w* диабет\w* діабет\w* инфаркт\w* інфаркт\w* инсульт\w* інсульт\w* инсулт\w* "
    r"депресси\w* депресі\w* депресия в\s+больнице в\s+лікарні в\s+болница перелом\w* "
    r"беременн\w* вагітн\w* бременн\w* химиотерапи\w* хіміотерапі\w* больничн\w* "
    r"лікарнян\w* болничен "
    # Indonesian, Vietnamese
    r"serangan\s+jantung darah\s+tinggi depresi\w* di\s+rumah\s+sakit hamil "
    r"patah\s+(?:kaki|tulang|tangan) ung\s+thư tiểu\s+đường đau\s+tim đột\s+quỵ "
    r"huyết\s+áp\s+cao trầm\s+cảm nằm\s+viện phẫu\s+thuật mang\s+thai có\s+thai hóa\s+trị"
)
HEALTH_UNBOUNDED = ("krebs|tumor",)  # also inside compounds: "Brustkrebs", "Hirntumor"
# Scripts without spaces between words (and those whose marks break \b): searched as they are,
# and only in posts that have such a script.
HEALTH_SCRIPTS = (
    # Chinese (simplified and traditional)
    "癌症|糖尿病|心脏病|心臟病|心梗|心肌梗塞|中风|中風|脑梗|腦梗|高血压|高血壓|抑郁症|抑鬱症"
    "|憂鬱症|焦虑症|焦慮症|住院|手术|手術|骨折|怀孕|懷孕|流产|流產|化疗|化療|透析|病假|肿瘤"
    "|腫瘤|白血病|癫痫|癲癇|艾滋|愛滋|肺癌|胃癌|乳腺癌|肝癌",
    # Japanese
    "心筋梗塞|脳梗塞|脳卒中|高血圧|うつ病|鬱病|適応障害|入院|妊娠|流産|抗がん剤|がん治療"
    "|胃がん|肺がん|乳がん|大腸がん|病気休暇|白血病|てんかん|椎間板ヘルニア|ヘルニア|腫瘍|癌",
    # Korean
    "당뇨|심장마비|뇌졸중|고혈압|우울증|입원|수술|골절|임신|항암|투석|병가|공황장애|위암|폐암"
    "|유방암|대장암|간암|갑상선암|암 진단|암 투병",
    # Arabic, Hebrew, Hindi, Thai (names in Latin script next to them still count)
    "سرطان|السكري|نوبة قلبية|جلطة|اكتئاب|المستشفى|סרטן|סוכרת|התקף לב|שבץ|דיכאון"
    "|בבית החולים|בהריון|कैंसर|मधुमेह|दिल का दौरा|अस्पताल|गर्भवती|มะเร็ง|เบาหวาน|โรงพยาบาล",
)

# Words right before a single given name that make it a person: "my coworker Dave", "mi
# compañero Iker", "ο συνάδελφος Νίκος", "kollegan Erik". Lowercase, one alternation.
RELATIONS = (
    r"colleague|co-?worker|workmate|teammate|friend|buddy|client|member|student|pupil|trainee"
    r"|patient|neighbou?r|boss|manager|supervisor|brother|sister|son|daughter|wife|husband"
    r"|mum|mom|dad|mother|father|partner|cousin|niece|nephew|kollegin|kollege|kollegen"
    r"|freundin|freund|kundin|kunde|mitglied|schülerin|schüler|patientin|nachbarin|nachbar"
    r"|chefin|bruder|schwester|tochter|sohn|compañer[oa]|colega|amig[oa]|client[ea]|soci[oa]"
    r"|alumn[oa]|paciente|vecin[oa]|jef[ea]|herman[oa]|hij[oa]|collègue|amie?|élève|membre"
    r"|patiente?|voisine?|frère|sœur|fille|fils|collega|amic[oa]|alliev[oa]|paziente"
    r"|vicin[oa]|fratello|sorella|figli[oa]|sócia|sócio|alun[oa]|vizinh[oa]|chefe|irmão|irmã"
    r"|filh[oa]|vriendin|vriend|klant|leerling|patiënt|buurman|buurvrouw|broer|zus|dochter"
    r"|zoon|kolega|koleżank[ai]|przyjaciel|przyjaciółk[ai]|klientk[ai]|uczennic[ai]|uczeń"
    r"|pacjentk[ai]|pacjent|sąsiadk[ai]|sąsiad|szefow[ai]|szef|córk[ai]|brat|siostr[ai]"
    r"|kollegan?|vännen|vän|kunden|medlem|eleven|elev|granne|syster|dotter|venninde|venn?"
    r"|pasient|nabo|søster|datter|työkaveri|ystävä|asiakas|jäsen|oppilas|potilas|naapuri"
    r"|συνάδελφ(?:ος|ο|ου|ισσα)|φίλ(?:ος|η|ο)|πελάτ(?:ης|ισσα)|μαθητ(?:ής|ή|ρια)|ασθενής"
    r"|γείτον(?:ας|ισσα)|αδερφ(?:ός|ή)|arkadaşım|meslektaşım|öğrencim|komşum|kardeşim"
    r"|colegul|colega|prietenul|prietena|clientul|clienta|pacientul|pacienta|vecinul|vecina"
    r"|kolegyně|kamarád(?:ka)?|klientka|žák(?:yně)?|pacientka|soused(?:ka)?|kollégám|kolléga"
    r"|barátom|barátnőm|betegem|szomszédom|коллега|колега|друг|подруга|клиент|клієнт"
    r"|пациент|пацієнт|сосед|сусід|teman|rekan|pasien|tetangga|đồng\s+nghiệp|bệnh\s+nhân"
)
# After "Omar's": what makes the possessive a person's medical detail, when no health word
# follows straight away ("Omar's medical notes", "Ana's knee").
POSSESSIONS = (
    r"medical|notes|records?|results?|chart|knee|back|leg|arm|heart|hip|shoulder|ankle|wrist"
    r"|test|scan|blood|condition|illness|injury|treatment|therapy|meds|medication|prescription"
)
# Wishes that name whom they are for: "keep Martin in your thoughts", "Gute Besserung, Jan",
# "Περαστικά Νίκο". Lowercase; the name follows ("keep" needs "in your thoughts" after it).
GET_WELL = (
    r"pray(?:ing)?\s+for|get\s+well(?:\s+soon)?,?|thinking\s+of|wishing|speedy\s+recovery,?"
    r"|gute\s+besserung,?|pronta\s+recuperación,?|mejórate,?|bon\s+rétablissement,?"
    r"|buona\s+guarigione,?|melhoras,?|beterschap,?|szybkiego\s+powrotu\s+do\s+zdrowia,?"
    r"|krya\s+på\s+dig,?|god\s+bedring,?|pikaista\s+paranemista,?|περαστικά,?|geçmiş\s+olsun,?"
    r"|поправляйся,?|одужуй,?|însănătoșire\s+grabnică,?|brzo\s+ozdravi,?"
)
# A single given name followed by one of these is the subject of what follows: "Priya has a
# herniated disc", "Dave from the warehouse is off", "Iker tiene diabetes". Not German (every
# noun is capitalized: "Fahrer hat"), nor the "a" of French, Spanish and Portuguese.
PERSON_VERBS = (
    r"has|had|is|was|got|broke|needs|went|suffered|collapsed|from\s+(?:the|our|my)"
    r"|tiene|tenía|está|estuvo|sufre|est|fait|souffre|ha|è|soffre"
    r"|tem|teve|sofre|heeft|ligt|had|ma|jest|leży|miał|miała|har|är|ligger|fick|έχει|είναι"
    r"|έπαθε|ήταν"
)
# Capitalized words that are no one's name, in the scripts and languages added above.
NOT_NAMES = (
    "english spanish german french italian dutch polish swedish greek turkish chinese japanese "
    "korean russian european american british team kolega kollega colleague doctor nurse "
    "καλημέρα καλησπέρα αθήνα ελλάδα πειραιάς πειραιά θεσσαλονίκη ευχαριστώ σήμερα χθες "
    "περαστικά αύριο δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή ο η το οι τα στο στη "
    "москва киев россия украина сегодня вчера завтра привет спасибо"
)

# Japanese: a name before an honorific ("佐藤さん", "マリアさん"); the words that stand
# there without being names, and role nouns that may precede the name in one run of kanji.
JA_HONORIFICS = r"さん|様|さま|氏|くん|君|ちゃん|先生"
JA_NOT_NAMES = (
    r"お客|客|皆|患者|奥|医者|店員|看護師|運転手|社長|部長|課長|係長|上司|同僚|先輩|後輩|担当"
    r"|担当者|利用者|会員|隣|大家|職員|社員|店長|選手|監督|乗客|船長|講師|生徒|学生|先生"
    r"|スタッフ|ドライバー|トレーナー|コーチ|メンバー|ゲスト|ユーザー|オーナー|マネージャー"
    r"|リーダー|カスタマー|パート|バイト"
)
# Chinese: a surname (the hundred most common) and one or two more characters, before a title
# ("王伟先生") or after a relation ("同事张伟").
ZH_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金"
    "石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严"
    "嚴覃武戴莫孔向汤湯"
)
ZH_TITLES = r"先生|女士|小姐|太太|老师|老師|医生|醫生|同学|同學|师傅|師傅"
ZH_RELATIONS = (
    r"同事|朋友|同学|同學|邻居|鄰居|员工|員工|客户|客戶|学员|學員|会员|會員|病人|老板|老闆|经理"
    r"|經理|室友|队友|隊友"
)
# Korean: a surname syllable and one to three more before 씨 or 님, less the titles and roles
# that take 님 themselves.
KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄"
    "채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
KO_NOT_NAMES = (
    r"고객|선생|환자|사장|부장|팀장|과장|차장|대리|기사|손님|여러분|회원|대표|실장|원장|교수"
    r"|간호사|의사|어머|아버|형|누|언니|오빠|주인|직원|사원|매니저|코치|트레이너"
)
