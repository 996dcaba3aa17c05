import type { EventName, EventPayload, MethodInput, MethodName, MethodOutput } from './contract';
import type { ApiSchema } from './method';
import type { ApiError } from './result';
import type { RequestFrame, ToRendererFrame } from './wire';

/** How frames travel: the preload's MessagePort bridge in Electron, a WebSocket in the web host. */
export interface Transport {
  send(frame: RequestFrame): void;
  onMessage(listener: (raw: unknown) => void): void;
}

/**
 * What the client checks arrivals against. A schema that has yet to load is a promise that
 * settles once it has (client-schemas.ts loads most of the contract only when first needed).
 */
export interface ClientSchemas {
  frame: ApiSchema<ToRendererFrame>;
  output(method: MethodName): ApiSchema | Promise<unknown>;
  /** Undefined for an event the contract does not have. */
  event(name: string): ApiSchema | undefined | Promise<unknown>;
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

/**
 * The renderer's side of the contract. Responses and events are validated on arrival, so a
 * confused or hostile peer cannot hand the UI a shape it does not expect.
 *
 * The schemas may arrive after the client is made: main.tsx sends its first calls before the
 * script that validates their answers has loaded (issue #11, item 6). Arrivals wait, in order,
 * until their schema is there; nothing reaches a caller unvalidated.
 */
export class ApiClient {
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { method: MethodName; resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();
  private schemas: ClientSchemas | undefined;
  private readonly schemasLoaded: Promise<unknown>;
  /** Frames received and not yet handed on, oldest first. */
  private readonly arrivals: unknown[] = [];
  private blocked = false;

  constructor(
    private readonly transport: Transport,
    schemas: ClientSchemas | Promise<ClientSchemas>,
  ) {
    if (schemas instanceof Promise) {
      this.schemasLoaded = schemas.then((loaded) => {
        this.schemas = loaded;
      });
    } else {
      this.schemas = schemas;
      this.schemasLoaded = Promise.resolve();
    }
    transport.onMessage((raw) => {
      this.arrivals.push(raw);
      this.drain();
    });
  }

  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const id = this.nextId++;
    return new Promise<MethodOutput<M>>((resolve, reject) => {
      this.waiting.set(id, { method, resolve: resolve as (v: unknown) => void, reject });
      this.transport.send({ kind: 'request', id, method, input });
    });
  }

  on<E extends EventName>(event: E, listener: EventListener<E>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as (payload: unknown) => void);
    this.listeners.set(event, set);
    return () => set.delete(listener as (payload: unknown) => void);
  }

  /** Fails every call in flight, e.g. when the connection to the core is gone. */
  failAll(error: ApiError): void {
    for (const [id, call] of this.waiting) {
      this.waiting.delete(id);
      call.reject(new ApiCallError(error));
    }
  }

  /** Hands on arrivals in order; stops at one whose schema is still loading, and resumes after. */
  private drain(): void {
    while (!this.blocked && this.arrivals.length > 0) {
      const raw = this.arrivals[0];
      const loading = this.receive(raw, false);
      if (loading) {
        this.blocked = true;
        const resume = (unavailable: boolean): void => {
          this.blocked = false;
          // Loaded, the arrival is handled by the next turn of the loop. Its schema's script
          // failed to load: the arrival is dropped and its call failed.
          if (unavailable) {
            this.receive(raw, true);
            this.arrivals.shift();
          }
          this.drain();
        };
        loading.then(
          () => resume(false),
          () => resume(true),
        );
        return;
      }
      this.arrivals.shift();
    }
  }

  /**
   * Validates one arrival and hands it on. Returns a promise instead when a schema it needs has
   * yet to load (then nothing has happened); with `unavailable`, the schema never will.
   */
  private receive(raw: unknown, unavailable: boolean): Promise<unknown> | undefined {
    if (!this.schemas) {
      if (!unavailable) return this.schemasLoaded;
      this.failAll({ code: 'internal', message: 'the API schemas failed to load' });
      return undefined;
    }
    const parsed = this.schemas.frame.safeParse(raw);
    if (!parsed.success) return undefined;
    const frame = parsed.data;
    if (frame.kind === 'event') {
      if (unavailable) return undefined;
      const schema = this.schemas.event(frame.event);
      if (schema instanceof Promise) return schema;
      const payload = schema?.safeParse(frame.payload);
      if (!payload?.success) return undefined;
      for (const listener of this.listeners.get(frame.event) ?? []) listener(payload.data);
      return undefined;
    }
    const call = this.waiting.get(frame.id);
    if (!call) return undefined;
    if (!frame.result.ok) {
      this.waiting.delete(frame.id);
      call.reject(new ApiCallError(frame.result.error));
      return undefined;
    }
    const schema = unavailable ? undefined : this.schemas.output(call.method);
    if (schema instanceof Promise) return schema;
    this.waiting.delete(frame.id);
    const value = schema?.safeParse(frame.result.value);
    if (value?.success) call.resolve(value.data);
    else
      call.reject(
        new ApiCallError({ code: 'internal', message: `Malformed answer to ${call.method}` }),
      );
    return undefined;
  }
}
