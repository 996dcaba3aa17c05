import { useTranslation } from 'react-i18next';
import type { LibraryItemView } from '../../../shared/api/library';
import type { CurationDecisionKind } from '../../../shared/domain/library/curation';
import { useApi } from '../api/api-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useSubmit } from '../ui/use-submit';

const CONTROLS: Array<[CurationDecisionKind, string]> = [
  ['approved', 'library.curate.approve'],
  ['hidden', 'library.curate.hide'],
  ['retired', 'library.curate.retire'],
];

/**
 * A supervisor's decisions about an item, each signed by the core (issue #14, item 3). Shown
 * only to a curator; every device checks the signature against its own roster regardless.
 */
export function CurationControls(props: {
  item: LibraryItemView;
  onDecided: (item: LibraryItemView) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const submit = useSubmit();
  const { item } = props;

  async function decide(decision: CurationDecisionKind): Promise<void> {
    const saved = await submit.run(() => api.call('library.curate', { itemId: item.id, decision }));
    if (saved) props.onDecided(saved);
  }

  return (
    <div className="library-curation" role="group" aria-label={t('library.curate.label')}>
      {CONTROLS.filter(([decision]) => decision !== item.status).map(([decision, key]) => (
        <button
          key={decision}
          type="button"
          className={decision === 'approved' ? 'primary' : undefined}
          disabled={submit.busy}
          onClick={() => void decide(decision)}
        >
          {t(key)}
        </button>
      ))}
      <ErrorAlert error={submit.error} />
    </div>
  );
}
