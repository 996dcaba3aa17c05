import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIBRARY_FILE_MAX_BYTES,
  type LibraryItemView,
  type LibraryUpload,
} from '../../../shared/api/library';
import {
  LibraryItemKind,
  LibraryLanguage,
  LibraryTextFormat,
  parseTags,
} from '../../../shared/domain/library/item';
import { useApi } from '../api/api-context';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { useFieldProblems } from '../ui/use-field-problems';
import { useSubmit } from '../ui/use-submit';
import { readAsBase64 } from './file-bytes';

const ACCEPT: Record<Exclude<LibraryItemKind, 'text'>, string> = {
  leaflet: 'application/pdf',
  image: 'image/png,image/jpeg,image/webp',
};

/** Adds an item, or saves a new version of one (the same id; the kind stays). */
export function LibraryItemForm(props: {
  item: LibraryItemView | null;
  onSaved: (saved: LibraryItemView) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const submit = useSubmit();
  const it = props.item;
  const [kind, setKind] = useState<LibraryItemKind>(it?.kind ?? 'text');
  const [title, setTitle] = useState(it?.title ?? '');
  const [language, setLanguage] = useState<LibraryLanguage>(it?.language ?? 'id');
  const [tags, setTags] = useState(it?.tags.join(', ') ?? '');
  const [text, setText] = useState(it?.text ?? '');
  const [format, setFormat] = useState<LibraryTextFormat>(it?.textFormat ?? 'plain');
  const [file, setFile] = useState<File | null>(null);
  const adding = useFieldProblems('library.add');
  const updating = useFieldProblems('library.update');
  const fields = it ? updating : adding;
  const [tooLarge, setTooLarge] = useState(false);
  const fileProblem = tooLarge ? 'library.problem.fileLarge' : fields.under('upload');

  async function save(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const content = {
      kind,
      title: title.trim(),
      language,
      tags: parseTags(tags),
      text: text.trim(),
      textFormat: format,
    };
    const chosen = kind === 'text' ? null : file;
    // Not read at all when it cannot fit: the schema would refuse its bytes (upload.base64) anyway.
    const large = chosen !== null && chosen.size > LIBRARY_FILE_MAX_BYTES;
    setTooLarge(large);
    const saved = await submit.run(async () => {
      const upload =
        chosen && !large
          ? ({
              name: chosen.name,
              mediaType: chosen.type as LibraryUpload['mediaType'],
              base64: await readAsBase64(chosen),
            } satisfies LibraryUpload)
          : undefined;
      const withUpload = upload ? { upload } : {};
      const refused = (error: unknown): never => {
        fields.showRefused(error);
        throw error;
      };
      if (it) {
        const input = { itemId: it.id, content, ...withUpload };
        if (!updating.check(input) || large) return undefined;
        return api.call('library.update', input).catch(refused);
      }
      const input = { content, ...withUpload };
      if (!adding.check(input) || large) return undefined;
      return api.call('library.add', input).catch(refused);
    });
    if (saved) props.onSaved(saved);
  }

  return (
    <form className="panel library-form" onSubmit={(e) => void save(e)} noValidate>
      <h2>{it ? t('library.form.editTitle') : t('library.form.add')}</h2>
      <div className="row">
        {!it && (
          <Field label={t('library.form.kind')}>
            <select value={kind} onChange={(e) => setKind(LibraryItemKind.parse(e.target.value))}>
              {LibraryItemKind.options.map((k) => (
                <option key={k} value={k}>
                  {t(`library.kind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label={t('library.form.title')} problem={fields.problems['content.title']}>
          <input autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label={t('library.form.language')}>
          <select
            value={language}
            onChange={(e) => setLanguage(LibraryLanguage.parse(e.target.value))}
          >
            {LibraryLanguage.options.map((l) => (
              <option key={l} value={l}>
                {t(`library.language.${l}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('library.form.tags')} hint={t('library.form.tagsHint')}>
        <input autoComplete="off" value={tags} onChange={(e) => setTags(e.target.value)} />
      </Field>
      {kind !== 'text' && (
        <Field
          label={t('library.form.file')}
          hint={
            it?.file
              ? `${t('library.form.fileHint')} ${t('library.form.keepFile', { name: it.file.name })}`
              : t('library.form.fileHint')
          }
          problem={fileProblem}
        >
          <input
            type="file"
            accept={ACCEPT[kind]}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </Field>
      )}
      <Field
        label={kind === 'text' ? t('library.form.text') : t('library.form.description')}
        problem={fields.problems['content.text']}
      >
        <textarea
          rows={kind === 'text' ? 10 : 3}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Field label={t('library.form.format')}>
        <select value={format} onChange={(e) => setFormat(LibraryTextFormat.parse(e.target.value))}>
          <option value="plain">{t('library.form.plain')}</option>
          <option value="rich">{t('library.form.rich')}</option>
        </select>
      </Field>
      <FormActions
        submitLabel={it ? t('library.form.saveVersion') : t('library.form.save')}
        busy={submit.busy}
        error={submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
