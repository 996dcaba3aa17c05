import { events, type EventName, type EventPayload } from '../../shared/api/contract';
import type { EventFrame } from '../../shared/api/wire';

type Listener = (frame: EventFrame) => void;

/** The core's outgoing events, validated before they leave so the contract holds both ways. */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    const frame: EventFrame = { kind: 'event', event, payload: events[event].parse(payload) };
    for (const listener of this.listeners) listener(frame);
  }
}
