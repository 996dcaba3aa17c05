/** Words of erasure and the retention period (Bahasa Indonesia). */
export const erasureId = {
  title: 'Hapus permanen',
  intro:
    'Kasus yang sudah ditutup dapat dihapus permanen setelah masa simpannya berakhir. Kuncinya dimusnahkan di semua perangkat tim dan server relai membuang salinannya, sehingga salinan lama tidak dapat dibuka lagi. Yang tersisa hanya catatan bahwa kasus ini pernah ada dan kapan dihapus.',
  notClosed: 'Kasus ini masih aktif. Tutup kasus lebih dulu; masa simpan dihitung sejak ditutup.',
  retained: 'Ditutup {{closed}}. Boleh dihapus mulai {{eligible}}.',
  statusConflict: 'Status kasus ini bertentangan. Pilih status lebih dulu.',
  eligible: 'Ditutup {{closed}}; masa simpan berakhir {{eligible}}.',
  supervisorOnly: 'Hanya supervisor tim yang dapat menghapus kasus ini.',
  needsConnection:
    'Di tim, server tim menghapus salinannya lebih dulu. Tanpa sambungan, penghapusan menunggu dan berjalan sendiri saat tersambung lagi; sampai itu Anda dapat membatalkannya.',
  backupsMayHoldKey:
    'Kunci kasus ini belum tersimpan di server tim, jadi file cadangan yang sudah Anda buat masih dapat membukanya. Musnahkan sendiri file cadangan lama itu.',
  confirm: 'Ketik nama samaran kasus ({{alias}}) untuk memastikan',
  erase: 'Hapus permanen',
  erased: 'Kasus dihapus permanen.',
  policyTitle: 'Masa simpan kasus',
  policyHint:
    'Berapa hari kasus yang sudah ditutup disimpan sebelum boleh dihapus permanen. 0 berarti boleh dihapus begitu ditutup.',
  policyDays: 'Masa simpan (hari)',
  policySave: 'Simpan',
  policySaved: 'Masa simpan disimpan.',
  policySetBy: 'Ditetapkan {{at}}',
  policyReadOnly: 'Ditetapkan oleh supervisor tim.',
  registerTitle: 'Kasus yang dihapus permanen',
  registerEmpty: 'Belum ada kasus yang dihapus.',
  registerCase: 'Kasus',
  registerOpened: 'Dibuka',
  registerClosed: 'Ditutup',
  registerErased: 'Dihapus',
  registerBy: 'Oleh',
  unverified: 'tanda tangan tidak sah',
  refusedHere: {
    open: 'Tidak dihapus di perangkat ini: di sini kasus masih terbuka. Tidak ada yang dimusnahkan. Tanyakan kepada supervisor yang menghapusnya.',
    retained:
      'Tidak dihapus di perangkat ini: di sini kasus masih dalam masa simpan. Tidak ada yang dimusnahkan.',
    statusConflict:
      'Tidak dihapus di perangkat ini: statusnya diatur berbeda saat terpisah. Tidak ada yang dimusnahkan sampai hal itu diselesaikan.',
  },
  waitingTitle: 'Penghapusan menunggu sambungan',
  waiting:
    'Penghapusan permanen kasus ini diminta {{requested}} dan menunggu sambungan ke server tim. Penghapusan berjalan sendiri saat tersambung lagi, setelah syaratnya diperiksa ulang. Selama menunggu, kasus ini tidak dapat diubah.',
  cancel: 'Batalkan penghapusan',
  refusedTitle: 'Penghapusan permanen tidak dijalankan',
  refused:
    'Saat tersambung lagi ({{at}}) penghapusan tidak dijalankan: {{reason}}. Kasus ini tetap utuh.',
  dismiss: 'Tutup pemberitahuan',
  reason: {
    reopened: 'kasus dibuka kembali di perangkat lain',
    statusConflict: 'status kasus bertentangan',
    retained: 'masa simpan diperpanjang dan belum berakhir',
    notSupervisor: 'Anda bukan lagi supervisor tim',
    relayRefused: 'server tim tidak mengizinkannya',
    gone: 'kasus ini tidak ada lagi di perangkat ini',
  },
  requestsTitle: 'Penghapusan yang diminta tanpa sambungan',
  requestCase: 'Kasus',
  requestAt: 'Diminta',
  requestState: 'Keadaan',
  requestWaiting: 'menunggu sambungan',
  requestRefused: 'tidak dijalankan: {{reason}}',
  requestNoCase: '(tidak ada lagi di perangkat ini)',
};
