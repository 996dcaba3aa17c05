import * as Y from 'yjs';

/**
 * Comments anchored to a passage of the note by Yjs relative positions (issue "Supervision",
 * part 2). A relative position names an item of the document, not an offset, so it follows the
 * text when words are typed or deleted before it, on this device or on another one.
 */
const fromBase64 = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));
const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** The note's text pieces in document order, with where each starts in noteText's plain text. */
function textRuns(fragment: Y.XmlFragment): Array<{ text: Y.XmlText; offset: number }> {
  const runs: Array<{ text: Y.XmlText; offset: number }> = [];
  let offset = 0;
  let blockOpen = false;
  const walk = (node: Y.XmlFragment | Y.XmlElement, depth: number): void => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        runs.push({ text: child, offset });
        offset += child.length;
        blockOpen = true;
      } else if (child instanceof Y.XmlElement) {
        walk(child, depth + 1);
        // noteText puts one block per line: count the line break after a block with text.
        if (depth === 0 && blockOpen) {
          offset += 1;
          blockOpen = false;
        }
      }
    }
  };
  walk(fragment, 0);
  return runs;
}

/** An anchor over [index, index + length) of one text node, e.g. in tests or from plain offsets. */
export function anchorInText(
  text: Y.XmlText,
  index: number,
  length: number,
): { start: string; end: string; quote: string } {
  const start = Y.createRelativePositionFromTypeIndex(text, index);
  // The end sticks to the character before it (assoc -1): typing right after the passage
  // does not stretch the comment over the new words.
  const end = Y.createRelativePositionFromTypeIndex(text, index + length, -1);
  return {
    start: toBase64(Y.encodeRelativePosition(start)),
    end: toBase64(Y.encodeRelativePosition(end)),
    quote: textOf(text).slice(index, index + length),
  };
}

/** Where the anchored passage is now, in the note's plain text; undefined once it is gone. */
export function resolveNoteAnchor(
  doc: Y.Doc,
  anchor: { start: string; end: string },
): { quote: string; from: number; to: number } | undefined {
  let start: Y.AbsolutePosition | null;
  let end: Y.AbsolutePosition | null;
  try {
    start = Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(fromBase64(anchor.start)),
      doc,
    );
    end = Y.createAbsolutePositionFromRelativePosition(
      Y.decodeRelativePosition(fromBase64(anchor.end)),
      doc,
    );
  } catch {
    return undefined;
  }
  if (!start || !end) return undefined;
  const runs = textRuns(doc.getXmlFragment('note'));
  const startRun = runs.find((r) => r.text === start.type);
  const endRun = runs.find((r) => r.text === end.type);
  if (!startRun || !endRun) return undefined;
  const from = startRun.offset + start.index;
  const to = endRun.offset + end.index;
  if (to <= from) return undefined;
  const plain = plainText(runs);
  return { quote: plain.slice(from, to), from, to };
}

/** The plain text the offsets refer to, rebuilt from the runs (matches noteText). */
function plainText(runs: Array<{ text: Y.XmlText; offset: number }>): string {
  let out = '';
  for (const run of runs) {
    while (out.length < run.offset) out += '\n';
    out += textOf(run.text);
  }
  return out;
}

/** The characters of a text node without its formatting (XmlText.toString adds tags). */
export function textOf(text: Y.XmlText): string {
  return (text.toDelta() as Array<{ insert?: unknown }>)
    .map((op) => (typeof op.insert === 'string' ? op.insert : ' '))
    .join('');
}
