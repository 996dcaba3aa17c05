/**
 * Words of the look (theme, text size) and the keyboard shortcuts (issue #15, items 4 and 5), in
 * Bahasa Indonesia.
 */
export const uiId = {
  appearance: {
    title: 'Tampilan',
    theme: 'Tema',
    themeSystem: 'Ikuti sistem',
    themeLight: 'Terang',
    themeDark: 'Gelap',
    textSize: 'Ukuran teks',
    textNormal: 'Normal',
    textLarge: 'Besar',
    textLarger: 'Lebih besar',
  },
  shortcuts: {
    title: 'Pintasan papan ketik',
    open: 'Pintasan papan ketik',
    intro:
      'Semua bisa dilakukan dengan papan ketik: Tab untuk berpindah, Enter atau Spasi untuk memilih.',
    action: 'Tindakan',
    keys: 'Tombol',
    or: 'atau',
    close: 'Tutup',
    newSession: 'Sesi baru (dari halaman kasus)',
    search: 'Cari',
    save: 'Simpan formulir yang sedang diisi',
    lock: 'Kunci aplikasi',
    help: 'Tampilkan pintasan ini',
    newSessionWhere: 'Buka sebuah kasus dulu untuk memulai sesi baru.',
  },
};
