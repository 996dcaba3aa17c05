import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryItemView } from '../../../shared/api/library';
import { useApi } from '../api/api-context';
import { ApiCallError } from '../../../shared/api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatInstant } from '../ui/dates';
import { useSubmit } from '../ui/use-submit';
import { useExport } from '../exports/use-export';
import { useLanguage } from '../i18n/use-language';
import { usePersonLabel } from '../review/people-context';
import { CurationControls } from './CurationControls';
import { RichText } from './RichText';

/** One item: its title, kind, language, topics and status; opened, its text or file. */
export function LibraryItemCard(props: {
  item: LibraryItemView;
  curates: boolean;
  named: boolean;
  onEdit: (item: LibraryItemView) => void;
  onChanged: (item: LibraryItemView) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const person = usePersonLabel();
  const fetching = useSubmit();
  const exporter = useExport();
  const [open, setOpen] = useState(false);
  const [image, setImage] = useState<string | null>(null);
  const { item } = props;
  const headingId = `library-item-${item.id}`;

  async function showImage(): Promise<void> {
    const file = await fetching.run(() => api.call('library.file', { itemId: item.id }));
    if (file) setImage(`data:${file.mediaType};base64,${file.base64}`);
  }
  // The team's file whose chunks the attachment sync has not fetched yet.
  const problem = (error: unknown): unknown =>
    error instanceof ApiCallError && error.error.code === 'not_found'
      ? t('library.item.fileMissing')
      : error;

  return (
    <li className={`library-item status-${item.status}`} aria-labelledby={headingId}>
      <div className="library-item-head">
        <h2 id={headingId}>
          <button
            type="button"
            className="link"
            aria-expanded={open}
            onClick={() => {
              setOpen(!open);
              if (!open && item.kind === 'image') void showImage();
            }}
          >
            {item.title}
          </button>
        </h2>
        <span className={`library-status status-${item.status}`}>
          {t(`library.status.${item.status}`)}
        </span>
      </div>
      <p className="library-meta">
        {t(`library.kind.${item.kind}`)} · {t(`library.language.${item.language}`)} ·{' '}
        {t('library.item.version', { version: item.version })}
        {item.tags.length > 0 && (
          <>
            {' · '}
            <span className="visually-hidden">{t('library.item.tags')}: </span>
            {item.tags.map((tag) => (
              <span key={tag} className="library-tag">
                {tag}
              </span>
            ))}
          </>
        )}
      </p>
      {item.changedSinceApproval && (
        <p className="hint">{t('library.item.changedSinceApproval')}</p>
      )}
      {open && (
        <div className="library-item-body">
          {item.text && <RichText text={item.text} format={item.textFormat} />}
          {image && <img className="library-image" src={image} alt={item.title} />}
          {item.file && (
            <div className="actions">
              {/* Saved as every file that leaves the vault is: where the person chooses. */}
              <button
                type="button"
                disabled={exporter.busy}
                onClick={() => void exporter.run({ kind: 'libraryFile', itemId: item.id })}
              >
                {t('library.item.saveFile')} ({item.file.name})
              </button>
            </div>
          )}
          {exporter.status && (
            <p className="hint" role="status">
              {exporter.status}
            </p>
          )}
          <ErrorAlert error={problem(fetching.error ?? exporter.error)} />
          {props.named && (
            <p className="hint">
              {t('library.item.addedBy', {
                name: person(item.addedBy),
                date: formatInstant(item.addedAt, language),
              })}
              {item.decidedBy && item.decidedAt && (
                <>
                  {' · '}
                  {t('library.item.decidedBy', {
                    name: person(item.decidedBy),
                    date: formatInstant(item.decidedAt, language),
                  })}
                </>
              )}
            </p>
          )}
          <div className="actions">
            {item.editable && (
              <button type="button" onClick={() => props.onEdit(item)}>
                {t('library.item.edit')}
              </button>
            )}
          </div>
          {props.curates && <CurationControls item={item} onDecided={props.onChanged} />}
        </div>
      )}
    </li>
  );
}
