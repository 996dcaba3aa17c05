import * as Y from 'yjs';
import type { NoteNode, SessionContent } from '../../../shared/domain';
import { FIELDS } from '../records/field-register';

/**
 * The signed content of a session, read raw from its document (not through the schemas, so a
 * change that a schema would drop still changes the hash): meta, checklist ticks, risk answers,
 * when they were answered, risk actions, the conflict-keeping fields (what is shown of ticks,
 * answers and details), and the note as a canonical tree of its XML.
 */
export function sessionContent(doc: Y.Doc): SessionContent {
  const riskAt = doc.getMap<unknown>('riskMeta').get('answeredAt');
  const fields = doc.getMap(FIELDS);
  return {
    ...(fields.size > 0 ? { fields: fields.toJSON() } : {}),
    meta: doc.getMap('meta').toJSON(),
    ticks: doc.getMap('ticks').toJSON(),
    riskAnswers: doc.getMap('riskAnswers').toJSON(),
    riskAt: typeof riskAt === 'string' ? riskAt : undefined,
    riskActions: doc.getArray('riskActions').toJSON(),
    note: noteTree(doc.getXmlFragment('note')),
  };
}

export function noteTree(node: Y.XmlFragment | Y.XmlElement): NoteNode[] {
  return node.toArray().flatMap((child): NoteNode[] => {
    if (child instanceof Y.XmlText) {
      const delta = (child.toDelta() as Array<{ insert?: unknown; attributes?: unknown }>).flatMap(
        (op) =>
          typeof op.insert === 'string'
            ? [
                op.attributes && typeof op.attributes === 'object'
                  ? { insert: op.insert, attributes: op.attributes as Record<string, unknown> }
                  : { insert: op.insert },
              ]
            : [],
      );
      return [{ text: delta }];
    }
    if (child instanceof Y.XmlElement) {
      return [{ el: child.nodeName, attrs: child.getAttributes(), children: noteTree(child) }];
    }
    return [];
  });
}
