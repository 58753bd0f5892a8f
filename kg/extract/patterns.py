"""The named patterns the readers use: cue words, ranks, categories, venues, quotes, lists."""
from __future__ import annotations

import re

AWARD_NAME = "Paritrana Award"

WIN_CUE = re.compile(
    r"\b(juara|peringkat|terbaik|meraih|raih|meraup|memenangkan|menyabet|menyandang|diraih|dimenangkan|jatuh kepada|"
    r"keluar sebagai|menerima|diterima|penerima|pemenang|disusul|menempati|urutan|memboyong|diganjar|dianugerahi|"
    r"mendapat(?:kan)? (?:penghargaan|anugerah)|memperoleh|sabet|diberikan kepada|diserahkan kepada|menyerahkan|"
    r"diserahkan\b.{0,120}?\bkepada)\b",
    re.I)
MODAL_CUE = re.compile(r"\b(berpotensi|berharap|harapan|mudah-mudahan|semoga|ingin|berupaya|menargetkan|target|"
                       r"bercermin|kelak|nanti|bila|jika|apabila|syarat)\b", re.I)
NOMINATION_CUE = re.compile(
    r"\b(nominasi|nominee|kandidat|wawancara|tahap penilaian|presentasi|paparan|finalis|verifikasi lapangan|"
    r"masuk (?:dalam )?(?:daftar|nominasi|(?:\d+|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh) besar)|lolos|diikutsertakan|mewakili .{0,80}?tingkat nasional|"
    r"melaju (?:ke|mengikuti)|diusulkan (?:mewakili|mengikuti|ke)|tahap (?:final|akhir|seleksi))\b", re.I)
# "lalu" alone is "then" in a list; it marks the past only after a time word or a year.
PAST_CUE = re.compile(r"\b(pernah|sebelumnya|sebelum ini|sempat|(?:tahun|bulan|pekan|minggu|edisi|periode) "
                      r"(?:lalu|kemarin|sebelumnya)|20[12]\d\s+lalu|(?:januari|februari|maret|april|mei|juni|juli|agustus|"
                      r"september|oktober|november|desember)\s+lalu)\b", re.I)
NATIONAL_CUE = re.compile(r"\b(tingkat nasional|secara nasional|terbaik nasional|skala nasional|antar ?provinsi|"
                          r"se-?indonesia|nasional)\b", re.I)
RANK_WORDS = {"pertama": 1, "kesatu": 1, "satu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "keempat": 4,
              "empat": 4, "kelima": 5, "lima": 5, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
RANK = re.compile(
    r"\b(?:juara|peringkat|terbaik|urutan|posisi|rangking|ranking|predikat|menduduki posisi)\s*(?:ke[-\s]?)?"
    r"(?P<n>\d|I{1,3}|IV|V|pertama|kesatu|kedua|ketiga|keempat|kelima|satu|dua|tiga)\b"
    r"|\b(?:terbaik|juara|peringkat)\s+(?:umum\s+)?(?P<w>pertama|kedua|ketiga)\b",
    re.I)
# Between a rank and the winner it introduces: "Juara I diraih", "Urutan pertama ditempati", "Juara 1:".
RANK_LINK = re.compile(r"(?i)\s*(?:terbaik\s+|umum\s+)?[:–-]?\s*(?:(?:di(?:raih|peroleh|tempati|menangkan|sabet|berikan kepada)|"
                       r"jatuh (?:ke)?pada|adalah|ialah|yaitu|yakni)(?:\s+oleh)?)?\s*[:–-]?\s*")
# A list in the order of the ranking: "dimenangkan oleh X, disusul oleh Y serta Z".
ORDER_CUE = re.compile(r"(?i)\b(disusul|diikuti|menyusul|(?:secara )?berurutan|berturut-turut)\b")
# The provinces listed after "zona": "terbaik zona Nusa Tenggara, Maluku, Papua".
ZONE_LIST = re.compile(r"(?i)\bzona\s+(?:[A-Z][\w-]*\s*,?\s*)+(?:dan\s+)?$")
# Words that make up the names of award categories, never of winners.
CATEGORY_WORDS = {"perusahaan", "skala", "besar", "menengah", "layanan", "pelayanan", "publik", "sektor", "usaha",
                  "kecil", "mikro", "badan", "pemerintah", "kabupaten", "kota", "desa", "kelurahan", "provinsi", "dan",
                  "umkm", "ukm", "daerah"}
# A place named right after a venue: "di Aula Barat Gedung Sate, Kota Bandung".
VENUE_PLACE = re.compile(r"\b(?:di|bertempat di)\s+(?:[A-Z0-9][\w'’.-]*\s*){1,8},\s*$")
# The words of handing an award over.
HANDING_CUE = re.compile(r"(?i)\b(menyerahkan|diserahkan|penyerahan|dari tangan|memberikan|diberikan|menganugerahkan|"
                         r"menerima|diterima)\b")
CATEGORY = re.compile(
    r"\b[Kk](?:ategori|etegori)\s+(?P<label>(?:[A-Z][\w/.-]*|Kota/Kabupaten|(?:pemerintah|perusahaan|badan|usaha|sektor|"
    r"skala|pelayanan|layanan|provinsi|kabupaten|kota|desa|kelurahan|gampong|nagari|kampung|umkm|ukm)[\w/-]*)"
    r"(?:\s*(?:[A-Z][\w/.-]*|dan|&|skala|sektor|serta|usaha|besar|menengah|kecil|mikro|kecil-mikro|besar-menengah|"
    r"publik|daerah|provinsi|kabupaten/kota|kota|desa/kelurahan|kelurahan|desa|layanan|pelayanan|"
    r",(?=\s*[A-Z][a-z]+ (?:dan|&)))){0,9})")
# A category named without the word "kategori": "predikat perusahaan skala besar terbaik", "kelompok perusahaan
# menengah", "untuk badan usaha sektor layanan publik".
CATEGORY_BARE = re.compile(
    r"(?i)\b(?P<label>(?:perusahaan|badan usaha)\s+(?:skala\s+)?(?:besar|menengah|menegah)"
    r"|(?:badan usaha\s+)?(?:sektor|sector)\s+(?:layanan|pelayanan)\s+publi[ck]|(?:layanan|pelayanan)\s+publi[ck]"
    r"|usaha\s+(?:kecil|mikro)(?:\s+(?:dan|&)\s+(?:kecil|mikro|menengah))?)\b")
CEREMONY_CUE = re.compile(
    r"\b(diserahkan|menyerahkan|penyerahan|menerima|diterima|penganugerahan|penganugrahan|dianugerahkan|"
    r"menganugerahkan|digelar|berlangsung|bertempat|acara|malam|seremoni|upacara|diumumkan|memboyong)\b", re.I)
VENUE = re.compile(
    r"\b(?:di|bertempat di|berlangsung di|digelar di|dilaksanakan di|diselenggarakan di)\s+"
    r"(?P<venue>(?:(?:aula|ruang|ballroom|gedung|lantai)\s+\w+\s+)?"
    r"(?:The\s+[A-Z][\w'’-]*|(?:[A-Z][\w'’-]*\s+){0,2}(?:Hotel|Convention|Center|Centre|Hall)"
    r"|Gedung|Hotel|Aula|Ballroom|Kantor|Istana|Balai|Pendopo|Pendapa|Graha|Wisma|Convention|Auditorium|"
    r"Ruang|Rumah Dinas|Rumah Jabatan|Gelanggang|Sasana|Bale|Plaza|Menara|Lobby|Lobi|Hall|GOR|Pantai|Taman|"
    r"Anjungan|Rujab|Rumdin)\b"
    r"(?:[\s-]+(?:[A-Z0-9][\w'’.-]*|di|dan|&|de|of)){0,7})")
# A venue named after the verb of holding a ceremony, whatever its head word: "berlangsung di Anjong Mon Mata".
HELD_AT = re.compile(r"\b(?:berlangsung|digelar|bertempat|dilaksanakan|diselenggarakan|diadakan)\s+(?:[a-z]+\s+)?di\s+"
                     r"(?P<venue>[A-Z][\w'’.-]*(?:[ \t]+(?!Kabupaten\b|Kota\b|Provinsi\b|Kecamatan\b)[A-Z][\w'’.-]*){1,5})")
# A venue written as the subject: "Hotel X menjadi tempat penyerahan penghargaan".
VENUE_SUBJECT = re.compile(r"^\W*(?P<venue>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,5})\s+(?:menjadi|dipilih(?:\s+sebagai)?)\s+"
                           r"(?:tempat|lokasi)\b")
# A place written after "di" and before the town and day of a ceremony: "di Rujab Gubernur, Kendari, Kamis (8/8)".
VENUE_BEFORE_DATE = re.compile(r"\bdi\s+(?P<venue>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,5})\s*,\s*(?:[A-Z][\w-]+\s*,\s*)?"
                               r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b")
QUOTE = re.compile(r"[“\"](?P<q>[^”\"]{15,}?)[”\"]")
SPEECH_VERB = (r"(?:ujar|kata|ucap|ungkap|jelas|tutur|terang|tegas|tambah|imbuh|sebut|tutup|pungkas|papar|lanjut|"
               r"katanya|ujarnya|ucapnya|ungkapnya|jelasnya|tuturnya|terangnya|tegasnya|tambahnya|imbuhnya|sebutnya|"
               r"tutupnya|pungkasnya|paparnya|lanjutnya|menurut)")
ATTRIBUTION_AFTER = re.compile(r"^\s*[,.]?\s*(?P<verb>" + SPEECH_VERB + r")(?P<nya>nya)?\b\s*(?P<who>[A-Z][^,.;\n]{0,80})?")
COVERAGE_CUE = re.compile(
    r"\b(perlindungan|melindungi|dilindungi|terlindungi|jaminan sosial|jaminan ketenagakerjaan|didaftarkan|"
    r"mendaftarkan|terdaftar|kepesertaan|peserta|iuran|menanggung|ditanggung|mengikutsertakan|memberikan jaminan|"
    r"mencakup|mengcover|meng-cover|menjamin|dijamin|program ini|bpjs|kuota|menyasar|sasaran)\b", re.I)
COVERAGE_NEGATIVE = re.compile(r"\b(tantangan|membutuhkan|butuh|perlu|belum|kekurangan\w*|komitmen|berkomitmen|upaya|"
                               r"harapan|berharap|memperhatikan|capaian|baru|"
                               r"strategi|fokus|sosialisasi|diharapkan|seharusnya|kewajiban|wajib|minta|meminta|mengajak|"
                               r"imbau|mengimbau|memastikan|rendah|cakupan|ingin)\b", re.I)
PLANNED_CUE = re.compile(r"\b(akan|rencana|berencana|direncanakan|merencanakan|mengupayakan|sedang kita arahkan|"
                         r"ke ?depan|target|menargetkan|sasaran|diusulkan|mengusulkan|tahun depan|mendorong|secara bertahap)\b",
                         re.I)
# Formal employees are insured by their employers; a government "covering" them is never the news.
NOT_COVERAGE_GROUPS = {"pekerja-formal"}
AWARD_DEFINITION = re.compile(r"(?i)paritrana(?: award)?,?\s+(?:adalah|merupakan|sebuah|yakni|ialah|diberikan|ditujukan)")
LIST_HEAD = re.compile(r"\b(seperti|antara lain|yaitu|yakni|meliputi|termasuk|di antaranya|diantaranya)\b", re.I)
COUNT_BEFORE = re.compile(r"(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s+(?P<mult>ribu|juta))?\s+"
                          r"(?:(?:orang|peserta|jiwa)\s+(?:dari\s+(?:kalangan|unsur)\s+|dari\s+)?)?(?:para\s+)?$")
# A count told after the group: "pekerja rentan yang dilindungi ... mencapai 186.000 orang".
COUNT_AFTER = re.compile(r"^[^.;,\d]{0,80}?\b(?:mencapai|sebanyak|sejumlah|berjumlah|total)\s+"
                         r"(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s+(?P<mult>ribu|juta))?\s+(?:orang|jiwa|peserta|pekerja)\b")
# The verbs of actually enrolling or paying for a group, as against talk about protection in general.
ENROL_CUE = re.compile(r"(?i)\b(mendaftarkan|didaftarkan|terdaftar|menanggung|ditanggung|melindungi|dilindungi|"
                       r"terlindungi|mengikutsertakan|membayar\w*|dibayar\w*|iuran\w*|memberikan (?:jaminan|perlindungan)|"
                       r"menambah|memperluas|kuota|menyasar|menargetkan)\b")
YEAR_IN_AWARD = re.compile(
    r"[Pp]aritrana(?:\s+[Aa]wards?)?(?:\s+(?:tingkat|Tingkat)\s+[^.\n]{0,50}?|\s+(?:Provinsi\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?(?:\s+(?:Tahun|tahun|periode|Periode))?\s+(?P<y>20\d\d)\b"
    r"|(?:tahun|periode) penilaian\s+(?:[^.\n]{0,30}?)(?P<y2>20\d\d)")
YEAR = re.compile(r"\b(20[12]\d)\b")

# A winner written bare as the subject of winning: "..., Mahakam Karya Energi menjadi juara I", "binaan kami, Sri
# Istana Ayam Goreng, yang mendapat peringkat II".
SUBJECT_WINNER = re.compile(
    r"(?:^|[,;:]\s*|\b(?:sedangkan|sementara|dan|kemudian|lalu)\s+)"
    r"(?P<name>[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|&)){1,5})\s*,?\s+(?:yang\s+)?(?:berhasil\s+|juga\s+)?"
    r"(?:menjadi|meraih|mendapat(?:kan)?|keluar sebagai|menempati|menyabet|dinobatkan|tampil sebagai)\s+"
    r"(?:yang\s+)?(?:juara|peringkat|terbaik|predikat|penghargaan|urutan|posisi)\b")
SUBJECT_STOP = {"Untuk", "Pada", "Kategori", "Sementara", "Selain", "Adapun", "Hal", "Ia", "Kami", "Kita", "Dari", "Di",
                "Sedangkan", "Dalam", "Tahun", "Paritrana", "Penghargaan", "Juara", "Peringkat", "Sebagai", "Tim", "Dewan"}

# The separators of a written list of winners.
LIST_SEPARATOR = re.compile(r"[,;]|\b(?:dan|serta|disusul(?: oleh)?|diikuti(?: oleh)?|lalu|kemudian|sedangkan)\b")

# --- committees and juries ---------------------------------------------------------------------------
# The award's own bodies: "Tim 9 Paritrana Award 2023", "Dewan Juri", "Tim Penilai", "Panitia".
COMMITTEE = re.compile(
    r"\b(?P<body>(?:[Tt]im|TIM)\s+(?:9|[Ss]embilan|[Jj]uri|JURI|[Pp]enilai)|[Dd]ewan\s+[Jj]uri|[Pp]anitia|PANITIA)\b"
    r"(?P<award>\s+(?:Paritrana|PARITRANA)(?:\s+(?:Awards?|AWARDS?))?)?(?:\s+(?:[Tt]ahun\s+)?(?P<year>20\d\d))?")
# The chair: "diketuai oleh X".
COMMITTEE_CHAIR = re.compile(r"\bdiketuai\s+(?:oleh\s+)?")
# The secretary, written after the person or office: "X sebagai sekretaris" (not "sebagai Sekretaris Daerah").
COMMITTEE_SECRETARY = re.compile(r"\s+(?:sebagai|selaku)\s+[Ss]ekretaris\b(?!\s+[Dd]aerah)")
# The members, listed after a head: "7 anggota lain, yakni ...", "Anggotanya adalah ...".
COMMITTEE_MEMBERS = re.compile(r"(?i)\banggota(?:nya)?(?:\s+lain(?:nya)?)?\s*,?\s*(?:yakni|yaitu|adalah|ialah|"
                               r"terdiri (?:atas|dari)|:)\s*")
# An expert or interest-group seat taken by a named person: "..., SH sebagai Ahli Hukum", "X dari Unsur Pengusaha".
EXPERT_SEAT = re.compile(r"\s*,?\s+(?:sebagai|selaku|dari)\s+(?P<seat>(?:Ahli|Unsur)(?:\s+[A-Z][\w]*(?:/[A-Z][\w]*)*)+)")
# Where a list item of a committee starts: after a semicolon, a colon or a list head.
COMMITTEE_ITEM_START = re.compile(r"(?:;|:|\byakni\b|\byaitu\b|\badalah\b|\n)")
# A second post of a person just named: "..., yang juga Sekretaris Panitia Paritrana Award 2023".
ALSO_HOLDS = re.compile(r"(?i)\byang juga(?:\s+(?:merupakan|menjabat(?:\s+sebagai)?|sebagai))?\s+"
                        r"(?P<role>wakil ketua|ketua|sekretaris|anggota|bendahara)\s+(?P<body>(?:tim|dewan|panitia)\b)")

# --- winners named outside the sentence that says they won ---------------------------------------------
# A sentence that names winners by reference to an earlier one: "ketiga daerah itu adalah A, B, dan C",
# "para pemenangnya yaitu ...", "keenam penerima tersebut adalah ...".
REFERRED_WINNERS = re.compile(
    r"(?i)\b(?:(?:ke)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|\d+|para)\s+"
    r"(?:daerah|kabupaten(?:/kota)?|kota|provinsi|pemda|perusahaan|desa|mitra|penerima|pemenang|peraih)"
    r"(?:\s+(?:penghargaan|award|tersebut|itu))*\s*,?\s*(?:adalah|yaitu|yakni|ialah|antara lain|meliputi)\s+"
    r"|\b(?:para\s+)?(?:pemenang|penerima|peraih)(?:nya|\s+penghargaan(?:\s+(?:tersebut|itu))?)\s+"
    r"(?:adalah|yaitu|yakni|ialah)\s+")
# A clause that opens a later list item: "sedangkan kategori usaha kecil diraih A" -> A.
ITEM_CLAUSE = re.compile(r"^(?:[a-z][^,;]*?\s)?(?:diraih|dimenangkan(?:\s+oleh)?|oleh|adalah|yaitu|yakni|"
                         r"jatuh kepada)\s+")
# A place that is part of an office's name, not a winner: "Kantor Wilayah Jateng dan DIY", "Kanwil Jateng & DIY".
OFFICE_PLACE_BEFORE = re.compile(r"\b(?:[Kk]antor\s+[Ww]ilayah|[Kk]anwil|[Kk]antor\s+[Cc]abang|[Ww]ilayah|[Dd]eputi\s+"
                                 r"[Dd]irektur)\s+(?:[A-Z][\w-]*\s+){1,3}(?:dan|&)\s+$")
# A dateline after a place at the start of a line: "Semarang (ANTARA) -", "Kupang, outlet.com –".
DATELINE_AFTER = re.compile(r"^\s*(?:\([^)\n]{1,30}\)\s*[-–—:]|(?:,\s*[\w.]+\s*)?[-–—:]\s)")
# Between a place and the larger place that locates it: ", " or ", Kecamatan Y, " ("Desa X, Kec. Y, Kab. Z").
ADDRESS_GAP = re.compile(r"\s*,\s*(?:(?:Kecamatan|Kec\.?)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*)?")

# --- the ceremony's people ----------------------------------------------------------------------------
# A speaker who has just received the award: "..., ujar X, Asisten ..., seusai menerima penghargaan".
AFTER_RECEIVING = re.compile(r"(?i)^[\s,]*(?:[^.;“”\"]{0,120}?,\s*)?(?:seusai|usai|setelah|sesudah|selepas)\s+"
                             r"menerima\s+(?:langsung\s+)?(?:penghargaan|piala|trofi|anugerah)")
# Honorific and academic titles written before a name, which stand between a verb and the name it governs.
TITLES_AT_END = re.compile(r"(?:\b(?:Drs?|Dra|Hj?|HM|Ir|Prof|KH|Hj)\.?\s*)+$")
# A box that links to another story: "Baca juga: ...", "Lihat juga:", "Simak juga:".
RELATED_LINK = re.compile(r"^\s*(?:Baca|BACA|Lihat|Simak|Klik)\s+(?:[Jj]uga|JUGA)\b\s*:?")
