import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdView } from '../../../../shared/api/household';
import type { CaseDetail } from '../../../../shared/api/records';
import { OUTREACH_KIND_LABELS, OutreachKind, labelText } from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { DateField } from '../../components/DateField';
import { Field } from '../../ui/Field';
import { todayLocal, useLanguage } from '../../ui/dates';
import { useLoad } from '../../ui/use-load';
import { useSubmit } from '../../ui/use-submit';
import { useFieldProblems } from '../../ui/use-field-problems';
import { FormActions } from '../../ui/FormActions';
import { MemberPicker } from '../household/MemberPicker';

/** One outreach activity: date, kind, counterpart, outcome and an optional follow-up. */
export function OutreachForm(props: {
  caseId: string;
  onCreated: (detail: CaseDetail) => void;
  onCancel: () => void;
  /** The case's household, to name the members it was for (issue #13, item 3). */
  household?: HouseholdView | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const loadDirectory = useCallback(() => api.call('directory.list', {}), [api]);
  const directory = useLoad(loadDirectory);
  const [date, setDate] = useState(todayLocal);
  const [kind, setKind] = useState<OutreachKind>('healthFacility');
  const [counterpart, setCounterpart] = useState('');
  const [outcome, setOutcome] = useState('');
  const [followUpDate, setFollowUpDate] = useState('');
  const [followUpNote, setFollowUpNote] = useState('');
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const fields = useFieldProblems('outreach.create');
  const problems = fields.problems;

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const followUp = followUpDate || followUpNote.trim();
    const input = {
      caseId: props.caseId,
      date,
      kind,
      counterpart: counterpart.trim(),
      outcome: outcome.trim(),
      ...(followUp ? { followUp: { date: followUpDate, note: followUpNote.trim() } } : {}),
      ...(memberIds.length > 0 ? { householdMemberIds: memberIds } : {}),
    };
    if (!fields.check(input)) return;
    const detail = await submit.run(() =>
      api.call('outreach.create', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (detail) props.onCreated(detail);
  }

  return (
    <form className="panel" onSubmit={(e) => void create(e)} noValidate>
      <h3>{t('cases.outreach.new')}</h3>
      <div className="row">
        <DateField
          className="field"
          label={t('cases.outreach.date')}
          problem={problems.date}
          value={date}
          onChange={setDate}
        />
        <Field label={t('cases.outreach.kind')}>
          <select value={kind} onChange={(e) => setKind(OutreachKind.parse(e.target.value))}>
            {OutreachKind.options.map((k) => (
              <option key={k} value={k}>
                {labelText(OUTREACH_KIND_LABELS[k], language)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        label={t('cases.outreach.counterpart')}
        hint={t('cases.outreach.counterpartHint')}
        problem={problems.counterpart}
      >
        <input
          list="outreach-counterparts"
          autoComplete="off"
          value={counterpart}
          onChange={(e) => setCounterpart(e.target.value)}
        />
      </Field>
      <datalist id="outreach-counterparts">
        {(directory.data?.contacts ?? []).map((c) => (
          <option key={c.id} value={c.name} />
        ))}
      </datalist>
      {props.household && (
        <MemberPicker household={props.household} selected={memberIds} onChange={setMemberIds} />
      )}
      <Field label={t('cases.outreach.outcome')}>
        <textarea rows={3} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
      </Field>
      <div className="row">
        <DateField
          className="field"
          label={t('cases.outreach.followUpDate')}
          problem={problems['followUp.date']}
          value={followUpDate}
          onChange={setFollowUpDate}
        />
        <Field label={t('cases.outreach.followUpNote')}>
          <input value={followUpNote} onChange={(e) => setFollowUpNote(e.target.value)} />
        </Field>
      </div>
      <FormActions
        submitLabel={t('cases.outreach.save')}
        busy={submit.busy}
        error={submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
