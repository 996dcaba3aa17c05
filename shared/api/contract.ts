import type { z } from 'zod';
import type { ApiSchema } from './method';
import { appMethods } from './app';
import { attachmentMethods } from './attachments';
import { backupEvents, backupMethods } from './backup';
import { caseConflictMethods } from './case-conflict-methods';
import { communityMethods } from './community';
import { erasureMethods } from './erasure';
import { exportsMethods } from './exports';
import { libraryMethods } from './library';
import { groupMethods } from './groups';
import { followUpEvents, followUpMethods } from './follow-ups';
import { householdMethods } from './household';
import { recordsMethods } from './records';
import { reviewMethods } from './review';
import { settingsMethods } from './settings';
import { syncEvents, syncMethods } from './sync';
import { vaultEvents, vaultMethods } from './vault';
import { wellbeingMethods } from './wellbeing';

export interface MethodSpec {
  input: ApiSchema;
  output: ApiSchema;
}

/** The whole API between the renderer and the core. Adding a method here is the only step. */
export const methods = {
  ...appMethods,
  ...settingsMethods,
  ...vaultMethods,
  ...recordsMethods,
  ...reviewMethods,
  ...backupMethods,
  ...syncMethods,
  ...erasureMethods,
  ...wellbeingMethods,
  ...libraryMethods,
  ...followUpMethods,
  ...householdMethods,
  ...communityMethods,
  ...caseConflictMethods,
  ...groupMethods,
  ...exportsMethods,
  ...attachmentMethods,
} as const satisfies Record<string, MethodSpec>;

export const events = {
  ...vaultEvents,
  ...backupEvents,
  ...syncEvents,
  ...followUpEvents,
} as const satisfies Record<string, ApiSchema>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** What the core implements: one async function per method, given already-validated input. */
export type Handlers = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>) => Promise<MethodOutput<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}
