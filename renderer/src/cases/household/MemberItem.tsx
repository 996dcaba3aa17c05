import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdMemberView } from '../../../../shared/api/household';
import type { CaseDetail } from '../../../../shared/api/records';
import {
  HOUSEHOLD_NEED_LABELS,
  HOUSEHOLD_RELATION_LABELS,
  labelText,
} from '../../../../shared/domain';
import { usePersonLabel } from '../../review/people-context';
import { formatDay, formatInstant, useLanguage } from '../../ui/dates';
import { MemberConflicts } from './MemberConflicts';
import { MemberForm } from './MemberForm';
import { memberValues, type MemberValues } from './member-values';
import type { HouseholdActions } from './use-household-actions';

/** One member: alias, relation, needs, identifying details on request, and where they are named. */
export function MemberItem(props: {
  view: HouseholdMemberView;
  detail: CaseDetail;
  actions: HouseholdActions;
}): React.JSX.Element {
  const { t } = useTranslation();
  const language = useLanguage();
  const person = usePersonLabel();
  const [editing, setEditing] = useState<MemberValues | null>(null);
  const { member, conflicts } = props.view;
  const { actions } = props;
  const named = (ids: readonly string[] | undefined) => ids?.includes(member.id) ?? false;
  const referrals = props.detail.referrals.filter((r) => named(r.householdMemberIds));
  const outreach = props.detail.outreach.filter((o) => named(o.householdMemberIds));
  const identifying = member.identifying;

  if (editing) {
    return (
      <li className="card member">
        <MemberForm
          caseId={props.detail.meta.id}
          initial={editing}
          title={member.alias}
          busy={actions.busy}
          error={actions.error}
          onCancel={() => setEditing(null)}
          onSave={(input) =>
            void actions
              .run('household.update', { memberId: member.id, ...input })
              .then((ok) => ok && setEditing(null))
          }
        />
      </li>
    );
  }

  return (
    <li
      className={`card member${member.removed ? ' member-removed' : ''}`}
      data-member-id={member.id}
    >
      <div className="card-head">
        <h3 className="member-alias">{member.alias}</h3>
        <span className="tag">
          {labelText(HOUSEHOLD_RELATION_LABELS[member.relation], language)}
        </span>
      </div>
      {member.needs.length > 0 ? (
        <ul className="member-need-list" aria-label={t('household.needs')}>
          {member.needs.map((need) => (
            <li key={need} className="tag">
              {labelText(HOUSEHOLD_NEED_LABELS[need], language)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('household.noNeeds')}</p>
      )}
      {member.needsNote && <p className="member-note">{member.needsNote}</p>}
      {identifying && (
        <details className="sensitive">
          <summary>{t('household.showIdentifying')}</summary>
          <dl>
            {identifying.name && (
              <>
                <dt>{t('household.name')}</dt>
                <dd>{identifying.name}</dd>
              </>
            )}
            {identifying.birthDate && (
              <>
                <dt>{t('household.birthDate')}</dt>
                <dd>{formatDay(identifying.birthDate, language)}</dd>
              </>
            )}
            {identifying.nik && (
              <>
                <dt>{t('household.nik')}</dt>
                <dd>{identifying.nik}</dd>
              </>
            )}
          </dl>
        </details>
      )}
      {(referrals.length > 0 || outreach.length > 0) && (
        <div className="member-named">
          <strong>{t('household.namedIn')}</strong>
          <ul>
            {referrals.map((r) => (
              <li key={r.id}>{t('household.namedReferral', { to: r.toWhom })}</li>
            ))}
            {outreach.map((o) => (
              <li key={o.id}>{t('household.namedOutreach', { to: o.counterpart })}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="hint">
        {t('household.addedBy', {
          who: person(member.addedBy),
          date: formatInstant(member.addedAt, language),
        })}
      </p>
      {member.removed && (
        <p className="hint">
          {t('household.removedBy', {
            who: person(member.removed.by),
            date: formatInstant(member.removed.at, language),
          })}
        </p>
      )}
      {props.view.changedAfterRemoval && (
        <p className="warning" role="note">
          {t('household.changedAfterRemoval')}
        </p>
      )}
      <MemberConflicts
        conflicts={conflicts}
        busy={actions.busy}
        onChoose={(field, value) =>
          void actions.run('household.resolveConflict', { memberId: member.id, field, value })
        }
      />
      <div className="actions">
        {member.removed ? (
          <button
            type="button"
            disabled={actions.busy}
            onClick={() => void actions.run('household.restore', { memberId: member.id })}
          >
            {t('household.restore')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => setEditing(memberValues(member))}>
              {t('household.edit')}
            </button>
            <button
              type="button"
              disabled={actions.busy}
              onClick={() => void actions.run('household.remove', { memberId: member.id })}
            >
              {t('household.remove')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
