import type { Editor } from '@tiptap/react';
import { absolutePositionToRelativePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { CommentAnchor } from '../../../shared/domain';
import { toBase64 } from '../api/base64';

/**
 * The editor's selection as a comment anchor: two Yjs relative positions from the editor's own
 * binding (so they name the same items the core resolves), plus the words as quoted now.
 */
export function selectionAnchor(editor: Editor | null): CommentAnchor | null {
  if (!editor || editor.isDestroyed) return null;
  const { from, to } = editor.state.selection;
  if (from === to) return null;
  const binding = ySyncPluginKey.getState(editor.state)?.binding as
    | { type: Y.XmlFragment; mapping: Parameters<typeof absolutePositionToRelativePosition>[2] }
    | undefined;
  if (!binding) return null;
  const start = absolutePositionToRelativePosition(from, binding.type, binding.mapping);
  const end = absolutePositionToRelativePosition(to, binding.type, binding.mapping);
  if (!start || !end) return null;
  return {
    kind: 'note',
    start: toBase64(Y.encodeRelativePosition(start as Y.RelativePosition)),
    end: toBase64(Y.encodeRelativePosition(end as Y.RelativePosition)),
    quote: editor.state.doc.textBetween(from, to, '\n').slice(0, 2000),
  };
}
