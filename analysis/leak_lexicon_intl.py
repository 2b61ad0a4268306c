"""Leak cues beyond Europe, and every table's cues routed to the leak rules.

The roles are those of ``analysis.leak_lexicon_eu``. Turkish, Russian, Ukrainian,
Indonesian and Vietnamese separate words with spaces and are read as ``\\b`` phrases;
Chinese (simplified and traditional), Japanese, Korean, Arabic and Hebrew phrases are plain
substrings (``analysis.phrase_table``), since their words either have no boundary or carry
glued particles and articles ("والمذكرة الداخلية" is "and the internal memo"). Chinese
"内部" alone is "interior" too ("内部装修"), so it counts only with a document or a meeting.

Each exported source joins one kind of cue across every table:

* ``STRONG``: an internal document or "not public yet": ``analysis.leaks.LEAK_LANGUAGE``.
* ``INTERNAL`` and ``NOT_PUBLIC``: the weak markers of ``analysis.leak_lexicon`` (the strong
  ones are in them too, so they combine with material content without the company named);
  ``INTERNAL`` also split into the languages read by word and those read as substrings.
* ``INCIDENT``, ``CONCEALED``, ``COVER`` and ``MATERIAL``: ``analysis.material_lexicon``.
"""

from __future__ import annotations

from analysis.leak_lexicon_eu import EUROPE
from analysis.phrase_table import Table, source

WORLD: Table = {
    "tr": {
        "internal_doc": r"şirket [iİ]çi (?:duyuru|yazışma|e-?posta|mail|toplantı|not|belge|sunum"
        r"|bilgi)\w*|[iİ]ç (?:yazışma|duyuru|e-?posta|mail|toplantı|belge|yazı|sunum|rapor)\w*"
        r"|gizli (?:belge|rapor|yazışma|sunum|e-?posta)\w*",
        "not_public": r"(?:henüz|daha) (?:kamuya |resmi olarak )?(?:açıklanmadı|duyurulmadı"
        r"|açıklanmış değil|duyurulmuş değil)|kamuya açıklanmadı|henüz resmi değil"
        r"|hiçbir (?:açıklama|duyuru) (?:yapılmayacak|yapılmadı)",
        "secrecy": r"(?:müşterilere|kimseye|basına) (?:söylememiz|söylemek|anlatmamız"
        r"|açıklamamız) yasak|kimseye söylemeyin|yaymayın|aramızda kalsın|kimse (?:henüz )?"
        r"bilmiyor|gizli tutul\w*",
        "internal": r"[iİ]çeriden|sızdı|sızdırıldı|kurum [iİ]çi",
        "incident": r"veri (?:sızıntısı|ihlali)|siber saldırı\w*|fidye yazılım\w*|hacklendi"
        r"|güvenlik ihlali|kaza|kazası|kazada",
        "concealed": r"müşterilere (?:bildirilmedi|haber verilmedi|söylenmedi)|örtbas\w*"
        r"|bildirim yapılmadı",
        "cover": r"resmi (?:söylem|versiyon|açıklama)\w*",
        "material": r"kapanıyor|kapanacak|kapatılıyor|işten çıkarma\w*|fiyat artışı|zam geliyor"
        r"|satılıyor|satın alma|birleşme|taşınıyor|küçülme",
    },
    "ru": {
        "internal_doc": r"внутренн\w* (?:письм\w*|рассылк\w*|документ\w*|записк\w*|совещани\w*"
        r"|презентаци\w*|объявлени\w*|приказ\w*|уведомлени\w*|отч[её]т\w*|чат\w*)"
        r"|служебн\w* записк\w*|конфиденциальн\w* (?:документ\w*|письм\w*|информаци\w*"
        r"|презентаци\w*)",
        "not_public": r"(?:ещ[её]|пока) не (?:объявлен\w*|объявили|опубликован\w*|опубликовали"
        r"|анонсирован\w*|анонсировали)|официально (?:ещ[её]|пока) не|никакого (?:официального )?"
        r"(?:объявления|заявления) не будет|не будет никакого (?:объявления|заявления)",
        "secrecy": r"не (?:распространяйте|разглашайте)|никому не (?:говори|рассказывай)\w*"
        r"|между нами|(?:клиентам|никому) (?:нельзя|запрещено) (?:говорить|рассказывать)"
        r"|держ\w* в секрете|никто (?:ещ[её]|пока) не знает",
        "internal": r"внутри компании|слили|утекл\w*|инсайд\w*",
        "incident": r"утечк\w* (?:данных|персональных)|взлом\w*|кибератак\w*|вымогател\w*"
        r"|авари\w*|инцидент\w*",
        "concealed": r"(?:клиентов|клиентам|никого|никому) не (?:уведомили|сообщили"
        r"|предупредили|сказали)|замалчива\w*|скрыли|замяли",
        "cover": r"официальн\w* верси\w*",
        "material": r"закрыва\w*|закрыти\w*|сокращени\w*|увольнени\w*|повышени\w* цен"
        r"|подорожани\w*|поглощени\w*|слияни\w*|переезд\w*",
    },
    "uk": {
        "internal_doc": r"внутрішн\w* (?:лист\w*|розсилк\w*|документ\w*|записк\w*|нарад\w*"
        r"|презентаці\w*|оголошенн\w*|повідомленн\w*|звіт\w*|чат\w*)|службов\w* записк\w*"
        r"|конфіденційн\w* (?:документ\w*|лист\w*|інформаці\w*)",
        "not_public": r"(?:ще|поки) не (?:оголошен\w*|оголосили|опублікован\w*|опублікували)"
        r"|офіційно (?:ще|поки) не|жодного (?:офіційного )?(?:оголошення|повідомлення|заяви) не"
        r" буде|не буде жодного (?:оголошення|повідомлення)",
        "secrecy": r"не (?:поширюйте|розголошуйте)|нікому не (?:кажи|розповідай)\w*|між нами"
        r"|(?:клієнтам|нікому) (?:не можна|заборонено) (?:казати|говорити|розповідати)"
        r"|ніхто (?:ще|поки) не знає",
        "internal": r"всередині компанії|злили|інсайд\w*",
        "incident": r"витік\w* даних|злам\w*|кібератак\w*|аварі\w*|інцидент\w*",
        "concealed": r"(?:клієнтів|клієнтам|нікого|нікому) не (?:повідомили|попередили|сказали)"
        r"|замовчу\w*|приховали|зам'яли",
        "cover": r"офіційн\w* версі\w*",
        "material": r"закрива\w*|закритт\w*|скороченн\w*|звільненн\w*|підвищенн\w* цін"
        r"|подорожчанн\w*|поглинанн\w*|злиття|переїзд\w*",
    },
    "id": {
        "internal_doc": r"(?:memo|email|surel|surat|pengumuman|dokumen|rapat|presentasi|laporan)"
        r" internal|dokumen rahasia",
        "not_public": r"belum (?:diumumkan|dipublikasikan|dirilis)|belum (?:ada pengumuman )?resmi"
        r"|tidak akan ada pengumuman",
        "secrecy": r"jangan (?:disebar\w*|sebar\w*|bilang siapa-siapa|kasih tahu)|antara kita"
        r" saja|pelanggan (?:tidak|gak|nggak) boleh tahu|belum ada yang tahu",
        "internal": r"secara internal|bocor\w*|orang dalam",
        "incident": r"kebocoran data|serangan siber|diretas|kecelakaan|insiden",
        "concealed": r"pelanggan tidak diberi tahu|(?:tidak|tak) (?:memberi tahu|memberitahu)"
        r" pelanggan|ditutup-tutupi",
        "cover": r"versi resmi\w*|alasan resmi\w*",
        "material": r"akan ditutup|phk|pemutusan hubungan kerja|kenaikan harga|akuisisi|merger",
    },
    "vi": {
        "internal_doc": r"(?:email|thư|thông báo|tài liệu|văn bản|cuộc họp|buổi họp) nội bộ"
        r"|tài liệu mật",
        "not_public": r"chưa (?:được )?(?:công bố|công khai)|sẽ không có thông báo"
        r"|chưa chính thức",
        "secrecy": r"đừng (?:lan truyền|nói với ai|chia sẻ)|giữ bí mật|không được nói với khách"
        r" hàng|chưa ai biết",
        "internal": r"rò rỉ|người trong cuộc|tin nội bộ",
        "incident": r"rò rỉ dữ liệu|tấn công mạng|bị hack|mã độc tống tiền|tai nạn|sự cố",
        "concealed": r"không thông báo cho khách hàng|khách hàng không được thông báo|che giấu",
        "cover": r"phiên bản chính thức|lý do chính thức",
        "material": r"đóng cửa|cắt giảm|sa thải|tăng giá|mua lại|sáp nhập",
    },
    "zh": {
        "internal_doc": "内部邮件|內部郵件|内部通知|內部通知|内部文件|內部文件|内部会议|內部會議"
        "|内部消息|內部消息|内部资料|內部資料|内部公告|內部公告|内部通报|內部通報|内部备忘录"
        "|內部備忘錄|内部信|內部信|内部群|内部简报|內部簡報|机密文件|機密文件"
        "|内部人士|內部人士",
        "not_public": "还没对外公布|還沒對外公佈|還沒對外公布|还没公布|還沒公佈|尚未公布|尚未公佈"
        "|尚未公开|尚未公開|还没公开|還沒公開|未公开|未公開|未公布|未公佈|不会对外公布|不會對外公佈"
        "|不会公布|不會公佈|暂不对外|暫不對外|还没官宣|還沒官宣|不会有公告|不會有公告",
        "secrecy": "先别外传|先別外傳|别外传|別外傳|不要外传|不要外傳|禁止外传|禁止外傳|不要传出去"
        "|不要傳出去|别说出去|別說出去|不要告诉客户|不要告訴客戶|不能告诉客户|不能告訴客戶|保密",
        "internal": "内部透露|內部透露|泄露|洩露|泄漏|洩漏|爆料|公司内部|公司內部|听内部|聽內部"
        "|内部培训|內部培訓",
        "incident": "数据泄露|數據洩露|資料外洩|数据外泄|信息泄露|資訊外洩|勒索软件|勒索軟體"
        "|黑客攻击|駭客攻擊|网络攻击|網路攻擊|被黑|事故|安全事件|宕机|當機",
        "concealed": "没有通知客户|沒有通知客戶|没通知客户|沒通知客戶|没有告诉客户|沒有告訴客戶"
        "|隐瞒|隱瞞|瞒报|瞞報|掩盖|掩蓋|压下来|壓下來",
        "cover": "官方说法|官方說法|对外口径|對外口徑|对外说法|對外說法",
        "material": "关闭|關閉|裁员|裁員|涨价|漲價|降价|降價|收购|收購|合并|合併|出售|上线|上線"
        "|停运|停運|关店|關店|撤出|搬迁|搬遷",
    },
    "ja": {
        "internal_doc": "内部メール|社内メール|社内通知|内部情報|機密資料",
        "not_public": "公表予定なし|発表予定なし|告知しない|アナウンスはない|アナウンスしない",
        "secrecy": "口止め|他言無用|ここだけの話|外に出さないで|内密",
        "internal": "内部から|関係者によると",
        "incident": "ランサムウェア|サイバー攻撃|情報流出|事故",
        "concealed": "顧客には伝えていない|お客様には伝えていない|説明していない|伏せて",
        "cover": "表向きは|公式には",
        "material": "閉店|人員削減",
    },
    "ko": {
        "internal_doc": "내부 메일|내부 공지|내부 문서|내부 회의|사내 공지|사내 메일|내부 자료"
        "|내부 보고서|기밀 문서|내부 정보|사내 회의",
        "not_public": "아직 공개되지 않은|아직 공개 안|아직 발표되지 않은|아직 발표 안|공식 발표 전"
        "|발표하지 않을",
        "secrecy": "외부에 말하지|비밀로|미공개|비공개|소문내지 마|퍼뜨리지 마|고객에게 말하지 말"
        "|고객들에게 알리지 말|우리끼리 얘기",
        "internal": "내부적으로|유출|내부 소식|내부자",
        "incident": "개인정보 유출|데이터 유출|정보 유출|랜섬웨어|해킹|사이버 공격|사고",
        "concealed": "고객에게 알리지 않|고객들에게 알리지 않|은폐|쉬쉬",
        "cover": "공식 입장은|공식적으로는",
        "material": "폐쇄|구조조정|정리해고|가격 인상|인수|합병|매각|철수",
    },
    "ar": {
        "internal_doc": "مذكرة داخلية|المذكرة الداخلية|رسالة داخلية|بريد داخلي|إيميل داخلي"
        "|ايميل داخلي|تعميم داخلي|إعلان داخلي|اعلان داخلي|اجتماع داخلي|وثيقة داخلية|وثائق داخلية"
        "|مستند داخلي|وثيقة سرية|مستند سري",
        "not_public": "لم يعلن بعد|لم يُعلن بعد|لم يتم الإعلان|لم يتم الاعلان|لن يكون هناك إعلان"
        "|لن يكون هناك اعلان|لن يتم الإعلان|لن يتم الاعلان|ليس رسميا بعد|ليس رسمياً بعد|غير معلن",
        "secrecy": "لا تنشروا|لا تنشر هذا|لا تخبروا أحدا|لا تخبر أحدا|بيننا فقط|ممنوع نقول للعملاء"
        "|ممنوع إخبار العملاء|لا أحد يعرف بعد",
        "internal": "داخليا|داخلياً|مصدر داخلي|تسريب|تسرب",
        "incident": "تسريب بيانات|اختراق|هجوم إلكتروني|هجوم سيبراني|برنامج فدية|برامج الفدية",
        "concealed": "لم يتم إبلاغ العملاء|لم يبلغوا العملاء|لم يخبروا العملاء|التستر|تستروا|تكتم"
        "|تعتيم",
        "cover": "الرواية الرسمية|الموقف الرسمي",
        "material": "إغلاق|اغلاق|تسريح|زيادة الأسعار|رفع الأسعار|استحواذ|اندماج",
    },
    "he": {
        "internal_doc": "מייל פנימי|מזכר פנימי|הודעה פנימית|מסמך פנימי|ישיבה פנימית|פגישה פנימית"
        "|מצגת פנימית|חוזר פנימי|מסמך סודי",
        "not_public": "עדיין לא פורסם|עוד לא פורסם|עדיין לא רשמי|עוד לא רשמי|לא תהיה הודעה"
        "|לא תצא הודעה|טרם פורסם|טרם הוכרז",
        "secrecy": "אל תפיצו|אל תספרו לאף אחד|בינינו|אסור לנו להגיד ללקוחות|אסור לספר ללקוחות"
        "|אף אחד עוד לא יודע",
        "internal": "באופן פנימי|הודלף|הודלפה|מקור פנימי",
        "incident": "דליפת מידע|דליפת נתונים|מתקפת סייבר|כופרה|תאונה",
        "concealed": "לא עדכנו את הלקוחות|לא הודיעו ללקוחות|הלקוחות לא עודכנו|טייחו|טיוח|הסתירו",
        "cover": "הגרסה הרשמית|הקו הרשמי",
        "material": "פיטורים|העלאת מחירים",
    },
}

TABLES = {**EUROPE, **WORLD}

STRONG = source(TABLES, "internal_doc", "not_public")
INTERNAL = source(TABLES, "internal_doc", "internal")
INTERNAL_WORDS = source(TABLES, "internal_doc", "internal", spaced=True)
INTERNAL_SUBSTRINGS = source(TABLES, "internal_doc", "internal", spaced=False)
NOT_PUBLIC = source(TABLES, "not_public", "secrecy")
INCIDENT = source(TABLES, "incident")
CONCEALED = source(TABLES, "concealed", "cover")
COVER = source(TABLES, "cover")
MATERIAL = source(TABLES, "material")
