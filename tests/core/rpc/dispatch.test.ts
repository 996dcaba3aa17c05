import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { createDispatcher } from '../../../electron/core/rpc/dispatch';
import { CoreError } from '../../../electron/core/errors';
import { silentLogger } from '../../../electron/core/log';

function fakeHandlers(overrides: Partial<Handlers>): Handlers {
  const unused = async (): Promise<never> => {
    throw new Error('not used in this test');
  };
  return new Proxy(overrides, {
    get: (target, name: string) => target[name as keyof Handlers] ?? unused,
  }) as Handlers;
}

const dispatch = createDispatcher(
  fakeHandlers({
    'app.info': async () => ({ version: '1.2.3', host: 'web' }),
    'vault.unlock': async () => {
      throw new CoreError('wrong_passphrase', 'Wrong passphrase');
    },
    'settings.get': async () => {
      throw new Error('SQLITE_CORRUPT near "Budi Santoso"');
    },
  }),
  silentLogger(),
);

describe('the core dispatcher', () => {
  it('answers a valid request with the handler value', async () => {
    const response = await dispatch({ kind: 'request', id: 7, method: 'app.info', input: {} });
    expect(response).toEqual({
      kind: 'response',
      id: 7,
      result: { ok: true, value: { version: '1.2.3', host: 'web' } },
    });
  });

  it('drops a frame that is not a request at all', async () => {
    expect(await dispatch({ hello: 'world' })).toBeNull();
    expect(await dispatch('{"kind":"request"}')).toBeNull();
  });

  it('refuses an unknown method by name', async () => {
    const response = await dispatch({ kind: 'request', id: 1, method: 'fs.readFile', input: {} });
    expect(response?.result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses input that does not match the contract before any handler runs', async () => {
    const response = await dispatch({
      kind: 'request',
      id: 2,
      method: 'vault.unlock',
      input: { passphrase: 42 },
    });
    expect(response?.result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('passes a core error through with its code', async () => {
    const response = await dispatch({
      kind: 'request',
      id: 3,
      method: 'vault.unlock',
      input: { passphrase: 'x' },
    });
    expect(response?.result).toEqual({
      ok: false,
      error: { code: 'wrong_passphrase', message: 'Wrong passphrase' },
    });
  });

  it('hides the message of an unexpected error, which may quote client data', async () => {
    const response = await dispatch({ kind: 'request', id: 4, method: 'settings.get', input: {} });
    expect(response?.result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(response)).not.toContain('Budi');
  });
});
