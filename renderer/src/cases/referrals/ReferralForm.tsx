import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdView } from '../../../../shared/api/household';
import type { CaseDetail } from '../../../../shared/api/records';
import {
  CONSENT_METHOD_LABELS,
  CONTACT_KIND_LABELS,
  ConsentMethod,
  REFERRAL_TARGET_LABELS,
  ReferralTarget,
  labelText,
} from '../../../../shared/domain';
import { useApi } from '../../api/api-context';
import { DateField } from '../../components/DateField';
import { Field } from '../../ui/Field';
import { useLanguage } from '../../ui/dates';
import { useLoad } from '../../ui/use-load';
import { useSubmit } from '../../ui/use-submit';
import { useFieldProblems } from '../../ui/use-field-problems';
import { FormActions } from '../../ui/FormActions';
import { MemberPicker } from '../household/MemberPicker';

interface Values {
  target: ReferralTarget;
  contactId: string;
  toWhom: string;
  reason: string;
  consentGiven: boolean;
  scope: string;
  method: ConsentMethod;
  followUpDate: string;
}

const EMPTY: Values = {
  target: 'healthFacility',
  contactId: '',
  toWhom: '',
  reason: '',
  consentGiven: false,
  scope: '',
  method: 'verbal',
  followUpDate: '',
};

/** A new referral: where, to whom (typed or from the directory), why, consent, follow-up. */
export function ReferralForm(props: {
  caseId: string;
  onCreated: (detail: CaseDetail) => void;
  onCancel: () => void;
  /** The case's household, to name the members it is for (issue #13, item 3). */
  household?: HouseholdView | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const submit = useSubmit();
  const loadDirectory = useCallback(() => api.call('directory.list', {}), [api]);
  const directory = useLoad(loadDirectory);
  const [v, setValues] = useState<Values>(EMPTY);
  const fields = useFieldProblems('referrals.create');
  const problems = fields.problems;
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const set = (patch: Partial<Values>) => setValues((old) => ({ ...old, ...patch }));
  const contacts = directory.data?.contacts ?? [];

  function pickContact(contactId: string): void {
    const contact = contacts.find((c) => c.id === contactId);
    if (!contact) return set({ contactId: '' });
    // A directory kind that is also a referral target (Puskesmas, psikolog, …) sets the target.
    const target = ReferralTarget.safeParse(contact.kind);
    set({
      contactId,
      toWhom: contact.name,
      ...(target.success ? { target: target.data } : {}),
    });
  }

  async function create(event: React.FormEvent): Promise<void> {
    event.preventDefault();
    const input = {
      caseId: props.caseId,
      target: v.target,
      ...(v.contactId ? { contactId: v.contactId } : {}),
      toWhom: v.toWhom.trim(),
      reason: v.reason.trim(),
      consent: { given: v.consentGiven, scope: v.scope.trim(), method: v.method },
      followUpDate: v.followUpDate,
      ...(memberIds.length > 0 ? { householdMemberIds: memberIds } : {}),
    };
    if (!fields.check(input)) return;
    const detail = await submit.run(() =>
      api.call('referrals.create', input).catch((error: unknown) => {
        fields.showRefused(error);
        throw error;
      }),
    );
    if (detail) props.onCreated(detail);
  }

  return (
    <form className="panel" onSubmit={(e) => void create(e)} noValidate>
      <h3>{t('cases.referrals.new')}</h3>
      <div className="row">
        <Field label={t('cases.referrals.target')}>
          <select
            value={v.target}
            onChange={(e) => set({ target: ReferralTarget.parse(e.target.value) })}
          >
            {ReferralTarget.options.map((target) => (
              <option key={target} value={target}>
                {labelText(REFERRAL_TARGET_LABELS[target], language)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('cases.referrals.fromDirectory')}
          hint={t('cases.referrals.fromDirectoryHint')}
        >
          <select value={v.contactId} onChange={(e) => pickContact(e.target.value)}>
            <option value="">{t('cases.referrals.notFromDirectory')}</option>
            {contacts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} — {labelText(CONTACT_KIND_LABELS[c.kind], language)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('cases.referrals.toWhom')} problem={problems.toWhom}>
        <input
          autoComplete="off"
          value={v.toWhom}
          onChange={(e) => set({ toWhom: e.target.value })}
        />
      </Field>
      <Field label={t('cases.referrals.reason')} problem={problems.reason}>
        <textarea rows={3} value={v.reason} onChange={(e) => set({ reason: e.target.value })} />
      </Field>
      {props.household && (
        <MemberPicker
          household={props.household}
          selected={memberIds}
          onChange={setMemberIds}
          legend={t('household.picker.legend')}
        />
      )}
      <fieldset className="consent">
        <legend>{t('cases.referrals.consent')}</legend>
        <label className="inline">
          <input
            type="checkbox"
            checked={v.consentGiven}
            onChange={(e) => set({ consentGiven: e.target.checked })}
          />
          {t('cases.referrals.consentGiven')}
        </label>
        {v.consentGiven ? (
          <div className="row">
            <Field
              label={t('cases.referrals.consentScope')}
              hint={t('cases.referrals.consentScopeHint')}
              problem={problems['consent.scope']}
            >
              <input value={v.scope} onChange={(e) => set({ scope: e.target.value })} />
            </Field>
            <Field label={t('cases.referrals.consentMethod')}>
              <select
                value={v.method}
                onChange={(e) => set({ method: ConsentMethod.parse(e.target.value) })}
              >
                {ConsentMethod.options.map((m) => (
                  <option key={m} value={m}>
                    {labelText(CONSENT_METHOD_LABELS[m], language)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        ) : (
          <p className="hint">{t('cases.referrals.noConsentHint')}</p>
        )}
      </fieldset>
      <DateField
        className="field"
        label={t('cases.referrals.followUpDate')}
        problem={problems.followUpDate}
        value={v.followUpDate}
        onChange={(followUpDate) => set({ followUpDate })}
      />
      <FormActions
        submitLabel={t('cases.referrals.save')}
        busy={submit.busy}
        error={directory.error ?? submit.error}
        onCancel={props.onCancel}
      />
    </form>
  );
}
