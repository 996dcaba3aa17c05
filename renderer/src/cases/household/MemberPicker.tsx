import { useTranslation } from 'react-i18next';
import type { HouseholdView } from '../../../../shared/api/household';
import { HOUSEHOLD_RELATION_LABELS, labelText } from '../../../../shared/domain';
import { useLanguage } from '../../ui/dates';

/**
 * Picks household members for a session, a referral or an outreach ("who was present / for
 * whom"). Members on the list are offered; a removed member already named stays shown and can
 * be unticked, never silently dropped.
 */
export function MemberPicker(props: {
  household: HouseholdView | undefined;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  legend?: string;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  const members = props.household?.members ?? [];
  const removedNamed = (props.household?.removed ?? []).filter((v) =>
    props.selected.includes(v.member.id),
  );
  const shown = [...members, ...removedNamed];

  function toggle(id: string, on: boolean): void {
    const others = props.selected.filter((m) => m !== id);
    // In the household's order, so the saved list does not depend on the order of the clicks.
    props.onChange(
      on ? shown.map((v) => v.member.id).filter((m) => m === id || others.includes(m)) : others,
    );
  }

  return (
    <fieldset className="member-picker">
      <legend>{props.legend ?? t('household.picker.legend')}</legend>
      {shown.length === 0 ? (
        <p className="hint">{t('household.picker.none')}</p>
      ) : (
        <>
          <p className="hint">{t('household.picker.hint')}</p>
          {shown.map(({ member }) => (
            <label key={member.id} className="inline">
              <input
                type="checkbox"
                checked={props.selected.includes(member.id)}
                onChange={(e) => toggle(member.id, e.target.checked)}
              />
              {member.removed
                ? t('household.picker.removedMark', { alias: member.alias })
                : member.alias}{' '}
              <span className="hint">
                ({labelText(HOUSEHOLD_RELATION_LABELS[member.relation], language)})
              </span>
            </label>
          ))}
        </>
      )}
    </fieldset>
  );
}
