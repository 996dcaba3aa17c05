import type { ProgressConflict } from '../../../../shared/api/case-conflicts';
import type { CaseDetail } from '../../../../shared/api/records';
import { labelText, PROGRESS_SCALE, ProgressLevel } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { FieldConflict } from '../../session/FieldConflict';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatInstant, useLanguage } from '../../ui/dates';
import { useSubmit } from '../../ui/use-submit';

/**
 * A goal marked differently for the same session on two devices while apart (issue #13, item 8):
 * both marks shown with who and when, with the session's conflict notice, until a person chooses.
 */
export function ProgressConflicts(props: {
  caseId: string;
  conflicts: ProgressConflict[];
  /** When each session took place, to name it. */
  sessionAt: (sessionId: string) => string | undefined;
  onChange: (detail: CaseDetail) => void;
}): React.JSX.Element | null {
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  if (props.conflicts.length === 0) return null;
  const describe = (value: unknown): string => {
    const v = value as { level?: unknown; note?: unknown };
    const level = ProgressLevel.safeParse(v?.level);
    const step = level.success ? PROGRESS_SCALE.find((s) => s.level === level.data) : undefined;
    const words = step ? `${step.level} — ${labelText(step.label, language)}` : '';
    return typeof v?.note === 'string' && v.note ? `${words}: ${v.note}` : words;
  };
  return (
    <div className="progress-conflicts">
      {props.conflicts.map((conflict) => {
        const at = props.sessionAt(conflict.sessionId);
        return (
          <FieldConflict
            key={conflict.sessionId}
            name={at ? formatInstant(at, language) : undefined}
            conflict={{
              kind: 'detail',
              key: conflict.sessionId,
              versions: conflict.versions,
              mayChoose: true,
            }}
            disabled={submit.busy}
            describe={describe}
            onChoose={(value) => {
              const chosen = conflict.versions.find(
                (v) => JSON.stringify(v.value) === JSON.stringify(value),
              );
              if (!chosen) return;
              void submit
                .run(() =>
                  api.call('carePlan.resolveProgressConflict', {
                    caseId: props.caseId,
                    goalId: conflict.goalId,
                    sessionId: conflict.sessionId,
                    value: chosen.value,
                  }),
                )
                .then((detail) => detail && props.onChange(detail));
            }}
          />
        );
      })}
      <ErrorAlert error={submit.error} />
    </div>
  );
}
