import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { woffToSfnt } from './woff';

/**
 * The fonts every PDF embeds: Noto Sans from @fontsource, in the subsets it ships (Latin with
 * Indonesian's and Vietnamese's letters, Greek, Cyrillic, Devanagari), regular and bold. A field
 * can hold any language, so each character is set in the first subset that has it; one that none
 * has (an emoji, a script not shipped) becomes a visible stand-in instead of a missing glyph or a
 * crash. Only the glyphs used are embedded (pdfkit subsets), so a page of Latin costs ~20 KB.
 */
const SUBSETS = [
  'latin',
  'latin-ext',
  'vietnamese',
  'greek',
  'greek-ext',
  'cyrillic',
  'cyrillic-ext',
  'devanagari',
] as const;

export type Weight = 'regular' | 'bold';

export interface LoadedFont {
  /** The name pdfkit knows it by. */
  name: string;
  bytes: Buffer;
  font: Font;
}

export interface FontSet {
  regular: LoadedFont[];
  bold: LoadedFont[];
}

/** What stands for a character no font has. */
export const STAND_IN = '?';

let loaded: FontSet | undefined;

function load(weight: 400 | 700): LoadedFont[] {
  const require = createRequire(import.meta.url);
  return SUBSETS.map((subset) => {
    const file = require.resolve(
      `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
    );
    const bytes = woffToSfnt(readFileSync(file));
    return { name: `noto-${subset}-${weight}`, bytes, font: create(bytes) };
  });
}

/** Read once per process: ~400 KB of fonts, parsed lazily by fontkit. */
export function fontSet(): FontSet {
  loaded ??= { regular: load(400), bold: load(700) };
  return loaded;
}

export interface Run {
  font: string;
  text: string;
}

function isJoiner(codePoint: number): boolean {
  return (
    codePoint === 0x200d ||
    codePoint === 0xfe0e ||
    codePoint === 0xfe0f ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff)
  );
}

const coverage = new Map<string, number>();

function fontIndexFor(fonts: LoadedFont[], codePoint: number, weight: Weight): number {
  const key = `${weight}:${codePoint}`;
  const known = coverage.get(key);
  if (known !== undefined) return known;
  const index = fonts.findIndex((f) => f.font.hasGlyphForCodePoint(codePoint));
  coverage.set(key, index);
  return index;
}

/**
 * Splits text into runs of one font each. Spaces and line breaks join the run before them, so a
 * line of Latin is one run; control characters other than a line break are dropped.
 */
export function runsOf(text: string, weight: Weight, fonts: FontSet = fontSet()): Run[] {
  const list = fonts[weight];
  const first = list[0];
  if (!first) return [];
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x20 && char !== '\n') continue;
    // Joiners, variation selectors and skin tones belong to the emoji before them (one stand-in).
    if (isJoiner(codePoint)) continue;
    let font: string;
    let out = char;
    if (char === '\n' || char === ' ') {
      font = current?.font ?? first.name;
    } else {
      const index = fontIndexFor(list, codePoint, weight);
      const chosen = index >= 0 ? list[index] : undefined;
      font = chosen ? chosen.name : first.name;
      if (!chosen) out = STAND_IN;
    }
    if (current && current.font === font) current.text += out;
    else {
      current = { font, text: out };
      runs.push(current);
    }
  }
  return runs;
}
