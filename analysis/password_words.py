"""The word for "password" (and "PIN") in about thirty languages, and what introduces its value.

One row per language, read by ``analysis.passwords``:

* ``words``: the word with its grammatical forms (cases, articles glued on, the definite
  "lösenordet", the Greek "κωδικό", compounds such as "WLAN-Passwort" or "wifi-salasana");
* ``copulas``: the verbs and adverbs that put the value next ("is", "es", "ist", "είναι",
  "är", "é", "remains", "still", the Russian dash);
* ``links``: the words that name what the password is for before a colon ("for", "till",
  "do", "για"): "Passwort für das Lager: X".

Languages written without spaces between words (Chinese, Japanese, Thai) and Korean, whose
particles are glued to the word ("비밀번호는"), have their own rows: their word may sit inside a
longer run of characters, and their "copula" is a particle or ":" right after it.

Every pattern is lowercase and is matched with ``re.IGNORECASE``. ``hints`` are literal
pieces one of which every form contains, searched on the lowercased text before any pattern
runs: most posts hold none.
"""

from __future__ import annotations

# What every row takes on top of its own: the copulas and links the rules read before this
# table existed, mixed across languages as people mix them ("la password è", "wachtwoord is").
BASE_COPULAS = (
    r"is|was|ist|war|lautet|heißt|heisst|es|era|est|c'est|c’est|é|è|jest|to|remains|stays"
    r"|still|bleibt|siendo|sigue|queda|continua|continúa|sendo|fica|reste|rimane|resta|blijft"
    r"|luidt|brzmi|pozostaje|nadal"
)
BASE_LINKS = r"for|für|fürs|vom|zum|zur|de|del|della|dello|du|des|do|da|pour|van|voor|of|to|on|till"
# The English word borrowed into every language ("la password es", "το password είναι"): it
# takes every row's copulas and links.
LOANWORDS = r"password|passwd|passcode|pwd|pw"

# (language, words, copulas, links): the native word and its forms, then what is added to the
# base lists for it. An empty string adds nothing.
SPACED: tuple[tuple[str, str, str, str], ...] = (
    (
        "de",
        r"(?:[a-zäöüß]{2,15}-?)?(?:passwort|kennwort)(?:e[sn]?|s)?|passwörter",
        "",
        r"von|des|der|beim|im",
    ),
    ("nl", r"(?:[a-z]{2,15}-?)?wachtwoord(?:en)?|paswoord(?:en)?", "", r"op|bij"),
    ("fr", r"mots?\s+de\s+passe|mdp", r"était|demeure", r"d'|d’"),
    ("es", r"contraseñ[ao]s?|contrasena|claves?", r"continua|será|sera", r"para|en"),
    ("pt", r"senhas?|palavras?[\s-]passe", r"e|continua|segue|ainda", r"dos|das|para|no|na"),
    ("it", r"parola\s+d['’]ordine", r"e'|e’|ancora", r"di|dei|delle|per|al|alla"),
    ("mt", r"il-password", r"hija|huwa|kienet|kien", r"tal|għal"),
    ("ga", r"pasfhocal\w{0,2}|focal\s+faire", r"ná", r"don|ar"),
    ("pl", r"has[lł][oaeu]m?|haśle|hase[lł]", r"było|bylo|wciąż", r"dla|od|na|z"),
    ("cs", r"hesl[oaeu]m?|hesel", r"je|bylo|zůstává|zustava|zní|stále|pořád", r"na|k|ke|pro|od"),
    ("sk", r"hesl[oaeu]m?|hesiel", r"je|bolo|zostáva|stále|ešte", r"na|k|ku|pre|od"),
    ("sl", r"gesl[oaeu]m?", r"je|bilo|ostaja", r"za|od|na"),
    ("hr", r"lozink[aeiuo]m?|šifr[aeiuo]m?", r"je|glasi|ostaje|bila|još", r"za|od|na"),
    ("bg", r"парол(?:а|ата|и|ите)", r"е|беше|остава|още|—|–", r"за|на|от"),
    ("ru", r"парол(?:ь|я|ю|ем|е|и|ей)", r"—|–|-|это|такой|был|остался|теперь", r"от|для|к|на"),
    ("uk", r"парол(?:ь|я|ю|ем|і|ів)", r"—|–|-|це|такий|був|є|досі|тепер", r"від|до|для|на"),
    (
        "el",
        r"κωδικ(?:ός|ος|ό|ο|ού|ου|οί|οι|ούς|ους)(?:\s+πρόσβασης)?|συνθηματικ(?:ό|ο|ού|ου|ά|α)",
        r"είναι|ειναι|ήταν|ηταν|παραμένει|παραμενει|έγινε|ακόμα|ακόμη|πλέον",
        r"για|του|της|των|στο|στον|στη|στην",
    ),
    ("ro", r"parol(?:a|ă|ei|ele)", r"este|e|rămâne|ramane|încă|inca|tot", r"la|pentru|pe"),
    ("hu", r"jelsz(?:ó|o|av|ót|ot)\w{0,6}", r"pedig|most|volt|lett|továbbra|még", ""),
    ("fi", r"(?:[a-zäö]{2,15}-)?salasan\w{1,6}|tunnussan\w{1,5}", r"on|oli|edelleen|yhä|nyt", ""),
    ("et", r"parool\w{0,3}|salasõna\w{0,3}", r"on|oli|ikka|endiselt", ""),
    ("lv", r"parol(?:e|i|es|ē)", r"ir|bija|joprojām|joprojam", r"no|priekš|uz"),
    ("lt", r"slaptažod\w{1,4}|slaptazod\w{1,4}", r"yra|buvo|dabar", r"prie|nuo|į"),
    (
        "da",
        r"(?:[a-zæøå]{2,15}-?)?(?:adgangskode(?:n|r|rne)?|kodeord(?:et|ene)?)|passwordet",
        r"er|var|stadig|forbliver",
        r"til|for|på|af",
    ),
    (
        "no",
        r"(?:[a-zæøå]{2,15}-?)?passord(?:et|a|ene)?",
        r"er|var|fortsatt|fremdeles|blir",
        r"til|for|på|av",
    ),
    (
        "sv",
        r"(?:[a-zåäö]{2,15}-?)?lösenord(?:et|en)?|lösen",
        r"är|var|blir|förblir|fortfarande",
        r"för|på|hos|åt",
    ),
    (
        "tr",
        r"şifre(?:si|miz|niz|m|n|yi|sini|ler|leri)?|sifre(?:si|miz|niz)?|parola(?:sı|si|mız|nız)?",
        r"şu|hâlâ|hala|yine|artık",
        r"için",
    ),
    (
        "id",
        r"kata\s+sandi(?:nya)?|katasandi(?:nya)?|sandinya|kata\s+laluan(?:nya)?|passwordnya",
        r"adalah|ialah|yaitu|yakni|masih|tetap",
        r"untuk|ke|dari",
    ),
    ("vi", r"mật\s+khẩu|mat\s+khau", r"là|la|vẫn", r"của|cho"),
    ("hi", r"पासवर्ड|कूटशब्द", r"है|था", r"का|की|के"),
    (
        "ar",
        r"[وفبل]?(?:كلمة\s+(?:ال)?(?:مرور|سر)|(?:ال)?باسورد|(?:ال)?رقم\s+(?:ال)?سري)",
        r"هي|هو|كانت",
        r"ل|الخاصة",
    ),
    ("he", r"[והבלשמ]{0,2}סיסמ(?:ה|א|ת|אות|ות)", r"היא|הוא|עדיין|זה|זו", r"של|ל|עבור"),
)

# Words that mean "code" (or something else) as often as "password": they need a copula or a
# colon, never "WORD VALUE" alone.
WEAK_WORDS = r"κωδικ\w*|lösen|šifr\w*|tunnussan\w*"

# (language, words, copulas) for text without spaces between words. The word may be glued to
# what precedes it ("wifi密码是 X"); up to a few characters may stand before the copula
# ("密码一直是 X"), and a few kana or hangul after it ("パスワードはずっと X").
UNSPACED: tuple[tuple[str, str, str], ...] = (
    ("zh", r"密码|密碼|口令", r"是|为|為|:|=|就是|还是|還是|改成|改为|改為"),
    ("ja", r"パスワード|暗証番号|パスコード|合言葉", r"は|が|も|:|="),
    ("ko", r"비밀번호|비번|패스워드", r"는|은|이|가|:|="),
    ("th", r"รหัสผ่าน|พาสเวิร์ด", r"คือ|เป็น|:|="),
)

# "PIN" and its compounds; the value is 4-8 digits and needs a copula or a colon.
PIN_WORDS = (
    r"pin(?:[\s-]?(?:code|codes|kode|koden|kod|koodi|koodin|kodu|kód|kódja|nummer|number|nr))?"
    r"|pincode|pinkod(?:en)?|pinkode(?:n)?|geheimzahl|tunnusluku\w{0,3}|code\s+secret"
    r"|c[oó]digo\s+pin|codice\s+pin|kod\s+pin|cod(?:ul)?\s+pin|пин-?код\w{0,2}|пін-?код\w{0,2}"
    r"|κωδικός\s+pin"
)

# Literal pieces (lowercase) one of which every password word above starts with, or contains
# with only letters or "-" before it ("WLAN-Passwort"), and the same for every PIN word:
# searched on the lowercased text before any pattern runs.
HINTS = (
    "pass pw kennw wachtw paswo mdp contrase clave senha palavra parol parool pasfhocal focal "
    "hasł hasl haśl hase hesl hesel hesi gesl lozink šifr парол κωδικ συνθηματικ jelsz salasan "
    "tunnussan salasõna slaptažod slaptazod adgangskode kodeord lösen şifre sifre sandi laluan mật "
    "khau पासवर्ड कूटशब्द كلمة باسورد سري סיסמ 密码 密碼 口令 パスワード 暗証番号 パスコード "
    "合言葉 비밀번호 비번 패스워드 รหัสผ่าน พาสเวิร์ด"
)
# Hints with a space: the words whose letters before the "pass" or "sandi" are part of them.
MULTIWORD_HINTS = ("mot de", "mots de", "kata", "mat khau", "رقم")
PIN_HINTS = "pin geheimzahl tunnusluku secret пин пін"

# Between the word and the value: the text is about resetting, forgetting or the rules for a
# password, not about its value ("the password reset link is ...", "Passwort vergessen").
NOT_A_STATEMENT = (
    r"reset|recover|forgot|forget|hint|manager|policy|requir|must|length|strength|zurücksetz"
    r"|vergessen|vergiss|muss|restablec|olvid|debe|réinitialis|reinitialis|oubli|doit|redefin"
    r"|recuper|esquec|deve|reimpost|dimentic|herstel|vergeten|moet|resetow|zapomn|musi"
    r"|återställ|glömt|måste|nulstil|glemt|skal|tilbakestill|nollaa|unoh|pitää|sıfırla|unuttu"
    r"|olmalı|επαναφορ|ξέχασ|πρέπει|resetare|uitat|trebuie|obnov|zapomněl|musí|elfelejt"
    r"|visszaállít|kell|сброс|восстанов|забыл|должен|скину|забув|повинен|重置|找回|忘记|忘記"
    r"|必须|必須|リセット|忘れ|재설정|잊어|분실|lupa|reset|quên|đặt\s+lại"
)

# Right after the word ("κωδικός κράτησης", "clave de reserva"): a code that is no password.
CODE_QUALIFIERS = (
    r"κράτησ|κρατησ|προσφορ|έκπτωσ|εκπτωσ|παραγγελ|αποστολ|προϊόντ|ταχυδρομ|reserv|descuento"
    r"|promo|cup[oó]n|pedido|env[ií]o|producto|postal|del\s+éxito|del\s+exito|rabatt|bokning"
    r"|order|indirim|sipariş|kargo"
)
