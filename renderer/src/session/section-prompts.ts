import { Extension } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface SectionPromptsOptions {
  /** The prompt for an empty paragraph under a heading with this text; null for none. */
  promptFor: (headingText: string) => string | null;
  /** What an entirely empty note shows. */
  emptyText: () => string;
}

/**
 * Grey prompts in empty paragraphs ("Apa yang membawa klien ke sesi ini…" under "Keluhan
 * utama"), drawn as decorations: they guide the writer without ever becoming part of the note,
 * so they are neither saved, synced nor printed.
 */
export const SectionPrompts = Extension.create<SectionPromptsOptions>({
  name: 'sectionPrompts',

  addOptions() {
    return { promptFor: () => null, emptyText: () => '' };
  },

  addProseMirrorPlugins() {
    const { promptFor, emptyText } = this.options;
    return [
      new Plugin({
        key: new PluginKey('sectionPrompts'),
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            const doc = state.doc;
            let previous: PmNode | null = null;
            doc.forEach((node, offset) => {
              if (node.type.name === 'paragraph' && node.content.size === 0) {
                const text =
                  previous?.type.name === 'heading'
                    ? promptFor(previous.textContent.trim())
                    : doc.childCount === 1
                      ? emptyText()
                      : null;
                if (text) {
                  decorations.push(
                    Decoration.node(offset, offset + node.nodeSize, {
                      class: 'prompt',
                      'data-prompt': text,
                    }),
                  );
                }
              }
              previous = node;
            });
            return DecorationSet.create(doc, decorations);
          },
        },
      }),
    ];
  },
});
