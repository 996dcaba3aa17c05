/**
 * Words the app's shell shows outside the React screens (issue #15, item 7): the desktop menu,
 * read by electron/main in the chosen language, and the page's own start-up failure.
 */
export const shellId = {
  menu: {
    app: 'Pendamping',
    lock: 'Kunci',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih semua',
    view: 'Tampilan',
    reload: 'Muat ulang',
    forceReload: 'Paksa muat ulang',
    devTools: 'Alat pengembang',
    resetZoom: 'Ukuran asli',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    fullScreen: 'Layar penuh',
    window: 'Jendela',
    minimize: 'Kecilkan',
    close: 'Tutup jendela',
  },
  coreUnreachable: 'Pendamping: inti aplikasi tidak dapat dihubungi. Muat ulang halaman ini.',
};
