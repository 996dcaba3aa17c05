import { PASSPHRASE, startCore, type CoreHarness } from './core-harness';

/** A new notebook that joins the supervisor's team as a counselor with a fresh invite code. */
export async function joinAsCounselor(supervisor: CoreHarness): Promise<CoreHarness> {
  const h = await startCore();
  await h.call('vault.create', { passphrase: PASSPHRASE });
  const { code } = await supervisor.call('sync.invite', { role: 'counselor' });
  await h.call('sync.join', { code });
  return h;
}
