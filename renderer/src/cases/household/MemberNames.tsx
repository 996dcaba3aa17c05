import { useTranslation } from 'react-i18next';
import type { HouseholdView } from '../../../../shared/api/household';
import { HOUSEHOLD_RELATION_LABELS, labelText } from '../../../../shared/domain';
import { useLanguage } from '../../ui/dates';

/** "Untuk: Adik A (Anak)": the household members a record names, by alias and relation. */
export function MemberNames(props: {
  household: HouseholdView | undefined;
  ids: readonly string[] | undefined;
  kind?: 'forWhom' | 'present';
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!props.ids || props.ids.length === 0) return null;
  const all = [...(props.household?.members ?? []), ...(props.household?.removed ?? [])];
  const names = props.ids.flatMap((id) => {
    const member = all.find((v) => v.member.id === id)?.member;
    if (!member) return [];
    const relation = labelText(HOUSEHOLD_RELATION_LABELS[member.relation], language);
    return [`${member.alias} (${relation})`];
  });
  if (names.length === 0) return null;
  return (
    <p className="member-names">
      {t(`household.names.${props.kind ?? 'forWhom'}`, { names: names.join(', ') })}
    </p>
  );
}
