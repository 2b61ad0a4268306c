"""Leak cues in European languages, as a table (``analysis.phrase_table``).

The older lists (``analysis.leak_lexicon``, ``analysis.leaks``) read English, German,
French, Spanish, Portuguese, Italian, Dutch, Polish and Japanese. This table adds the other
EU languages, Norwegian, and the cue kinds the older lists lacked in their own languages
("no announcement will be made", "kept off Slack", "the official line is ...").

Roles (``analysis.leak_lexicon_intl`` routes each to its rule):

* ``internal_doc``: an internal or confidential document, mail, memo, announcement or
  meeting: strong, like "internal memo".
* ``not_public``: not public or announced yet, no announcement will be made: strong.
* ``secrecy``: don't spread it, keep it between us, customers must not be told: weak.
* ``internal``: internally, leaked, from the inside: weak.
* ``incident``, ``concealed``: an incident and its concealment from customers or the
  regulator; ``cover``: the official story ("the official version is ...").
* ``material``: closures, layoffs, price rises, takeovers, launches.

Phrases are specific on purpose: "internal" alone also means internal medicine, an internal
transfer or a domestic flight, so it only counts next to a document or a meeting.
"""

from __future__ import annotations

from analysis.phrase_table import Table

EUROPE: Table = {
    "en": {
        "not_public": r"(?:wasn't|isn't|was not|is not|weren't|aren't) supposed to (?:be )?"
        r"(?:public|out|announced|known)(?: yet)?|no announcement (?:will be made|is planned"
        r"|is coming)|(?:there )?(?:won't|will not) be (?:an?|any) (?:announcement"
        r"|press release|public statement)",
        "secrecy": r"all i(?:'ll| will| can) say is"
        r"|(?:scripts?|talking points|holding statement|crib sheet) for when"
        r"|(?:haven't|have not|hasn't|has not) (?:seen|been) (?:a single|one|any) (?:line|word)"
        r"(?: \w+){0,3} (?:anywhere )?public",
        # "want it kept off Slack": an order from inside to keep it out of the company's own tools
        "internal": r"(?:kept|keep|keeping) (?:it |this |that |'[^']{1,40}' |(?:the )?[\w-]+"
        r" (?:thing |stuff )?)?off (?:slack|teams|e-?mail|the record|the intranet|the group chat"
        r"|(?:the )?chat)|(?:shared|sharing|share) (?:his|her|their|the|a) screen"
        r"|screen[- ]?shar\w*|someone (?:from|in) (?:finance|hr|legal|the board|leadership"
        r"|pricing|sales|marketing|ops|it (?:dept|department|team)|security|accounts)"
        r"|leaked internally|internal (?:audit|review|investigation|inquiry|findings)"
        r"|(?:we|staff|managers|the team) (?:got|were given|received) (?:a|the)"
        r" (?:sheet|script|crib sheet|brief|briefing pack)",
        "incident": r"phishing (?:attack|incident|breach)|overboard|(?:went|gone|put|lost|fell)"
        r" (?:\w+ ){0,3}over the side",
        "concealed": r"(?:won't|will not) be (?:an?|any) (?:e-?mail|letter|notice|notification"
        r"|statement|announcement|post) (?:about|on|for) it|(?:has|have|had) known (?:about it )?"
        r"(?:for|since) (?:weeks|months|days|ages)|(?:that|which) ['\"‘“](?:did not|didn't"
        r"|does not|doesn't|had no|has no|no) (?:affect|impact|involve|touch|compromise)"
        r"|(?:bigger|worse|larger|more serious) than (?:they |was |we |management |it was )?"
        r"(?:admitted|said|disclosed|told us)",
        "cover": r"(?:official|public) (?:line|story|version|explanation|excuse|narrative) "
        r"(?:is|was|will be)|(?:logged|recorded|filed|booked|written up|classed|classified"
        r"|coded) as (?:an? )?['\"‘“]|officially (?:it's|it is|it was) (?:an? )?['\"‘“]",
        "material": r"rebrand\w*",
    },
    "de": {
        "internal_doc": r"interne[nrs]? (?:ankündigung|mitteilung|rundmail|protokoll|info-?mail)",
        "not_public": r"es wird keine (?:ankündigung|pressemitteilung|mitteilung|stellungnahme)"
        r" geben|wird nicht (?:öffentlich )?(?:bekanntgegeben|kommuniziert)",
        "secrecy": r"behaltet (?:es|das) für euch|nicht weitererzählen|unter uns gesagt",
        "internal": r"intern zugegeben|intern durchgesickert",
        "incident": r"vorfall|vorfälle|vorfalls|kompromittiert|datenabfluss|unfall",
        "concealed": r"größer als (?:\w+ )?zugegeben|keine (?:meldung|mitteilung|info\w*"
        r"|benachrichtigung|e-?mail|mail) an (?:die )?(?:kunden|behörde\w*|aufsicht"
        r"|öffentlichkeit|mitglieder)",
        "cover": r"nach außen heißt es|offizielle (?:version|sprachregelung|linie|erklärung)"
        r"|sprachregelung",
        "material": r"zumach\w*|dichtmach\w*|schließung",
    },
    "fr": {
        "not_public": r"il n'y aura (?:pas d'|aucune )annonce|aucune annonce ne sera faite",
        "secrecy": r"ne (?:l')?ébruitez pas|gardez (?:ça|le) pour vous|entre nous",
        "incident": r"cyberattaque|rançongiciel|incident",
        "cover": r"(?:la )?version officielle|le discours officiel",
    },
    "es": {
        "not_public": r"no (?:habrá|va a haber) (?:ningún )?(?:anuncio|comunicado)",
        "secrecy": r"no lo (?:contéis|cuentes|difundas)|que no salga de aquí|entre nosotros",
        "cover": r"(?:la )?versión oficial",
    },
    "pt": {
        "not_public": r"não (?:vai haver|haverá) (?:nenhum )?(?:anúncio|comunicado)",
        "secrecy": r"fica entre nós|não espalhem",
        "incident": r"ataque hacker|ciberataque|incidente",
        "cover": r"(?:a )?versão oficial",
    },
    "it": {
        "internal_doc": r"(?:presentazione|documento|slide|verbale|nota|e-?mail|call|mail)"
        r" intern[aoie]",
        "not_public": r"non ci sarà (?:nessun|alcun) (?:annuncio|comunicato)|(?:comunicazione"
        r"|annuncio) (?:ai clienti|ufficiale|alla stampa) solo (?:a|da|dopo|il|in|tra)",
        "secrecy": r"non vi ho detto niente|non (?:l'avete|lo avete) sentito da me|non ditelo in"
        r" giro|resti tra noi",
        "incident": r"attacco ransomware|incidente",
        "cover": r"(?:la )?versione ufficiale",
    },
    "nl": {
        "not_public": r"er komt geen (?:aankondiging|persbericht|mededeling)",
        "secrecy": r"niet doorvertellen|onder ons gezegd|tussen ons|hou het stil",
        "incident": r"cyberaanval|ongeluk",
        "cover": r"(?:de )?officiële (?:lezing|versie|lijn)",
    },
    "pl": {
        "not_public": r"nie będzie (?:żadnego )?(?:ogłoszenia|komunikatu)",
        "secrecy": r"nie rozpowiadajcie|nie mówcie nikomu|między nami",
        "incident": r"cyberatak|atak hakerski|wypadek",
        "cover": r"oficjalna wersja",
    },
    "el": {
        "internal_doc": r"εσωτερικ\w* (?:σημείωμα|έγγραφ\w*|email|e-mail|μέιλ|ανακοίνωσ\w*"
        r"|ενημέρωσ\w*|συνάντησ\w*|παρουσίασ\w*|αναφορ\w*|υπόμνημα)|εμπιστευτικ\w* (?:έγγραφ\w*"
        r"|σημείωμα|email|μέιλ|ενημέρωσ\w*|παρουσίασ\w*)",
        "not_public": r"δεν (?:έχει )?(?:ανακοινωθεί|δημοσιοποιηθεί|ανακοινώθηκε) (?:ακόμα|ακόμη)"
        r"|(?:ακόμα|ακόμη) δεν (?:έχει )?(?:ανακοινωθεί|ανακοινώθηκε|δημοσιοποιηθεί|βγει)"
        r"|δεν θα (?:βγει|γίνει|υπάρξει) (?:καμία|καμιά) ανακοίνωση|καμία ανακοίνωση δεν θα",
        "secrecy": r"μην το (?:πείτε|πεις|διαδώσετε|διαδώσεις|μοιραστείτε)|μεταξύ μας"
        r"|κανείς δεν (?:το )?ξέρει ακόμα|οι πελάτες δεν (?:το )?(?:ξέρουν|γνωρίζουν)"
        r"|δεν (?:πρέπει|επιτρέπεται) να (?:το )?(?:πούμε|πω|πείτε) (?:στους πελάτες|σε κανέναν)",
        "internal": r"εσωτερικά|διέρρευσε",
        "incident": r"διαρροή (?:δεδομένων|στοιχείων)|παραβίαση (?:δεδομένων|ασφαλείας)"
        r"|κυβερνοεπίθεσ\w*|χακάρ\w*|ατύχημα|περιστατικό|διακοπή (?:λειτουργίας|υπηρεσίας)",
        "concealed": r"δεν ενημέρωσαν (?:τους πελάτες|κανέναν)|κανείς δεν ενημερώθηκε"
        r"|το κουκούλωσαν|κουκούλωμα|το έκρυψαν|χωρίς να ενημερώσουν",
        "cover": r"(?:η )?επίσημη (?:εκδοχή|γραμμή|εξήγηση)",
        "material": r"κλείνει|κλείσιμο|απολύσεις|περικοπές|αύξηση (?:τιμών|τιμής)|εξαγορά"
        r"|συγχώνευση|μετεγκατάσταση",
    },
    "ro": {
        "internal_doc": r"(?:e-?mail|mail|memo|document|notă|anunț|comunicat|ședință|prezentare"
        r"|raport)\w* intern\w*|(?:document|informați|e-?mail)\w* confidențial\w*",
        "not_public": r"nu (?:a fost|s-a) (?:încă )?(?:anunțat|făcut public|comunicat)"
        r"|nu e(?:ste)? încă (?:public|oficial)|nu (?:se )?va (?:face|da) (?:niciun|nici un) anunț",
        "secrecy": r"nu (?:spuneți|spune) (?:nimănui|la nimeni)|nu (?:răspândiți|distribuiți)"
        r"|între noi|nimeni nu știe (?:încă)?",
        "internal": r"pe surse|s-a scurs|din interior",
        "incident": r"scurgere de date|atac cibernetic|breșă de securitate|accidentul"
        r"|incidentul",
        "concealed": r"(?:clienții|nimeni) nu (?:au fost|a fost) (?:informați|informat|anunțați"
        r"|anunțat)|mușamaliz\w*",
        "cover": r"versiunea oficială|linia oficială",
        "material": r"se închide|închiderea|concedier\w*|disponibilizăr\w*|scumpir\w*|achiziți\w*"
        r"|fuziun\w*",
    },
    "cs": {
        "internal_doc": r"intern\w* (?:e-?mail\w*|mail\w*|sdělení|oznámení|dokument\w*|porad\w*"
        r"|schůz\w*|prezentac\w*|zpráv\w*|memo)|důvěrn\w* (?:dokument\w*|informac\w*|e-?mail\w*)",
        "not_public": r"(?:ještě|zatím) (?:to )?(?:není|nebylo) (?:oficiáln\w*|veřejn\w*|oznámen\w*"
        r"|zveřejněn\w*)|nebude (?:žádné )?(?:oznámení|prohlášení)",
        "secrecy": r"neříkejte to|nešiřte|nikomu (?:to )?neříkej\w*|mezi námi|nikdo (?:to )?"
        r"(?:ještě )?neví",
        "internal": r"interně|uniklo|zevnitř",
        "incident": r"únik\w* dat|kybernetick\w* útok\w*|hackersk\w* útok\w*|nehod\w*|výpad\w*",
        "concealed": r"(?:zákazníky|nikoho) (?:neinformoval\w*|neupozornil\w*)|zamlčel\w*"
        r"|ututlal\w*|zatajil\w*",
        "cover": r"oficiáln\w* verz\w*",
        "material": r"zavírá|uzavření|propouštění|zdražení|zdražuje|akvizic\w*|fúz\w*",
    },
    "sk": {
        "internal_doc": r"intern\w* (?:e-?mail\w*|mail\w*|oznámen\w*|dokument\w*|porad\w*"
        r"|prezentáci\w*|správ\w*)|dôvern\w* (?:dokument\w*|informáci\w*)",
        "not_public": r"(?:ešte|zatiaľ) (?:to )?(?:nie je|nebolo) (?:oficiáln\w*|verejn\w*"
        r"|oznámen\w*|zverejnen\w*)|nebude (?:žiadne )?(?:oznámenie|vyhlásenie)",
        "secrecy": r"nikomu to nehovor\w*|nešírte|medzi nami|nikto (?:to )?(?:ešte )?nevie",
        "internal": r"interne|zvnútra",
        "incident": r"únik\w* (?:dát|údajov)|kybernetick\w* útok\w*|nehod\w*|výpad\w*",
        "concealed": r"(?:zákazníkov|nikoho) neinformoval\w*|zatajil\w*|ututlal\w*",
        "cover": r"oficiáln\w* verzi\w*",
        "material": r"zatvára|prepúšťani\w*|zdraženie|akvizíci\w*",
    },
    "fi": {
        # "viesti" a message, not "viestintä" (the internal comms team someone works in)
        "internal_doc": r"sisäi\w* (?:tiedot\w*|sähköpost\w*|viesti|viestissä|viestin|muistio\w*"
        r"|asiakirj\w*"
        r"|dokument\w*|kokou\w*|esity\w*|info\w*)|luottamuksellin\w* (?:asiakirj\w*|dokument\w*"
        r"|tieto\w*|muistio\w*)",
        "not_public": r"(?:ei ole|ei) vielä (?:julkinen|julkista|julkistettu|julkaistu|virallista"
        r"|virallinen|ilmoitettu)|(?:asiasta )?ei (?:tule|tehdä) (?:mitään )?(?:tiedotetta"
        r"|ilmoitusta)",
        "secrecy": r"älkää kertoko|älä kerro kenellekään|ei saa kertoa (?:asiakkaille"
        r"|kenellekään)|meidän kesken|kukaan ei (?:vielä )?tiedä|pidetään salassa",
        "internal": r"sisäisesti|vuoti|vuodettiin|sisäpiiri\w*",
        "incident": r"tietovuo\w*|tietomurro\w*|tietomurto\w*|kyberhyökkäy\w*"
        r"|kiristyshaittaohjelm\w*|onnettomuu\w*|häiriö\w*",
        "concealed": r"asiakkaille ei (?:ole )?(?:kerrottu|ilmoitettu|tiedotettu)|salattiin"
        r"|vaiettiin|lakaistiin maton alle",
        "cover": r"virallinen (?:selitys|versio|kanta)",
        "material": r"suljetaan|sulkee|irtisanom\w*|yt-neuvottelu\w*|muutosneuvottelu\w*"
        r"|hinnankoro\w*|yritysosto\w*|fuusio\w*",
    },
    "hu": {
        "internal_doc": r"belső (?:levél\w*|levelet|e-?mail\w*|körlevél\w*|feljegyzés\w*"
        r"|dokumentum\w*|értekezlet\w*|megbeszélés\w*|prezentáció\w*|tájékoztató\w*"
        r"|közlemény\w*)|bizalmas (?:dokumentum\w*|információ\w*|levél\w*|e-?mail\w*)",
        "not_public": r"(?:még )?nem (?:hozták|tették) nyilvánosságra|még nem (?:hivatalos"
        r"|nyilvános|jelentették be)|nem lesz (?:semmilyen )?(?:bejelentés|közlemény)"
        r"|hivatalosan még nem",
        "secrecy": r"ne (?:terjesszétek|mondjátok el|szóljatok)|senkinek ne mondd|köztünk szólva"
        r"|az ügyfeleknek nem (?:szabad|mondhatjuk)|senki (?:sem )?tudja még",
        "internal": r"belsőleg|kiszivárgott|kiszivárog\w*|belülről",
        "incident": r"adatszivárgás\w*|adatvédelmi incidens\w*|kibertámadás\w*|zsarolóvírus\w*"
        r"|baleset\w*|incidens\w*|leállás\w*",
        "concealed": r"(?:az ügyfeleket|senkit) nem (?:értesítették|tájékoztatták)|eltitkol\w*"
        r"|elhallgat\w*|eltussol\w*",
        "cover": r"hivatalos (?:verzió|álláspont|magyarázat)",
        "material": r"bezár\w*|leépítés\w*|elbocsát\w*|áremelés\w*|felvásárlás\w*"
        r"|összeolvadás\w*",
    },
    "da": {
        "internal_doc": r"intern\w* (?:mail|e-?mail|memo|notat|meddelelse|dokument\w*|møde"
        r"|præsentation\w*|rapport\w*|nyhedsbrev)|fortrolig\w* (?:dokument\w*|mail|notat"
        r"|oplysninger)",
        "not_public": r"(?:endnu )?ikke (?:blevet )?(?:offentliggjort|meldt ud) endnu|der kommer"
        r" ingen (?:meddelelse|pressemeddelelse|udmelding)",
        "secrecy": r"sig det ikke til nogen|lad være med at sprede|kunderne må ikke (?:få|vide)"
        r"|ingen ved det endnu|hold det hemmeligt",
        "internal": r"lækket|lækkede|indefra",
        "incident": r"datalæk|databrud|hackerangreb|cyberangreb|ulykke\w*|hændelse\w*|nedbrud",
        "concealed": r"kunderne (?:er|blev) ikke (?:informeret|orienteret)|fejet ind under"
        r" gulvtæppet|dysset ned|holdt skjult",
        "cover": r"den officielle (?:forklaring|version|linje)",
        "material": r"lukker|lukning|fyringer|afskedigelse\w*|prisstigning\w*|opkøb",
    },
    "no": {
        "internal_doc": r"intern\w* (?:e-?post|mail|memo|notat|melding|dokument\w*|møte"
        r"|presentasjon\w*|rapport\w*)|fortrolig\w* (?:dokument\w*|e-?post|notat|opplysninger)",
        "not_public": r"ikke (?:offentliggjort|kunngjort|offisielt|offentlig) (?:ennå|enda)"
        r"|(?:ennå|enda) ikke (?:offentliggjort|kunngjort|offisielt|offentlig)|det kommer ingen"
        r" (?:kunngjøring|pressemelding|melding)",
        "secrecy": r"ikke si det til noen|ikke spre (?:det|dette)|mellom oss|kundene får ikke"
        r" vite|ingen vet det ennå|holdes hemmelig",
        "internal": r"internt|lekket|innenfra",
        "incident": r"datalekkasje|datainnbrudd|hackerangrep|dataangrep|løsepengevirus|ulykke\w*"
        r"|hendelse\w*|nedetid",
        "concealed": r"kundene (?:er|ble) ikke (?:informert|varslet)|feid under teppet",
        "cover": r"den offisielle (?:forklaringen|versjonen|linjen)",
        "material": r"legges ned|stenger|nedbemanning|oppsigelse\w*|prisøkning|oppkjøp",
    },
    "sv": {
        "internal_doc": r"intern\w* (?:mejl|mail|e-?post|memo|pm|dokument\w*|möte|presentation\w*"
        r"|rapport\w*|utskick|information)|konfidentiell\w* (?:dokument\w*|information|mejl)",
        "not_public": r"(?:inte|ej) (?:officiellt|offentligt|offentliggjort|annonserat"
        r"|kommunicerat) (?:än|ännu)|(?:ännu|än) inte (?:officiellt|offentligt|offentliggjort"
        r"|annonserat|ute)|det kommer inget (?:pressmeddelande|besked|meddelande)",
        "secrecy": r"säg inget till någon|sprid inte|mellan oss|kunderna får inte veta"
        r"|håll det hemligt|får inte berätta",
        "internal": r"internt|läckt\w*|läckte|inifrån",
        "incident": r"dataintrång|dataläcka|it-attack|cyberattack|olycka\w*|incidenten"
        r"|driftstörning\w*",
        "concealed": r"kunderna (?:har|blev) inte (?:informerats|informerade|meddelats)"
        r"|sopat under mattan|tystat ner|mörka\w*",
        "cover": r"den officiella (?:förklaringen|versionen|linjen)",
        "material": r"stänger|läggs ner|varsel|uppsägning\w*|prishöjning\w*|uppköp|förvärv"
        r"|lanserar|lansera",
    },
    "bg": {
        "internal_doc": r"вътрешн\w* (?:писмо|имейл|документ\w*|съобщени\w*|среща|презентаци\w*"
        r"|бележк\w*)|поверителн\w* (?:документ\w*|информаци\w*)",
        "not_public": r"(?:още|все още) не е (?:обявен\w*|публичн\w*|официалн\w*)|няма да има"
        r" (?:никакво )?(?:съобщение|изявление)",
        "secrecy": r"не (?:разпространявайте|казвайте на никого)|между нас|никой (?:още )?не знае",
        "incident": r"изтичане на данни|кибератак\w*|хакерск\w* атак\w*|инцидент\w*|авари\w*",
        "concealed": r"не (?:уведомиха|информираха) (?:клиентите|никого)|потулиха",
        "cover": r"официалн\w* версия",
        "material": r"затваря\w*|съкращени\w*|поскъпване|придобиване|сливане",
    },
    "hr": {
        "internal_doc": r"intern\w* (?:mail\w*|e-?mail\w*|dopis\w*|dokument\w*|sastan\w*"
        r"|obavijest\w*|prezentacij\w*)|povjerljiv\w* (?:dokument\w*|informacij\w*)",
        "not_public": r"još nije (?:službeno|javno|objavljen\w*)|neće biti (?:nikakve )?"
        r"(?:objave|obavijesti|izjave)",
        "secrecy": r"nemojte (?:to )?(?:širiti|govoriti)|među nama|nitko (?:još )?ne zna",
        "internal": r"procurilo|iznutra",
        "incident": r"curenje podataka|kibernetičk\w* napad\w*|hakersk\w* napad\w*|nesreć\w*",
        "concealed": r"(?:klijente|nikoga) nisu (?:obavijestili|informirali)|zataškal\w*"
        r"|prešutjel\w*",
        "cover": r"službena verzija",
        "material": r"zatvara\w*|otpuštanj\w*|poskupljenj\w*|preuzimanj\w*",
    },
    "sl": {
        "internal_doc": r"intern\w* (?:e-?pošt\w*|sporočil\w*|dokument\w*|sestan\w*|obvestil\w*"
        r"|dopis\w*)|zaupn\w* (?:dokument\w*|informacij\w*)",
        "not_public": r"še ni (?:uradno|javno|objavljen\w*)|ne bo (?:nobenega )?(?:obvestila"
        r"|sporočila|objave)",
        "secrecy": r"ne širite|med nami|nihče (?:še )?ne ve",
        "internal": r"pricurlo|od znotraj",
        "incident": r"uhajanje podatkov|kibernetsk\w* napad\w*|nesreč\w*",
        "concealed": r"(?:strank|nikogar) niso obvestili|prikril\w*|zamolčal\w*",
        "cover": r"uradna različica",
        "material": r"zapira\w*|odpuščanj\w*|podražitev\w*|prevzem\w*",
    },
    "et": {
        "internal_doc": r"sisemi\w* (?:kiri|kirjas|e-?kiri|memo|dokument\w*|koosolek\w*|teade\w*"
        r"|esitlus\w*)|konfidentsiaaln\w* (?:dokument\w*|teave|info)",
        "not_public": r"(?:pole|ei ole) (?:veel )?(?:avalikustatud|ametlik|avalik)|teadaannet ei"
        r" tule",
        "secrecy": r"ärge levitage|ära räägi kellelegi|meie vahel|keegi ei tea veel",
        "internal": r"sisemiselt|lekkis|seestpoolt",
        "incident": r"andmeleke|küberrünnak\w*|õnnetus\w*|intsident\w*",
        "concealed": r"klientidele ei (?:teatatud|öeldud)",
        "cover": r"ametlik versioon",
        "material": r"suletakse|koondamis\w*|hinnatõus\w*|ülevõtmi\w*",
    },
    "lv": {
        "internal_doc": r"iekšēj\w* (?:e-?past\w*|vēstul\w*|dokument\w*|sanāksm\w*|paziņojum\w*"
        r"|prezentācij\w*)|konfidenciāl\w* (?:dokument\w*|informācij\w*)",
        "not_public": r"vēl nav (?:publiskot\w*|oficiāl\w*|paziņot\w*)|paziņojuma nebūs",
        "secrecy": r"neizplatiet|nevienam nesaki|starp mums|neviens vēl nezina",
        "internal": r"iekšēji|noplūda|no iekšienes",
        "incident": r"datu noplūd\w*|kiberuzbrukum\w*|negadījum\w*",
        "concealed": r"klientus neinformēja|noklusēj\w*",
        "cover": r"oficiālā versija",
        "material": r"atlaišan\w*|cenu kāpum\w*|pārņemšan\w*",
    },
    "lt": {
        "internal_doc": r"vidin\w* (?:laišk\w*|el\. laišk\w*|dokument\w*|susirinkim\w*"
        r"|pranešim\w*|pristatym\w*|atmintin\w*)|konfidencial\w* (?:dokument\w*|informacij\w*)",
        "not_public": r"dar nepaskelbt\w*|dar nėra (?:viešai|oficialiai)|pranešimo nebus",
        "secrecy": r"neplatinkite|niekam nesakyk|tarp mūsų|niekas dar nežino",
        "internal": r"nutekėjo|iš vidaus",
        "incident": r"duomenų nutekėjim\w*|kibernetin\w* atak\w*|nelaim\w*",
        "concealed": r"klientų neinformavo|nuslėp\w*|nutyl\w*",
        "cover": r"oficiali versija",
        "material": r"atleidim\w*|kainų kėlim\w*|įsigijim\w*",
    },
    "ga": {
        "internal_doc": r"(?:meamram|ríomhphost|cáipéis) inmheánach",
        "not_public": r"níl sé poiblí fós",
    },
    "mt": {
        "internal_doc": r"(?:memo|email|ittra|dokument) intern\w*",
        "not_public": r"għadu mhux (?:pubbliku|uffiċjali)",
    },
}
