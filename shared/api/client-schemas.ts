import { appMethods } from './app';
import type { ClientSchemas } from './client';
import type { EventName, MethodName, MethodSpec } from './contract';
import type { ApiSchema } from './method';
import { settingsMethods } from './settings';
import { vaultEvents, vaultMethods } from './vault';
import { ToRendererFrame } from './wire';

/**
 * The schemas the renderer checks answers and events against, in two parts (issue #11, item 6).
 * Before the vault is unlocked the renderer only calls the app, settings and vault methods, so
 * only their schemas are built up front; the rest of the contract (records, review, sync, with
 * shared/domain beneath them) is a second script, fetched and built the first time an answer or
 * event needs it. Building every schema of the contract at start cost the unlock screen about a
 * tenth of a second on a slow laptop (`npm run bench -- webhost`).
 */
const firstMethods: Partial<Record<MethodName, MethodSpec>> = {
  ...appMethods,
  ...settingsMethods,
  ...vaultMethods,
};
const firstEvents: Partial<Record<EventName, ApiSchema>> = { ...vaultEvents };

type Contract = typeof import('./contract');
let contract: Contract | undefined;
let loading: Promise<Contract> | undefined;

function loadContract(): Promise<Contract> {
  loading ??= import('./contract').then(
    (loaded) => (contract = loaded),
    (error: unknown) => {
      loading = undefined; // a later arrival tries again
      throw error;
    },
  );
  return loading;
}

function has<T extends object>(table: T, key: PropertyKey): key is keyof T {
  return Object.prototype.hasOwnProperty.call(table, key);
}

export const clientSchemas: ClientSchemas = {
  frame: ToRendererFrame,
  output(method) {
    const first = firstMethods[method];
    if (first) return first.output;
    return contract ? contract.methods[method].output : loadContract();
  },
  event(name) {
    if (has(firstEvents, name)) return firstEvents[name];
    if (!contract) return loadContract();
    return has(contract.events, name) ? contract.events[name] : undefined;
  },
};
