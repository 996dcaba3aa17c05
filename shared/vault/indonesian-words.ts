/**
 * What a guesser tries first against an Indonesian counselor's passphrase, beyond zxcvbn-ts's
 * Indonesian package (@zxcvbn-ts/language-id: common words, names and Wikipedia titles, which
 * already hold the cities and provinces): religious phrases people type as one word, the words
 * of this work, and national words (issue #12, item 9). Lower case, no spaces, as zxcvbn matches.
 */
export const INDONESIAN_EXTRA_WORDS: string[] = [
  'bismillah',
  'alhamdulillah',
  'insyaallah',
  'inshaallah',
  'masyaallah',
  'subhanallah',
  'astagfirullah',
  'assalamualaikum',
  'amin',
  'aamiin',
  'pendamping',
  'pendampingan',
  'konselor',
  'konseling',
  'penyintas',
  'pekerjasosial',
  'peksos',
  'satpelsos',
  'dinsos',
  'sudinsos',
  'kemensos',
  'kelurahan',
  'kecamatan',
  'puskesmas',
  'posyandu',
  'sayangku',
  'cintaku',
  'rahasiaku',
  'katasandi',
  'katakunci',
  'sandiku',
  'kuncirahasia',
  'indonesiaraya',
  'merahputih',
  'pancasila',
  'bhinneka',
  'bhinnekatunggalika',
  'nusantara',
  'garuda',
  'garudaindonesia',
  'proklamasi',
  'merdeka',
  'dirgahayu',
  'betawi',
  'monas',
  'jabodetabek',
];

/**
 * Whether `passphrase` is one word with digits and symbols around it ("Jakarta123!",
 * "2024Surabaya!", "Rahasia@2024"): the letters, taken alone, are a word `isWord` knows, and
 * nothing but digits, symbols and spaces surround them.
 */
export function isWordWithDecoration(
  passphrase: string,
  isWord: (word: string) => boolean,
): boolean {
  const match = /^[^\p{L}]*(\p{L}{3,})[^\p{L}]*$/u.exec(passphrase.trim());
  const word = match?.[1];
  if (!word) return false;
  return isWord(word);
}
