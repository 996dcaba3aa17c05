import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * No raw colour outside the design tokens (issue #15, item 4): a theme, or a contrast fix, is
 * then one edit in renderer/src/ui/tokens.css. Every other style sheet and every inline style
 * names a token: var(--color-…) or var(--chart-…).
 */

const RENDERER = join(__dirname, '../../renderer');
const TOKENS = 'src/ui/tokens.css';

function filesUnder(dir: string, ending: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, ending);
    return ending.test(entry.name) ? [path] : [];
  });
}

const NAMED =
  'white|black|red|green|blue|gray|grey|silver|maroon|purple|fuchsia|lime|olive|yellow|navy|teal|aqua|orange|pink|brown|gold|crimson|tomato|salmon|coral|ivory|beige|khaki|violet|indigo';

/** Colour values in CSS: hex, the colour functions, and named colours as a value. */
const CSS_COLOUR = new RegExp(
  String.raw`#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|:\s*[^;{}]*\b(?:${NAMED})\b`,
  'g',
);
/** Colour values in a component: a hex string or a colour function in a string. */
const TSX_COLOUR = /['"`]\s*(?:#[0-9a-fA-F]{3,8}|(?:rgba?|hsla?|oklch)\()/g;

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

function rawColours(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const isCss = path.endsWith('.css');
  const source = isCss ? withoutComments(text) : text;
  const lines = source.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    // CSS: custom properties other than tokens may hold only var(); property names such as
    // white-space are not colours.
    const scanned = isCss ? line.replace(/white-space/g, '') : line;
    const pattern = isCss ? CSS_COLOUR : TSX_COLOUR;
    if (pattern.test(scanned)) found.push(`${relative(RENDERER, path)}:${i + 1}: ${line.trim()}`);
    pattern.lastIndex = 0;
  });
  return found;
}

describe('the renderer’s colours', () => {
  it('are written only in the design tokens file: no raw colour in any other style sheet', () => {
    const sheets = filesUnder(RENDERER, /\.css$/).filter((p) => relative(RENDERER, p) !== TOKENS);
    expect(sheets.length).toBeGreaterThan(5);
    expect(sheets.flatMap(rawColours)).toEqual([]);
  });

  it('are never written into a component’s inline style or chart', () => {
    expect(filesUnder(RENDERER, /\.tsx?$/).flatMap(rawColours)).toEqual([]);
  });

  it('catch a raw colour when one is written (the scan itself works)', () => {
    const sample = [
      'a { color: #fff; }',
      'b { background: rgb(0 0 0 / 5%); }',
      'c { border: 1px solid white; }',
    ];
    for (const line of sample) {
      expect(new RegExp(CSS_COLOUR.source).test(line)).toBe(true);
    }
    expect(
      new RegExp(CSS_COLOUR.source).test(
        'd { color: var(--color-text); white-space: nowrap; }'.replace(/white-space/g, ''),
      ),
    ).toBe(false);
    expect(new RegExp(TSX_COLOUR.source).test(`stroke="#b42318"`)).toBe(true);
  });

  it('are defined as custom properties only in the tokens file, which has a dark theme and visible focus', () => {
    const tokens = readFileSync(join(RENDERER, TOKENS), 'utf8');
    expect(tokens).toMatch(/:root\[data-theme='dark'\]/);
    expect(tokens).toMatch(/:focus-visible/);
    const others = filesUnder(RENDERER, /\.css$/).filter((p) => relative(RENDERER, p) !== TOKENS);
    const definitions = others.filter((path) =>
      /^\s*--[a-z0-9-]+\s*:/m.test(withoutComments(readFileSync(path, 'utf8'))),
    );
    expect(definitions.map((path) => relative(RENDERER, path))).toEqual([]);
  });
});
