import * as Y from 'yjs';
import {
  RegisterChoice,
  registerState,
  RegisterValue,
  type RegisterState,
} from '../../../shared/domain';

/**
 * A multi-value register in a Y.Map (shared/domain/review/register.ts says why). Each writer
 * keeps its value under its own key: the actor id and the Yjs client of the device, so the same
 * person on two devices is two writers. A write deletes the keys its writer has seen; Yjs deletes
 * exactly the items seen, so a value written concurrently elsewhere survives the merge and the
 * register shows both. Choices are logged with what they replaced in 'choices'.
 *
 * Layout: two top-level types per field, 'register:<field>' (Y.Map writerKey → RegisterValue)
 * and 'register:<field>:choices' (Y.Array of RegisterChoice). Top-level, because two devices
 * creating a nested map for the same field while apart would have one map replace the other.
 */
export class MultiValueRegister {
  constructor(
    private readonly doc: Y.Doc,
    private readonly field: string,
  ) {}

  private valuesMap(): Y.Map<unknown> {
    return this.doc.getMap<unknown>(`register:${this.field}`);
  }

  private choicesArray(): Y.Array<unknown> {
    return this.doc.getArray<unknown>(`register:${this.field}:choices`);
  }

  values(): RegisterValue[] {
    const out: RegisterValue[] = [];
    this.valuesMap().forEach((value) => {
      const parsed = RegisterValue.safeParse(value);
      if (parsed.success) out.push(parsed.data);
    });
    return out;
  }

  state(): RegisterState {
    return registerState(this.values());
  }

  choices(): RegisterChoice[] {
    return this.choicesArray()
      .toArray()
      .flatMap((value) => {
        const parsed = RegisterChoice.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      });
  }

  private writerKey(by: string): string {
    return `${by}@${this.doc.clientID}`;
  }

  /**
   * Sets the value as seen by this writer: every value it holds now is superseded. While the
   * register is in conflict, a set is a choice and is logged as one (nothing goes silently).
   * Call inside a transaction.
   */
  set(value: string, by: string, at: string): void {
    const before = this.state();
    if (before.conflict) {
      this.choose(value, by, at);
      return;
    }
    if (before.value === value && before.values.length === 1) return;
    this.replaceAll({ value, by, at });
  }

  /** A person's choice between kept values (or a new one): logged with what it replaced. */
  choose(value: string, by: string, at: string): void {
    const replaced = this.values();
    this.replaceAll({ value, by, at });
    const choice: RegisterChoice = { field: this.field, value, by, at, replaced };
    this.choicesArray().push([choice]);
  }

  private replaceAll(next: RegisterValue): void {
    const values = this.valuesMap();
    const own = this.writerKey(next.by);
    for (const key of [...values.keys()]) if (key !== own) values.delete(key);
    values.set(own, next);
  }
}
