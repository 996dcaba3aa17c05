import { uiId } from '../ui/id';
import { shellId } from '../shell/id';

/**
 * The words the app needs before the vault is unlocked (the unlock and first-run screens, errors,
 * settings, the shell): loaded with the unlock screen. Everything else is in ../workspace, loaded
 * once it shows (issue #11, item 6).
 */
export const startId = {
  ui: uiId,
  shell: shellId,
  app: {
    name: 'Pendamping',
    tagline: 'Catatan pendampingan yang terenkripsi, tetap jalan tanpa sinyal',
    loading: 'Memuat…',
    coreUnavailable: 'Inti aplikasi tidak dapat dihubungi. Muat ulang jendela.',
  },
  language: { label: 'Bahasa', id: 'Bahasa Indonesia', en: 'English' },
  /** A session's checklist, details and risk as values, for whoever may not change them. */
  sessionValues: {
    none: 'Tidak ada',
    notAnswered: 'Belum dijawab',
    notRecorded: 'Belum dicatat',
    ticked: 'Dicentang',
    notTicked: 'Belum dicentang',
    stageItems: '{{open}} dari {{total}} butir belum dicentang',
    stageDone: 'Semua {{total}} butir sudah dicentang',
  },
  /** The app's own date fields, day first on the 24-hour clock (issue #12, item 8). */
  dateField: {
    day: 'Tanggal',
    month: 'Bulan',
    year: 'Tahun',
    hour: 'Jam',
    minute: 'Menit',
    dayPlaceholder: 'hh',
    yearPlaceholder: 'tttt',
    hourPlaceholder: 'jj',
    minutePlaceholder: 'mm',
    monthPlaceholder: 'Bulan…',
    problem: {
      incomplete: 'Tanggal belum lengkap: isi tanggal, bulan dan tahun.',
      incompleteTime: 'Waktu belum lengkap: isi tanggal, bulan, tahun, jam dan menit.',
      noSuchDay: 'Tanggal ini tidak ada: {{month}} {{year}} hanya sampai tanggal {{days}}.',
      year: 'Tulis tahun dengan empat angka, misalnya 2026.',
      hour: 'Jam ditulis 00 sampai 23 (pukul 24.00 adalah 00.00 hari berikutnya).',
      minute: 'Menit ditulis 00 sampai 59.',
    },
  },
  nav: {
    home: 'Beranda',
    cases: 'Kasus',
    review: 'Telaah',
    sync: 'Sinkronisasi',
    settings: 'Pengaturan',
    lock: 'Kunci',
  },
  vault: {
    firstRunTitle: 'Selamat datang di Pendamping',
    firstRunIntro:
      'Buat frasa sandi. Frasa ini mengunci semua catatan di perangkat ini; tanpa frasa sandi atau kunci pemulihan, catatan tidak dapat dibaca siapa pun, termasuk kami.',
    passphrase: 'Frasa sandi',
    passphraseRepeat: 'Ulangi frasa sandi',
    create: 'Buat brankas',
    creating: 'Membuat kunci… (butuh sekitar satu detik)',
    mismatch: 'Kedua frasa sandi tidak sama.',
    strength: 'Kekuatan: {{label}}',
    /** One verdict, in step with what the vault accepts (issue #12, item 9). */
    verdict: {
      tooShort: 'Terlalu pendek: belum dapat dipakai',
      weak: 'Lemah: belum dapat dipakai',
      guessable: 'Mudah ditebak: belum dapat dipakai',
      good: 'Cukup kuat: dapat dipakai',
      strong: 'Kuat: dapat dipakai',
    },
    tooShort: 'Frasa sandi minimal 10 karakter.',
    tooGuessable:
      'Frasa sandi ini terlalu mudah ditebak. Gunakan beberapa kata acak atau kalimat yang hanya Anda ketahui.',
    recoveryTitle: 'Kunci pemulihan Anda',
    recoveryIntro:
      'Tulis kunci ini di kertas dan simpan di tempat aman. Kunci ini hanya ditampilkan sekali dan dapat membuka brankas bila frasa sandi terlupa.',
    recoveryConfirmIntro: 'Untuk memastikan kunci sudah dicatat, ketik kelompok ke-{{groups}}.',
    recoveryGroup: 'Kelompok ke-{{n}}',
    recoveryConfirm: 'Konfirmasi',
    recoveryMissing:
      'Kunci pemulihan belum dikonfirmasi. Buat kunci pemulihan baru sekarang agar brankas dapat dipulihkan.',
    recoveryNew: 'Buat kunci pemulihan baru',
    recoveryPassphrase: 'Frasa sandi Anda (diperlukan untuk membuat kunci pemulihan baru)',
    recoveryLater: 'Nanti',
    unlockTitle: 'Buka brankas',
    unlock: 'Buka',
    unlocking: 'Membuka…',
    forgot: 'Lupa frasa sandi?',
    recoverTitle: 'Pulihkan dengan kunci pemulihan',
    recoveryKey: 'Kunci pemulihan',
    newPassphrase: 'Frasa sandi baru',
    recover: 'Pulihkan',
    back: 'Kembali',
    lockedBy: {
      manual: 'Brankas dikunci.',
      idle: 'Brankas dikunci otomatis karena tidak ada aktivitas.',
      system: 'Brankas dikunci karena perangkat tidur atau layar dikunci.',
      shutdown: 'Brankas dikunci.',
    },
  },
  backup: {
    title: 'Cadangan terenkripsi',
    intro:
      'Satu berkas berisi seluruh brankas, tetap terenkripsi. Hanya dapat dibuka dengan frasa sandi atau kunci pemulihan Anda. Simpan di flashdisk atau tempat lain di luar laptop ini.',
    export: 'Buat cadangan',
    exporting: 'Membuat cadangan… {{percent}}%',
    downloading: 'Mengunduh cadangan… {{percent}}%',
    saved: 'Cadangan dibuat: {{name}} ({{size}} KB).',
    restoreLink: 'Pulihkan dari cadangan',
    restoreTitle: 'Pulihkan dari cadangan',
    restoreIntro:
      'Pilih berkas cadangan Pendamping (.pdbackup), lalu buka dengan frasa sandi saat cadangan dibuat, atau dengan kunci pemulihan dan frasa sandi baru.',
    file: 'Berkas cadangan',
    withPassphrase: 'Dengan frasa sandi',
    withRecoveryKey: 'Dengan kunci pemulihan',
    restore: 'Pulihkan',
    uploading: 'Membaca berkas… {{percent}}%',
    restoring: 'Memulihkan… {{percent}}%',
  },
  settings: {
    title: 'Pengaturan',
    lockAfter: 'Kunci otomatis setelah tidak aktif (menit)',
    saved: 'Tersimpan.',
    recoveryTitle: 'Kunci pemulihan',
    recoveryHint:
      'Catatan kunci pemulihan hilang atau mungkin terbaca orang lain? Buat kunci baru: kunci lama berhenti berlaku begitu yang baru dikonfirmasi.',
    changePassphrase: 'Ganti frasa sandi',
    currentPassphrase: 'Frasa sandi sekarang',
    change: 'Ganti',
    changed: 'Frasa sandi diganti.',
    about: 'Versi {{version}} · {{host}}',
    hostElectron: 'aplikasi desktop',
    hostWeb: 'host web lokal',
  },
  errors: {
    bad_request: 'Permintaan tidak valid.',
    unknown_method: 'Fitur ini tidak dikenali oleh inti aplikasi.',
    not_found: 'Tidak ditemukan.',
    exists: 'Sudah ada.',
    locked: 'Brankas terkunci. Buka kembali untuk melanjutkan.',
    not_initialised: 'Brankas belum dibuat.',
    wrong_passphrase: 'Frasa sandi salah. Tidak ada data yang diubah.',
    wrong_recovery_key: 'Kunci pemulihan ini bukan milik brankas ini.',
    recoveryKeyGroupTypo:
      'Kelompok ke-{{group}} kunci pemulihan tampaknya salah ketik. Periksa lagi kelompok itu; kelompok lain tampak benar.',
    recoveryKeyGroupMismatch:
      'Kelompok ke-{{group}} tidak sama dengan kunci yang ditampilkan. Periksa lagi kelompok itu.',
    recovery_key_format:
      'Format kunci pemulihan salah: periksa lagi setiap kelompok (mungkin ada salah ketik).',
    too_many_attempts: 'Terlalu banyak percobaan. Coba lagi dalam {{seconds}} detik.',
    weak_passphrase: 'Frasa sandi terlalu lemah.',
    corrupt: 'Sebagian data rusak atau diubah: {{message}}',
    disk_full: 'Penyimpanan penuh. Kosongkan ruang disk; tidak ada yang hilang.',
    signed:
      'Sesi ini sudah ditandatangani dan tidak dapat diubah. Tambahkan adendum untuk koreksi.',
    erasure_waiting:
      'Kasus ini menunggu dihapus permanen saat tersambung lagi, jadi tidak dapat diubah. Batalkan penghapusan lebih dulu untuk mengubahnya.',
    internal: 'Terjadi kesalahan di inti aplikasi.',
    relay_address: 'Alamat server relai ini tidak dapat dipakai.',
    invite_code: 'Kode undangan ini tidak dapat dibaca.',
    risk_actions_missing: 'Tindakan wajib dari skrining risiko belum dicatat.',
    conflict_open: 'Masih ada isian dengan dua nilai yang disimpan: pilih salah satu lebih dulu.',
    attachment_refused: 'Berkas ini tidak dapat dilampirkan. Tidak ada yang disimpan.',
    export_refused: 'Berkas ini tidak dapat diekspor. Tidak ada yang keluar dari brankas.',
    sync_failed: 'Sinkronisasi gagal: {{message}}',
  },
};

export type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { [K in keyof T]: Widen<T[K]> };

export type StartCatalog = Widen<typeof startId>;
