import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiClient, type ClientSchemas, type Transport } from '../../../shared/api/client';
import { clientSchemas } from '../../../shared/api/client-schemas';
import type { RequestFrame } from '../../../shared/api/wire';

function fakeTransport(): Transport & { sent: RequestFrame[]; deliver(frame: unknown): void } {
  let listener: (raw: unknown) => void = () => undefined;
  const sent: RequestFrame[] = [];
  return {
    sent,
    send: (frame) => void sent.push(frame),
    onMessage: (l) => void (listener = l),
    deliver: (frame) => listener(frame),
  };
}

const answer = (id: number, value: unknown): unknown => ({
  kind: 'response',
  id,
  result: { ok: true, value },
});
const locked = { state: 'locked', recoveryKeyConfirmed: true, retryAfterSeconds: 0 };

function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: Error): void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the API client', () => {
  it('holds answers that arrive before its schemas and validates them once they load', async () => {
    const transport = fakeTransport();
    const schemas = deferred<ClientSchemas>();
    const api = new ApiClient(transport, schemas.promise);
    const status = api.call('vault.status', {});
    const settings = api.call('settings.get', {});
    transport.deliver(answer(1, locked));
    transport.deliver(answer(2, { language: 'xx', lockAfterMinutes: 5 }));
    schemas.resolve(clientSchemas);
    await expect(status).resolves.toEqual(locked);
    await expect(settings).rejects.toMatchObject({ error: { code: 'internal' } });
  });

  it('keeps arrivals in order while a later part of the contract loads', async () => {
    const transport = fakeTransport();
    const later = deferred<undefined>();
    let loaded = false;
    const order: string[] = [];
    const api = new ApiClient(transport, {
      ...clientSchemas,
      event: (name) => {
        if (name !== 'later.event') return clientSchemas.event(name);
        return loaded ? z.object({ n: z.number() }) : later.promise.then(() => (loaded = true));
      },
    });
    api.on('later.event' as 'vault.changed', () => order.push('later event'));
    api.on('vault.changed', () => order.push('vault event'));
    transport.deliver({ kind: 'event', event: 'later.event', payload: { n: 1 } });
    transport.deliver({ kind: 'event', event: 'vault.changed', payload: { status: locked } });
    expect(order).toEqual([]);
    later.resolve(undefined);
    await later.promise;
    await Promise.resolve();
    expect(order).toEqual(['later event', 'vault event']);
  });

  it('fails the calls in flight when its schemas cannot load, and hands on nothing unvalidated', async () => {
    const transport = fakeTransport();
    const schemas = deferred<ClientSchemas>();
    const api = new ApiClient(transport, schemas.promise);
    const status = api.call('vault.status', {});
    transport.deliver(answer(1, locked));
    schemas.reject(new Error('offline'));
    await expect(status).rejects.toMatchObject({ error: { code: 'internal' } });
  });

  it('loads the rest of the contract for an answer outside the unlock screen', async () => {
    const transport = fakeTransport();
    const api = new ApiClient(transport, clientSchemas);
    const settings = api.call('settings.get', {});
    transport.deliver(answer(1, { language: 'en', lockAfterMinutes: 5 }));
    await expect(settings).resolves.toMatchObject({ language: 'en', lockAfterMinutes: 5 });
    expect(clientSchemas.output('cases.list')).toBeInstanceOf(Promise);
    const cases = api.call('cases.list', {});
    transport.deliver(answer(2, { not: 'a list' }));
    await expect(cases).rejects.toMatchObject({ error: { code: 'internal' } });
    expect(clientSchemas.output('cases.list')).not.toBeInstanceOf(Promise);
  });
});
