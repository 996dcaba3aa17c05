import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue #15, item 7: every word a person reads in the renderer comes from the catalogs
 * (shared/i18n), so it exists in Bahasa Indonesia and in English. Read from the source of every
 * component: text written between tags, a string placed as a child, and the attributes a person
 * reads or hears (title, placeholder, alt, aria-label...) must not be literal words.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER = join(ROOT, 'renderer', 'src');

/** Attributes whose value is read or spoken to the person. */
const READ_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
]);

/**
 * Words that are the same in both languages on purpose: the product's name, and each language's
 * own name, which a language switch shows in that language.
 */
const SAME_IN_BOTH = new Set(['Pendamping', 'Bahasa Indonesia', 'English', 'WhatsApp']);

const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text);

interface Literal {
  file: string;
  line: number;
  text: string;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

function literalText(file: string, source: string): Literal[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string): void => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!hasWords(trimmed) || SAME_IN_BOTH.has(trimmed)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push({ file: relative(ROOT, file), line: line + 1, text: trimmed });
  };
  const literalOf = (node: ts.Node): string | undefined =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const text = literalOf(node.expression);
      if (text !== undefined) report(node, text);
    }
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const text =
        init && ts.isJsxExpression(init) && init.expression
          ? literalOf(init.expression)
          : init && literalOf(init);
      if (text !== undefined) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('text in the renderer', () => {
  it('finds literal words where a person reads them (the check itself)', () => {
    const found = literalText(
      'Sample.tsx',
      `export const A = () => (
        <section title="Ringkasan kasus">
          <h2>Sesi hari ini</h2>
          <p>{'Belum ada sesi'}</p>
          <input placeholder={'Cari'} aria-label={t('search.label')} />
          <span className="badge">{t('ok')}</span>
          <b>Pendamping</b> · 3
        </section>
      );`,
    );
    expect(found.map((f) => f.text)).toEqual([
      'Ringkasan kasus',
      'Sesi hari ini',
      'Belum ada sesi',
      'Cari',
    ]);
  });

  it('comes from the catalogs in every component', () => {
    const found = tsxFiles(RENDERER).flatMap((file) =>
      literalText(file, readFileSync(file, 'utf8')),
    );
    expect(found.map((f) => `${f.file}:${f.line} "${f.text}"`)).toEqual([]);
  });
});
