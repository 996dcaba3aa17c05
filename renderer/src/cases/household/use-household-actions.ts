import type { MethodInput } from '../../../../shared/api/contract';
import type { CaseDetail } from '../../../../shared/api/records';
import { useApi } from '../../api/api-context';
import { useSubmit } from '../../ui/use-submit';

type MemberMethod =
  | 'household.add'
  | 'household.update'
  | 'household.remove'
  | 'household.restore'
  | 'household.resolveConflict';

export interface HouseholdActions {
  busy: boolean;
  error: unknown;
  /** Runs one household change for this case, then hands the case back; false when refused. */
  run: <M extends MemberMethod>(
    method: M,
    input: Omit<MethodInput<M>, 'caseId'>,
  ) => Promise<boolean>;
}

/** The household's changes for one case, each followed by the case as it is now. */
export function useHouseholdActions(
  caseId: string,
  onChange: (detail: CaseDetail) => void,
): HouseholdActions {
  const api = useApi();
  const submit = useSubmit();
  return {
    busy: submit.busy,
    error: submit.error,
    run: async (method, input) => {
      const detail = await submit.run(async () => {
        await api.call(method, { ...input, caseId } as MethodInput<typeof method>);
        return api.call('cases.get', { caseId });
      });
      if (detail) onChange(detail);
      return detail !== undefined;
    },
  };
}
