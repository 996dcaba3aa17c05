import type { FollowUpReminder } from '../../../shared/api/follow-ups';
import { decideReminder } from '../../../shared/domain';
import { errorName } from '../../../shared/errors/describe';
import type { Logger } from '../log';
import { onFollowUpsChanged } from '../records/follow-ups';
import type { RecordsContext } from '../records/records-context';
import { rememberedReminders, rememberReminders } from './reminder-memory';

/** How often the reminders look while the vault is unlocked. */
export const REMINDER_CHECK_MS = 5 * 60_000;
/** The first look after unlocking waits a moment, so the unlocked window is there to show it. */
export const FIRST_CHECK_MS = 2_000;

/** The calendar day of an instant where this computer is: the day the counselor lives in. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Follow-up reminders (issue #13, item 6): while the vault is unlocked, on unlock, every few
 * minutes and after a follow-up changes here, the core decides from the index what is due
 * (shared/domain/follow-ups/reminders.ts) and emits a reminder in counts only. Each follow-up is
 * reminded of once per due state; what was reminded of is remembered across restarts.
 */
export class FollowUpReminders {
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;

  constructor(
    private readonly records: RecordsContext,
    private readonly emit: (reminder: FollowUpReminder) => void,
    private readonly log: Logger,
    private readonly timing = { firstMs: FIRST_CHECK_MS, everyMs: REMINDER_CHECK_MS },
  ) {}

  start(): void {
    onFollowUpsChanged(this.records, () => this.checkQuietly());
    const first = setTimeout(() => this.checkQuietly(), this.timing.firstMs);
    const every = setInterval(() => this.checkQuietly(), this.timing.everyMs);
    first.unref();
    every.unref();
    this.timers.push(first, every);
  }

  /** Locking stops the looking: nothing is read or decided without the keys. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.length = 0;
    onFollowUpsChanged(this.records, () => undefined);
  }

  /** Looks now; answers the reminder emitted, or null when nothing new is due. */
  check(): FollowUpReminder | null {
    if (this.stopped || !this.records.store.isOpen) return null;
    const today = localDay(this.records.now());
    // Only the case's own counselor is reminded: a supervisor reads the team's cases too.
    const me = this.records.actorId;
    const index = this.records.index();
    const readable = new Set(
      index
        .cases()
        .filter((c) => c.readable !== false)
        .map((c) => c.id),
    );
    const items = index
      .followUps()
      .filter((f) => readable.has(f.caseId))
      .filter((f) => f.counselorId === undefined || f.counselorId === me)
      .map((f) => ({ id: f.id, dueDate: f.dueDate, done: f.done }));
    const decision = decideReminder(items, today, rememberedReminders(this.records));
    rememberReminders(this.records, decision.remembered);
    if (decision.reminder) this.emit(decision.reminder);
    return decision.reminder;
  }

  private checkQuietly(): void {
    try {
      this.check();
    } catch (error) {
      this.log.error({ err: errorName(error) }, 'follow-up reminder check failed');
    }
  }
}
