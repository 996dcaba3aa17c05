import { z } from 'zod';
import { ActorId, IsoDateTime } from '../primitives';

/**
 * Conflicts a person must see (issue "Supervision", part 6). A structured field two people may
 * set differently while apart (case status, referral status) is a multi-value register: every
 * writer's value is kept under its own key, and a write removes only the values its writer had
 * seen. After a merge, values nobody had seen when writing are still there side by side: the UI
 * shows them with who and when, and a person chooses. A value is never dropped silently: a
 * choice records what it replaced.
 */
export const RegisterValue = z.object({
  value: z.string(),
  by: ActorId,
  at: IsoDateTime,
});
export type RegisterValue = z.infer<typeof RegisterValue>;

export const RegisterChoice = z.object({
  field: z.string(),
  value: z.string(),
  by: ActorId,
  at: IsoDateTime,
  replaced: z.array(RegisterValue),
});
export type RegisterChoice = z.infer<typeof RegisterChoice>;

export interface RegisterState {
  /** The value when everyone agrees; undefined while in conflict or never written. */
  value: string | undefined;
  conflict: boolean;
  /** Every value kept, newest first (one per concurrent writer). */
  values: RegisterValue[];
}

export function registerState(values: readonly RegisterValue[]): RegisterState {
  const sorted = [...values].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const distinct = new Set(sorted.map((v) => v.value));
  return {
    value: distinct.size === 1 ? sorted[0]?.value : undefined,
    conflict: distinct.size > 1,
    values: sorted,
  };
}
