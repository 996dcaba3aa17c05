/** Kata-kata lampiran terenkripsi (issue #14, butir 1), dalam Bahasa Indonesia. */
export const attachmentsId = {
  title: 'Lampiran',
  add: 'Lampirkan berkas',
  hint: 'Foto (JPEG, PNG, WebP), PDF, atau rekaman suara (Opus/Ogg dari WhatsApp, M4A, AAC, MP3, AMR), paling besar {{mb}} MB. Disimpan terenkripsi.',
  empty: 'Belum ada lampiran.',
  size: 'Ukuran {{size}}',
  save: 'Simpan {{name}}',
  remove: 'Hapus {{name}}',
  sync: {
    here: 'Hanya di perangkat ini',
    upload: 'Menunggu dikirim',
    download: 'Menunggu diterima',
    synced: 'Tersinkron',
  },
  refused: {
    too_large: 'Berkas terlalu besar: paling besar {{mb}} MB. Tidak ada yang diubah.',
    unknown_type:
      'Jenis berkas ini tidak dikenali (yang diterima: foto, PDF, rekaman suara). Tidak ada yang diubah.',
    damaged: 'Berkas ini rusak atau terpotong. Tidak ada yang diubah.',
    empty: 'Berkas ini kosong. Tidak ada yang diubah.',
  },
  waiting: 'Lampiran menunggu: {{up}} untuk dikirim, {{down}} untuk diterima.',
  held: '{{size}} di antaranya ditahan oleh penghemat data.',
  allowAll: 'Kirim/terima semua lampiran sekarang',
  allowOne: 'Kirim/terima sekarang',
};
