import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSync, SaveStatus } from './document-sync';
import { EditorToolbar } from './EditorToolbar';
import { noteSectionsContent, sectionPrompt } from './note-sections';
import { SectionPrompts } from './section-prompts';
import { useLanguage } from '../i18n/use-language';

/** The XmlFragment of a session's (and a private note's) Y.Doc that holds the note. */
const NOTE_FIELD = 'note';

/**
 * A rich-text editor bound to the renderer's copy of a document: TipTap edits the Y.Doc, the
 * DocumentSync sends the edits to the core. Undo/redo come from the Collaboration extension
 * (Yjs's own undo manager), so StarterKit's history is switched off.
 */
export function NoteEditor(props: {
  sync: DocumentSync;
  status: SaveStatus;
  labelledBy: string;
  /** The catalog key of what the empty editor shows (looked up when drawn: follows the language). */
  emptyPromptKey: string;
  /** Offer "Sisipkan bagian" on an empty note. */
  offerSections?: boolean;
  /**
   * A signed note, or one this person does not write (a supervisor's view of a counselor's note):
   * shown, selectable with the mouse (for comments), not editable.
   */
  readOnly?: boolean;
  /** Hands the editor out, e.g. so a comment can be anchored to its selection. */
  onEditor?: (editor: Editor | null) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const language = useLanguage();

  const editor = useEditor(
    {
      extensions: [
        StarterKit.configure({ undoRedo: false, link: false }),
        Collaboration.configure({ document: props.sync.doc, field: NOTE_FIELD }),
        SectionPrompts.configure({
          promptFor: (heading) => sectionPrompt(heading, i18n.language === 'en' ? 'en' : 'id'),
          emptyText: () => t(props.emptyPromptKey),
        }),
      ],
      editorProps: {
        attributes: {
          'aria-labelledby': props.labelledBy,
          'aria-multiline': 'true',
          role: 'textbox',
          class: 'note-text',
        },
      },
      editable: !props.readOnly,
      onBlur: () => props.sync.flush(),
    },
    [props.sync],
  );
  useEffect(() => {
    if (!editor.isDestroyed) editor.setEditable(!props.readOnly);
  }, [editor, props.readOnly]);
  const { onEditor } = props;
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);
  // Redraw the prompts in the new language (a transaction that changes nothing in the note).
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta('language', language));
  }, [editor, language]);
  const isEmpty = useEditorState({ editor, selector: ({ editor: e }) => e.isEmpty });

  function insertSections(): void {
    const end = editor.state.doc.content.size;
    editor.commands.insertContentAt({ from: 0, to: end }, noteSectionsContent(language));
    // The cursor goes into the first section's paragraph, where its prompt shows.
    const firstParagraph = editor.state.doc.child(0).nodeSize + 1;
    editor.chain().focus().setTextSelection(firstParagraph).run();
  }

  return (
    <div className="note-editor">
      <div className="note-bar no-print">
        {!props.readOnly && <EditorToolbar editor={editor} />}
        {/* "Saved" says nothing about a note this person cannot change. */}
        {!(props.readOnly && props.status === 'saved') && (
          <span className={`save-status ${props.status}`} role="status">
            {t(`session.save.${props.status}`)}
          </span>
        )}
      </div>
      {props.offerSections && isEmpty && !props.readOnly && (
        <div className="insert-sections no-print">
          <button type="button" onClick={insertSections}>
            {t('session.note.insertSections')}
          </button>
          <span className="hint">{t('session.note.insertSectionsHint')}</span>
        </div>
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
