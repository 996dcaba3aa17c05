import {
  events,
  methods,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from './contract';
import type { ApiError } from './result';
import { ToRendererFrame, type RequestFrame } from './wire';

/** How frames travel: the preload's MessagePort bridge in Electron, a WebSocket in the web host. */
export interface Transport {
  send(frame: RequestFrame): void;
  onMessage(listener: (raw: unknown) => void): void;
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
 */
export class ApiClient {
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { method: MethodName; resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  constructor(private readonly transport: Transport) {
    transport.onMessage((raw) => this.receive(raw));
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

  private receive(raw: unknown): void {
    const parsed = ToRendererFrame.safeParse(raw);
    if (!parsed.success) return;
    const frame = parsed.data;
    if (frame.kind === 'event') {
      if (!Object.prototype.hasOwnProperty.call(events, frame.event)) return;
      const payload = events[frame.event as EventName].safeParse(frame.payload);
      if (!payload.success) return;
      for (const listener of this.listeners.get(frame.event) ?? []) listener(payload.data);
      return;
    }
    const call = this.waiting.get(frame.id);
    if (!call) return;
    this.waiting.delete(frame.id);
    if (!frame.result.ok) {
      call.reject(new ApiCallError(frame.result.error));
      return;
    }
    const value = methods[call.method].output.safeParse(frame.result.value);
    if (value.success) call.resolve(value.data);
    else
      call.reject(
        new ApiCallError({ code: 'internal', message: `Malformed answer to ${call.method}` }),
      );
  }
}
