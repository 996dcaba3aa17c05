/** Words of the Sync screen (Bahasa Indonesia). */
export const syncId = {
  title: 'Sinkronisasi',
  intro:
    'Catatan dikirim ke tim melalui server relai dalam bentuk terenkripsi ujung ke ujung: server hanya menyimpan dan meneruskan sandi, tidak pernah dapat membacanya. Menulis tidak pernah menunggu jaringan.',
  state: {
    notEnrolled: 'Belum bergabung dengan tim',
    offline: 'Luring — perubahan menunggu sinyal',
    connecting: 'Menghubungkan…',
    syncing: 'Menyinkronkan… {{done}}/{{total}}',
    upToDate: 'Mutakhir',
    error: 'Galat: {{reason}}',
    held: 'Sinkronisasi tertahan',
  },
  problem: {
    notMember:
      'Perangkat ini tidak lagi menjadi anggota tim di server ini (mungkin sudah dikeluarkan oleh supervisor). Catatan tetap aman di laptop ini; hubungi supervisor Anda.',
    authFailed:
      'Server menolak kunci perangkat ini. Catatan tetap aman di laptop ini; hubungi supervisor Anda dan periksa sidik jari kunci.',
    version:
      'Server memakai versi protokol lain. Perbarui aplikasi Pendamping; sampai saat itu catatan tetap tersimpan di laptop ini.',
    rateLimited:
      'Server sedang membatasi percobaan dari jaringan ini. Aplikasi mencoba lagi sendiri dalam {{seconds}} detik; tidak ada yang hilang.',
    details: 'Keterangan server: {{reason}}',
  },
  pending: 'Perubahan menunggu dikirim: {{count}}',
  quarantined: 'Perubahan yang tidak dapat dibuka (dikarantina): {{count}}',
  lastSynced: 'Terakhir mutakhir: {{at}}',
  never: 'belum pernah',
  traffic: 'Bulan ini: terkirim {{sent}}, diterima {{received}}',
  deferred: 'Unduhan besar ditunda oleh penghemat data: {{size}}',
  allowLarge: 'Izinkan unduhan besar sekarang',
  dataSaver: 'Penghemat data (tunda unduhan besar dan cuplikan)',
  unmetered: 'Jaringan ini tidak terbatas (Wi-Fi yang dipercaya)',
  createTitle: 'Buat tim (supervisor)',
  createHint: 'Supervisor pertama membuat tim di server relai, lalu mengundang konselornya.',
  serverUrl: 'Alamat server relai (ws:// atau wss://)',
  /** Why an address is refused (shared/sync/relay-address.ts), shown beside the field. */
  relayAddress: {
    empty: 'Ketik alamat server relai.',
    malformed:
      'Alamat ini tidak terbaca sebagai alamat server relai. Contoh: wss://relai.contoh.org',
    scheme:
      'Alamat server relai diawali wss:// (atau ws:// untuk uji coba di komputer ini), bukan http:// atau lainnya.',
    credentials:
      'Alamat server relai tidak boleh memuat nama pengguna atau kata sandi (bagian sebelum @).',
    insecure:
      'ws:// tidak terenkripsi: di luar komputer ini, jaringan dapat melihat kunci undangan dan lalu lintas tim, dan menahannya. Pakai wss://.',
  },
  allowInsecure: 'Izinkan koneksi tanpa enkripsi untuk uji coba',
  create: 'Buat tim',
  joinTitle: 'Gabung dengan kode undangan',
  joinHint:
    'Tempel kode undangan dari supervisor Anda. Kode berisi alamat server dan hanya berlaku sekali.',
  code: 'Kode undangan',
  rule: {
    codeShort:
      'Ini bukan kode undangan yang utuh: tempelkan seluruhnya, seperti yang dikirim supervisor Anda.',
  },
  join: 'Gabung',
  inviteTitle: 'Undang anggota',
  inviteRole: 'Peran',
  invite: 'Buat kode undangan',
  inviteCode: 'Berikan kode ini kepada orang yang diundang, lewat saluran yang Anda percaya:',
  roles: { supervisor: 'Supervisor', counselor: 'Konselor' },
  membersTitle: 'Anggota tim',
  membersHint:
    'Daftar tim ditandatangani para supervisornya dan diperiksa di perangkat ini. Cocokkan nomor keamanan dengan setiap orang, langsung atau lewat telepon, lalu tandai terverifikasi: sejak itu tidak ada yang bisa menyamar sebagai mereka, termasuk server sinkronisasi.',
  member: 'Anggota #{{n}}',
  displayName: {
    title: 'Nama tampilan',
    hint: 'Anggota tim melihat nama ini di antrean telaah, komentar, dan jejak audit. Nama dikirim terenkripsi ujung ke ujung dan ditandatangani dengan kunci Anda. Tulis nama Anda sendiri, jangan nama klien.',
    label: 'Nama Anda',
    save: 'Simpan nama',
    saved: 'Nama disimpan.',
  },
  me: '(Anda)',
  removed: 'dikeluarkan',
  handOverTitle: 'Serahkan kasus ke konselor lain',
  handOverHint:
    'Konselor baru menerima kunci kasus beserta riwayatnya; yang ditulis sesudahnya memakai kunci baru. Tercatat di jejak audit.',
  handOverTo: 'Serahkan kepada',
  handOver: 'Serahkan kasus',
  handedOver: 'Kasus diserahkan.',
  remove: 'Keluarkan dari tim',
  removeConfirm:
    'Keluarkan anggota #{{n}}? Semua kunci kasus di perangkat ini diganti; anggota itu tidak dapat membaca yang ditulis sesudahnya.',
  fingerprint: 'Sidik kunci',
  safety: {
    unverifiedName: '{{name}} (belum terverifikasi)',
    title: 'Nomor keamanan dengan {{name}}',
    how: 'Temui {{name}} atau teleponlah. Salah satu membacakan 60 angka ini per kelompok; yang lain mencocokkan di layarnya sendiri (atau memindai kode QR). Kedua layar menampilkan nomor yang sama bila tidak ada pihak lain di antara kalian.',
    match: 'Cocok: tandai terverifikasi',
    unmark: 'Hapus tanda terverifikasi',
    differ:
      'Jika satu kelompok saja berbeda, jangan tandai: mungkin ada pihak lain di antara Anda dan {{name}}. Beri tahu supervisor Anda, dan jangan bagikan apa pun sampai diperiksa ulang.',
    verified: 'terverifikasi',
    notVerified: 'belum terverifikasi',
    keyChanged:
      'Kunci {{name}} berubah sejak Anda memverifikasinya. Tidak ada yang dibagikan kepadanya sampai Anda mencocokkan nomor keamanan lagi.',
    show: 'Cocokkan nomor keamanan',
    hide: 'Tutup',
  },
  history: {
    title: 'Riwayat perubahan yang tidak utuh',
    unverified: '{{name}} (belum diverifikasi)',
    missing:
      '{{count}} perubahan dari {{name}} (di {{documents}} catatan) belum sampai ke laptop ini, padahal perubahan sesudahnya sudah sampai.',
    missingHow:
      'Server sinkronisasi mungkin menahannya, atau laptop penulisnya belum berhasil mengirimnya. Perangkat ini memintanya lagi setiap kali tersambung. Bila pesan ini tetap ada, beri tahu supervisor Anda.',
    forked:
      '{{name}} mengirim {{count}} perubahan dengan nomor yang sama tetapi isi berbeda: riwayatnya bercabang (misalnya laptop yang disalin). Keduanya disimpan; tidak ada yang hilang.',
    forkedHow:
      'Tanyakan langsung kepada anggota itu apakah catatannya dibuka di dua laptop dari salinan yang sama. Pesan tentang urutan tidak berarti ada yang hilang.',
    reordered:
      '{{count}} perubahan tiba tidak berurutan. Isi catatan tetap utuh; hal ini tercatat karena server yang jujur tidak mengubah urutan.',
    dismiss: 'Sudah dibaca',
  },
  trust: {
    banner:
      'Server sinkronisasi menunjukkan daftar tim yang tidak dapat dipercaya perangkat ini. Tidak ada yang dibagikan ke tim sampai hal itu diselesaikan.',
    open: 'Lihat alasannya',
    forkHow:
      'Supervisor Anda mencocokkan nomor keamanan dengan setiap anggota secara langsung. Setelah daftar tim dipastikan, mulai ulang: perangkat ini memeriksa lagi daftar dari server sejak awal, dan memberi tahu lagi bila masih berbeda.',
    startOver: 'Mulai ulang dari daftar tim yang sudah diperiksa',
    startOverConfirm:
      'Apakah supervisor Anda sudah memeriksa daftar tim dengan setiap anggota secara langsung? Perangkat ini akan memeriksa lagi daftar dari server sejak awal.',
    waiting:
      'Menunggu supervisor yang mengundang Anda mengonfirmasi Anda di tim. Sampai saat itu perangkat ini tidak membagikan apa pun dan tidak menerima kunci dari siapa pun.',
    fork: 'Server sinkronisasi menunjukkan riwayat tim yang berbeda dari yang sudah ada di perangkat ini (mulai peristiwa {{index}}). Tidak ada yang dibagikan sampai supervisor memeriksa tim. Beri tahu supervisor Anda.',
    rollback:
      'Server sinkronisasi menunjukkan daftar tim yang lebih lama daripada yang sudah dilihat perangkat ini atau rekan tim ({{served}} dari {{held}} peristiwa). Tidak ada yang dibagikan sampai daftar lengkap ditunjukkan.',
    invalid:
      'Server sinkronisasi mengirim perubahan daftar tim yang tidak ditandatangani supervisor. Perubahan itu ditolak, dan tidak ada yang dibagikan sampai daftar kembali sah.',
  },
  joining:
    'Anggota #{{n}} ({{role}}) sedang bergabung: sedang dicocokkan dengan undangannya, belum dipercaya apa pun.',
  invites: {
    title: 'Undangan terbuka',
    expires: '{{role}} · berlaku sampai {{at}}',
    tampered:
      'Server menunjukkan orang yang bergabung dengan kunci yang tidak dijamin undangan ini. Tidak ada yang ditambahkan. Buat undangan baru dan serahkan langsung.',
    cancel: 'Batalkan undangan',
    cancelled: 'Undangan dibatalkan: siapa pun yang memakainya tidak akan ditambahkan ke tim.',
  },
  copy: 'Salin',
  copied: 'Tersalin',
  inviteExpires: 'Berlaku sekali, sampai {{at}}. Atau minta ia memindai kode QR.',
  /** The compact indicator in the frame (issue #12, item 3): on every screen. */
  indicator: {
    label: 'Status sinkronisasi',
    upToDate: 'Mutakhir',
    upToDateAt: 'Mutakhir per {{time}}',
    syncing: 'Menyinkronkan…',
    connecting: 'Menghubungkan…',
    offline: 'Tidak tersambung',
    held: 'Ditolak server',
    waiting_one: '{{count}} catatan akan dikirim',
    waiting_other: '{{count}} catatan akan dikirim',
    lastAt: 'Terakhir mutakhir {{time}}',
    retryAt: 'Dicoba lagi pukul {{time}}',
    syncNow: 'Sinkronkan sekarang',
    open: 'Lihat halaman Sinkronisasi',
  },
  /** Why the device is not connected: what happened, then what to do. */
  cause: {
    noInternet: {
      short: 'Tidak ada internet',
      text: 'Komputer ini tidak tersambung ke jaringan. Catatan tetap tersimpan di sini dan dikirim begitu internet kembali; periksa Wi-Fi atau kabel.',
    },
    unreachable: {
      short: 'Server tidak terjangkau',
      text: 'Internet tersambung, tetapi server relai tidak menjawab (mungkin sedang mati atau diblokir). Catatan tetap tersimpan di sini; aplikasi mencoba lagi sendiri. Bila berlangsung lama, beri tahu pengelola server.',
    },
    notFound: {
      short: 'Server tidak ditemukan',
      text: 'Nama server relai tidak ditemukan. Periksa alamatnya (salah ketik?) atau coba lagi nanti bila jaringan bermasalah.',
    },
    timeout: {
      short: 'Server tidak menjawab',
      text: 'Server relai tidak menjawab tepat waktu; jaringan mungkin lambat. Aplikasi mencoba lagi sendiri; catatan tetap tersimpan di sini.',
    },
    tls: {
      short: 'Koneksi aman gagal',
      text: 'Koneksi aman ke server gagal (sertifikat tidak berlaku, atau wss:// ke server tanpa TLS). Tidak ada yang dikirim. Beri tahu pengelola server.',
    },
    notRelay: {
      short: 'Bukan server relai',
      text: 'Alamat ini menjawab, tetapi bukan server relai Pendamping. Periksa alamatnya bersama pengelola server.',
    },
    protocol: {
      short: 'Jawaban server tak terbaca',
      text: 'Server menjawab dengan sesuatu yang tidak dipahami aplikasi ini (mungkin versi lain). Perbarui Pendamping, atau beri tahu pengelola server.',
    },
    unknown: {
      short: 'Tidak tersambung',
      text: 'Sambungan ke server relai terputus. Catatan tetap tersimpan di sini; aplikasi mencoba lagi sendiri.',
    },
  },
  /** The relay answered and refused: what it means, and what to do. */
  refusal: {
    authFailed:
      'Server menolak kunci perangkat ini. Catatan tetap aman di laptop ini; hubungi supervisor Anda.',
    notMember:
      'Server menyatakan perangkat ini bukan anggota tim. Hubungi supervisor Anda; catatan tetap aman di laptop ini.',
    badInvite:
      'Server tidak mengenal kode undangan ini: kode sudah dipakai, kedaluwarsa, atau dibatalkan. Minta kode undangan baru kepada supervisor Anda.',
    teamExists:
      'Tim ini sudah ada di server. Coba lagi; bila berulang, beri tahu pengelola server.',
    forbidden: 'Server tidak mengizinkan tindakan ini untuk peran Anda.',
    version:
      'Server memakai versi protokol lain. Perbarui Pendamping; sampai saat itu catatan tetap di laptop ini.',
    rateLimited:
      'Server sedang membatasi percobaan dari jaringan ini. Tunggu beberapa menit, lalu coba lagi.',
    quotaExceeded:
      'Ruang penyimpanan tim di server penuh: perubahan baru belum dapat disimpan di sana. Semuanya tetap di laptop ini; beri tahu pengelola server.',
    tooManyScopes:
      'Server membatasi jumlah kasus per anggota, dan batas itu tercapai: kasus baru belum dikirim. Beri tahu pengelola server.',
    erased: 'Kasus ini sudah dihapus permanen di server.',
    shuttingDown: 'Server sedang dimatikan untuk pemeliharaan. Aplikasi mencoba lagi sendiri.',
    other: 'Server menolak permintaan ini. Coba lagi; bila berulang, beri tahu pengelola server.',
  },
  refusedChanges_one:
    '{{count}} perubahan ditolak server dan tetap di laptop ini; dikirim lagi saat tersambung berikutnya.',
  refusedChanges_other:
    '{{count}} perubahan ditolak server dan tetap di laptop ini; dikirim lagi saat tersambung berikutnya.',
  /** A join or team creation that failed, by what went wrong. */
  failure: {
    join: 'Belum bergabung.',
    create: 'Tim belum dibuat.',
    inviterGone:
      'Supervisor yang mengundang Anda tidak (lagi) ada di tim ini, jadi keanggotaan Anda tidak dapat diperiksa. Minta kode undangan baru.',
    handOverForbidden:
      'Hanya konselor yang memulai kasus ini, atau supervisor, yang dapat menyerahkannya.',
    rosterUnverified:
      'Daftar anggota tim belum dapat diperiksa saat ini, jadi tidak ada yang diubah. Coba lagi setelah tersinkron.',
    removalNotRecorded: 'Pengeluaran anggota belum tercatat di server. Coba lagi.',
    generic: 'Sinkronisasi gagal. Coba lagi; bila berulang, beri tahu pengelola server.',
  },
  technical: 'Detail teknis',
  asOf: 'Data tim per {{time}}',
  asOfNever: 'Data tim belum pernah disinkronkan',
  asOfOffline: '(tidak tersambung: bisa sudah berubah)',
  willBeSent: 'Akan dikirim: server belum menerimanya',
  suggestAddress: 'Pakai {{address}}',
  pendingRecords: 'Catatan menunggu dikirim: {{count}}',
  inviteCodeProblem: {
    'not-invite': 'Ini bukan kode undangan. Kode undangan diawali PDMP2-.',
    incomplete: 'Kode undangan tidak lengkap: salin semuanya, sampai kelompok terakhir.',
    mistyped: 'Kode undangan tidak lengkap atau salah ketik: salin atau ketik ulang.',
  },
  templates: {
    title: 'Daftar periksa tim',
    hint: 'Ubah butir daftar periksa dan terbitkan sebagai versi baru untuk seluruh tim. Sesi yang sudah ditulis tetap memakai versinya sendiri.',
    choose: 'Daftar periksa',
    labelId: 'Butir (Bahasa Indonesia)',
    labelEn: 'Butir (English)',
    add: 'Tambah butir',
    remove: 'Hapus',
    publish: 'Terbitkan versi {{version}} untuk tim',
    published: 'Versi {{version}} diterbitkan untuk tim.',
    concurrent:
      '{{name}}: versi {{version}} diterbitkan {{times}} kali secara bersamaan oleh supervisor yang sedang tidak tersambung. Semuanya disimpan, dan sesi yang sudah ditulis tetap memakai versinya masing-masing. Pilih versi yang ingin dilanjutkan; penerbitan berikutnya menjadi versi {{next}}.',
    publishedBy: 'Diterbitkan oleh {{by}} pada {{at}}',
    usedForNew: 'dipakai untuk sesi baru',
    continueFrom: 'Lanjutkan dari versi ini',
  },
};
