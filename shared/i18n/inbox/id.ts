/**
 * Words of Home's inbox, the navigation's counts, and risk in one place (issue #12, items 2 and
 * 6), in Bahasa Indonesia.
 */
export const inboxId = {
  empty: 'Tidak ada yang menunggu Anda. Semua sudah ditangani.',
  badge_one: '{{count}} menunggu',
  badge_other: '{{count}} menunggu',
  returned: 'Dikembalikan untuk revisi',
  returnedReason: 'Alasan: {{text}}',
  comments: 'Komentar yang belum dijawab',
  commentCount_one: '{{count}} komentar',
  commentCount_other: '{{count}} komentar',
  risk: 'Risiko belum ditangani',
  riskMissing: 'Belum dicatat: {{list}}',
  waiting: 'Menunggu tinjauan (risiko tertinggi dulu)',
  waitingMore: 'dan {{count}} lainnya di Tinjauan',
  resubmitted: 'Dikirim ulang setelah revisi',
  submittedAt: 'dikirim {{date}}',
  by: 'oleh {{name}}',
  changes: {
    title: 'Yang berubah sejak pengiriman sebelumnya',
    between: 'Catatan saat dikirim {{before}} dibandingkan dengan saat dikirim ulang {{after}}.',
    summary: '{{added}} kata ditambah, {{removed}} kata dihapus.',
    none: 'Catatan tidak berubah.',
    notKept:
      'Isi catatan pada pengiriman sebelumnya tidak tersimpan, jadi perubahannya tidak dapat ditampilkan.',
  },
  emergency: {
    title: 'Kontak darurat',
    open: 'Kontak darurat',
    national: 'Layanan darurat nasional (Indonesia)',
    nationalHint: 'Layanan dukungan psikologis Kementerian Kesehatan (SEJIWA), di Indonesia.',
    // As the Ministry writes it ("hubungi 119 ext 8").
    nationalNumber: '{{number}} ext {{extension}}',
    directory: 'Kontak krisis dari direktori',
    directoryEmpty:
      'Belum ada kontak krisis di direktori. Tambahkan rumah sakit, psikiater, atau kepolisian beserta nomornya di Direktori.',
    call: 'Telepon {{name}}',
  },
  plan: {
    openPlan: 'Buka rencana keselamatan kasus ini',
    fromAction: 'Rencana keselamatan yang dimaksud tindakan ini ada di tab Rencana Keselamatan.',
    openSession: 'Buka skrining risiko {{date}}',
    notRecorded: 'Belum dicatat sebagai tindakan pada sesi berisiko.',
  },
  caseRisk: {
    byActions:
      'Catat tindakan wajib di sesinya; risiko dianggap tertangani bila semuanya tercatat.',
    session: 'Skrining risiko {{date}}',
    openSession: 'Buka skrining risiko sesi ini',
    otherwise: 'Ditangani dengan cara lain?',
    allDone: 'Semua tindakan wajib sudah dicatat. Risiko tertangani.',
  },
};
