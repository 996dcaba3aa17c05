import { useTranslation } from 'react-i18next';
import type { IntakeConflict } from '../../../../shared/api/case-conflicts';
import type { CaseDetail } from '../../../../shared/api/records';
import { useApi } from '../../api/api-context';
import { FieldConflict } from '../../session/FieldConflict';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSubmit } from '../../ui/use-submit';

/**
 * Two answers to one intake question given on two devices while apart (issue #13, item 8): both
 * shown with who and when, with the session's conflict notice, until a person chooses one.
 */
export function IntakeAnswerConflict(props: {
  caseId: string;
  itemId: string;
  conflicts: IntakeConflict[];
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const api = useApi();
  const submit = useSubmit();
  const conflict = props.conflicts.find((c) => c.itemId === props.itemId);
  if (!conflict) return null;
  return (
    <dd>
      <FieldConflict
        conflict={{
          kind: 'detail',
          key: conflict.itemId,
          versions: conflict.versions,
          mayChoose: true,
        }}
        disabled={submit.busy}
        describe={(value) =>
          typeof value === 'string' && value ? value : t('cases.intake.noAnswer')
        }
        onChoose={(value) =>
          void submit
            .run(() =>
              api.call('intake.resolveConflict', {
                caseId: props.caseId,
                itemId: props.itemId,
                value: typeof value === 'string' && value ? value : null,
              }),
            )
            .then((detail) => detail && props.onChange(detail))
        }
      />
      <ErrorAlert error={submit.error} />
    </dd>
  );
}
