import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorInText, resolveNoteAnchor } from '../../../electron/core/review';

function note(...paragraphs: string[]): { doc: Y.Doc; texts: Y.XmlText[] } {
  const doc = new Y.Doc();
  const texts = paragraphs.map((p) => new Y.XmlText(p));
  doc.getXmlFragment('note').push(
    texts.map((text) => {
      const element = new Y.XmlElement('paragraph');
      element.insert(0, [text]);
      return element;
    }),
  );
  return { doc, texts };
}

describe('a comment anchored to a passage of the note', () => {
  it('resolves to the words it was made on', () => {
    const { doc, texts } = note('Klien cemas soal hutang.', 'Rencana: bertemu lagi.');
    const text = texts[1] as Y.XmlText;
    const anchor = anchorInText(text, 9, 12);
    expect(anchor.quote).toBe('bertemu lagi');
    expect(resolveNoteAnchor(doc, anchor)?.quote).toBe('bertemu lagi');
  });

  it('follows the words when text is typed and deleted before them', () => {
    const { doc, texts } = note('Klien cemas soal hutang sewa.');
    const text = texts[0] as Y.XmlText;
    const anchor = anchorInText(text, 17, 11);
    expect(anchor.quote).toBe('hutang sewa');
    text.insert(0, 'Hari ini ');
    text.delete(9, 6); // "Klien "
    text.insert(text.length - 1, ' kontrakan');
    const resolved = resolveNoteAnchor(doc, anchor);
    expect(resolved?.quote).toBe('hutang sewa');
    expect(resolved?.from).toBe('Hari ini cemas soal '.length);
  });

  it('follows the words when the edit comes from another device', () => {
    const { doc, texts } = note('Klien cemas soal hutang.');
    const anchor = anchorInText(texts[0] as Y.XmlText, 6, 5);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const otherText = (other.getXmlFragment('note').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    otherText.insert(0, 'Sore itu, ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    expect(resolveNoteAnchor(doc, anchor)?.quote).toBe('cemas');
  });

  it('spans paragraphs and is gone once its words are deleted', () => {
    const { doc, texts } = note('Satu dua.', 'Tiga empat.');
    const start = anchorInText(texts[0] as Y.XmlText, 5, 0).start;
    const end = anchorInText(texts[1] as Y.XmlText, 0, 4).end;
    expect(resolveNoteAnchor(doc, { start, end })?.quote).toBe('dua.\nTiga');
    const only = anchorInText(texts[1] as Y.XmlText, 5, 5);
    (texts[1] as Y.XmlText).delete(0, 11);
    expect(resolveNoteAnchor(doc, only)).toBeUndefined();
  });
});
