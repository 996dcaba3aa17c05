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
  needsConnection: 'Penghapusan memerlukan sambungan ke server tim.',
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
};
