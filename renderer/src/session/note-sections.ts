import type { JSONContent } from '@tiptap/react';
import { labelText, NOTE_SECTIONS, type LabelLanguage } from '../../../shared/domain';

/** The four section headings (H2), each followed by an empty paragraph that shows its prompt. */
export function noteSectionsContent(language: LabelLanguage): JSONContent[] {
  return NOTE_SECTIONS.flatMap((section) => [
    {
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: labelText(section.title, language) }],
    },
    { type: 'paragraph' },
  ]);
}

/**
 * The prompt for a section heading, in the chosen language. A heading written in the other
 * language (the note was started before the user switched) still finds its prompt.
 */
export function sectionPrompt(headingText: string, language: LabelLanguage): string | null {
  const section = NOTE_SECTIONS.find(
    (s) => s.title.id === headingText || s.title.en === headingText,
  );
  return section ? labelText(section.prompt, language) : null;
}
