import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

type Format = 'bold' | 'italic' | 'heading' | 'bulletList' | 'orderedList';

const FORMATS: readonly { format: Format; glyph: string }[] = [
  { format: 'bold', glyph: 'B' },
  { format: 'italic', glyph: 'I' },
  { format: 'heading', glyph: 'H2' },
  { format: 'bulletList', glyph: '•' },
  { format: 'orderedList', glyph: '1.' },
];

function toggle(editor: Editor, format: Format): void {
  const chain = editor.chain().focus();
  if (format === 'bold') chain.toggleBold().run();
  else if (format === 'italic') chain.toggleItalic().run();
  else if (format === 'heading') chain.toggleHeading({ level: 2 }).run();
  else if (format === 'bulletList') chain.toggleBulletList().run();
  else chain.toggleOrderedList().run();
}

/** Bold, italic, section heading and lists: what a session note needs, with visible labels. */
export function EditorToolbar({ editor }: { editor: Editor }): React.JSX.Element {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    // Pressed only while writing: an unfocused editor's cursor sits at the start by default.
    selector: ({ editor: e }) => ({
      bold: e.isFocused && e.isActive('bold'),
      italic: e.isFocused && e.isActive('italic'),
      heading: e.isFocused && e.isActive('heading', { level: 2 }),
      bulletList: e.isFocused && e.isActive('bulletList'),
      orderedList: e.isFocused && e.isActive('orderedList'),
    }),
  });

  return (
    <div className="toolbar" role="toolbar" aria-label={t('session.note.toolbar')}>
      {FORMATS.map(({ format, glyph }) => (
        <button
          key={format}
          type="button"
          aria-pressed={active[format]}
          // Keep the selection in the editor while clicking.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => toggle(editor, format)}
        >
          <span className={`glyph ${format}`} aria-hidden="true">
            {glyph}
          </span>
          {t(`session.note.format.${format}`)}
        </button>
      ))}
    </div>
  );
}
