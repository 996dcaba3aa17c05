/** Words of the WhatsApp chat import (issue #14, item 2), Bahasa Indonesia. */
export const chatImportCasesId = {
  action: 'Impor obrolan WhatsApp',
  title: 'Impor obrolan WhatsApp',
  intro:
    'Pilih berkas .txt dari “Ekspor chat” WhatsApp. Berkas hanya dibaca di memori dan tidak disimpan: yang disimpan hanya transkrip, dengan nama klien diganti alias kasus.',
  file: 'Berkas ekspor obrolan (.txt)',
  tooLarge: 'Berkas terlalu besar: paling banyak 5 MB teks.',
  unreadable: 'Berkas ini tidak dapat dibaca sebagai teks.',
  noMessages: 'Tidak ada pesan WhatsApp yang dikenali dalam berkas ini.',
  summary_one: '{{count}} pesan, {{from}} sampai {{to}}',
  summary_other: '{{count}} pesan, {{from}} sampai {{to}}',
  dayOrder: 'Urutan tanggal dalam berkas',
  dmy: 'Hari/bulan/tahun (06/12/26 = 6 Desember 2026)',
  mdy: 'Bulan/hari/tahun (12/6/26 = 6 Desember 2026)',
  dayOrderUnsure:
    'Urutan tanggal tidak dapat dipastikan dari berkas ini. Periksa tanggal pada ringkasan dan ubah bila perlu.',
  dayOrderMixed:
    'Berkas ini memuat tanggal dengan dua urutan berbeda. Baris yang tidak sesuai tercantum di bawah dan disimpan sebagai teks.',
  client: 'Pengirim yang merupakan klien',
  counselor: 'Pengirim yang merupakan Anda',
  choose: '— pilih —',
  notInChat: '— tidak ada —',
  chooseClient: 'Pilih pengirim yang merupakan klien.',
  clientNames: 'Ganti juga nama ini dengan alias',
  moreNames: 'Nama panggilan lain klien (pisahkan dengan koma)',
  replaced:
    'Nama klien diganti dengan “{{alias}}”, Anda dengan “{{counselor}}”, pengirim lain dengan “{{other}} 1, 2…”, dan nomor telepon dengan “[nomor telepon]”.',
  counselorLabel: 'Konselor',
  otherLabel: 'Orang lain',
  problems_one:
    '{{count}} baris tidak terbaca sebagai pesan; baris itu tetap disimpan sebagai teks:',
  problems_other:
    '{{count}} baris tidak terbaca sebagai pesan; baris itu tetap disimpan sebagai teks:',
  problem: {
    beforeFirstMessage: 'Baris {{line}}: sebelum pesan pertama',
    malformedHeader: 'Baris {{line}}: tanggal atau jam tidak terbaca',
    impossibleDate: 'Baris {{line}}: tanggal atau jam tidak mungkin',
  },
  system_one: '{{count}} pemberitahuan WhatsApp (misalnya enkripsi) tidak dimasukkan.',
  system_other: '{{count}} pemberitahuan WhatsApp (misalnya enkripsi) tidak dimasukkan.',
  voiceNotes: 'Pesan suara dalam ekspor (dapat dilampirkan nanti):',
  preview: 'Pratinjau transkrip',
  previewMore_one: '… dan {{count}} pesan lagi',
  previewMore_other: '… dan {{count}} pesan lagi',
  submit: 'Impor sebagai sesi',
};
