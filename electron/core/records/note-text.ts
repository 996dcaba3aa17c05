import * as Y from 'yjs';

/**
 * The plain text of a rich-text note (a Y.XmlFragment as the editor writes it), one block per
 * line, for search. Formatting marks are dropped.
 */
export function noteText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  const walk = (node: Y.XmlElement | Y.XmlFragment, line: string[]): void => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) {
        for (const op of child.toDelta() as Array<{ insert?: unknown }>) {
          if (typeof op.insert === 'string') line.push(op.insert);
        }
      } else if (child instanceof Y.XmlElement) {
        const inner: string[] = [];
        walk(child, inner);
        if (inner.length > 0) lines.push(inner.join(''));
      }
    }
  };
  const top: string[] = [];
  walk(fragment, top);
  if (top.length > 0) lines.push(top.join(''));
  return lines.join('\n');
}
