import type {
  Reflection,
  TeamWellbeingEntry,
  WellbeingOverview,
} from '../../../shared/api/wellbeing';
import {
  caseload,
  scoreSelfCheck,
  wellbeingHistory,
  type Caseload,
  type SelfCheckAnswers,
  type WellbeingSummary,
} from '../../../shared/domain';
import { CoreError } from '../errors';
import { actorIdOf } from '../keys/actor-id';
import { newRecordId } from '../records/document-ids';
import type { RecordsContext } from '../records/records-context';
import type { Signer } from '../review/review-crypto';
import { fromHex, toHex } from '../../../shared/encoding/hex';
import { lastUpdate, readSummaries, signSummary, writeSummary } from './shared-summaries';
import { WELLBEING_DOCUMENT, WELLBEING_KIND, WellbeingDocument } from './wellbeing-document';

/** What sharing needs of the team (the team sync answers); undefined when working alone. */
export interface TeamForWellbeing {
  /**
   * The team's profiles document, filed under the team-wide scope; undefined while the
   * team-wide key has not reached this device (the summary cannot be sealed yet).
   */
  prepare(): string | undefined;
  signer: Signer;
  /** Current members of the verified roster (hex signing keys), with their display names. */
  members(): Array<{ signPk: string; displayName?: string }>;
  flush(): void;
}

/**
 * The counselor's own wellbeing (issue #13, item 7): checks and reflections in this account's
 * own document (wellbeing-document.ts), the caseload computed from the index of this device's
 * records, and a summary in the team's document only when the counselor shares it.
 */
export class WellbeingService {
  constructor(
    private readonly records: RecordsContext,
    private readonly team: () => TeamForWellbeing | undefined,
  ) {}

  overview(): WellbeingOverview {
    const doc = this.read();
    const history = wellbeingHistory(doc?.checks() ?? []);
    const byId = new Map((doc?.checks() ?? []).map((c) => [c.id, c]));
    const team = this.team();
    return {
      checks: history.points.map((p) => ({
        id: p.checkId,
        at: p.at,
        answers: byId.get(p.checkId)?.answers ?? ({} as SelfCheckAnswers),
        burnout: p.burnout,
        compassionFatigue: p.compassionFatigue,
        load: p.load,
        band: p.band,
      })),
      trend: history.trend ?? null,
      caseload: this.caseload(),
      reflections: doc?.reflections() ?? [],
      shared: doc?.shared() ?? null,
      sharing: !team ? 'alone' : team.prepare() ? 'ready' : 'waiting',
    };
  }

  saveCheck(answers: SelfCheckAnswers): WellbeingOverview {
    // Scored once here so an answer set the domain cannot score is refused before it is kept.
    scoreSelfCheck(answers);
    const check = { id: newRecordId(), at: this.records.nowIso(), answers };
    this.edit((doc) => doc.addCheck(check));
    return this.overview();
  }

  addReflection(text: string): WellbeingOverview {
    const reflection: Reflection = { id: newRecordId(), at: this.records.nowIso(), text };
    this.edit((doc) => doc.addReflection(reflection));
    return this.overview();
  }

  removeReflection(id: string): WellbeingOverview {
    this.edit((doc) => doc.removeReflection(id));
    return this.overview();
  }

  /** Builds the summary from the latest check and the caseload: nothing else is read. */
  share(debriefRequested: boolean): WellbeingOverview {
    const history = wellbeingHistory(this.read()?.checks() ?? []);
    const summary: WellbeingSummary = {
      band: history.latest?.band ?? null,
      trend: history.trend ?? null,
      checkedAt: history.latest?.at ?? null,
      caseload: this.caseload(),
      debriefRequested,
      sharedAt: this.records.nowIso(),
    };
    this.publish(summary);
    return this.overview();
  }

  stopSharing(): WellbeingOverview {
    this.publish(null);
    return this.overview();
  }

  /** The summaries current members shared, newest first; this account's own included. */
  teamView(): TeamWellbeingEntry[] {
    const team = this.team();
    const docId = team?.prepare();
    if (!team || !docId) return [];
    const members = team.members();
    const summaries = readSummaries(
      this.records.docs.open(docId),
      new Set(members.map((m) => m.signPk)),
    );
    return members
      .filter((m) => summaries.has(m.signPk))
      .map((m) => ({
        actorId: actorIdOf(fromHex(m.signPk)),
        ...(m.displayName ? { displayName: m.displayName } : {}),
        summary: summaries.get(m.signPk) as WellbeingSummary,
      }))
      .sort((a, b) => b.summary.sharedAt.localeCompare(a.summary.sharedAt));
  }

  private publish(summary: WellbeingSummary | null): void {
    const team = this.team();
    if (!team) throw new CoreError('not_found', 'this device is not in a team');
    const docId = team.prepare();
    if (!docId) {
      throw new CoreError('not_found', "the team's key has not reached this device yet");
    }
    const { docs } = this.records;
    const me = toHex(team.signer.publicKey);
    const updatedAt = Math.max(this.records.now().getTime(), lastUpdate(docs.open(docId), me) + 1);
    const entry = signSummary(team.signer, summary, updatedAt);
    docs.transact(docId, (doc) => writeSummary(doc, entry));
    this.edit((doc) => doc.setShared(summary));
    team.flush();
  }

  /**
   * From this device's index: the sessions this account holds (its own, or not yet attributed),
   * and the cases it holds a session in or that have none yet.
   */
  private caseload(): Caseload {
    const index = this.records.index();
    const me = this.records.actorId;
    const sessions = index
      .sessions()
      .filter((s) => s.counselorId === undefined || s.counselorId === me);
    const withSessions = new Set(index.sessions().map((s) => s.caseId));
    const own = new Set(sessions.map((s) => s.caseId));
    const cases = index.cases().filter((c) => own.has(c.id) || !withSessions.has(c.id));
    const now = this.records.now();
    return caseload(sessions, cases, now, -now.getTimezoneOffset());
  }

  private read(): WellbeingDocument | undefined {
    if (!this.records.store.documentKind(WELLBEING_DOCUMENT)) return undefined;
    return new WellbeingDocument(this.records.docs.open(WELLBEING_DOCUMENT));
  }

  private edit(change: (doc: WellbeingDocument) => void): void {
    const { store, docs } = this.records;
    if (!store.documentKind(WELLBEING_DOCUMENT)) {
      store.setDocumentKind(WELLBEING_DOCUMENT, WELLBEING_KIND);
    }
    docs.transact(WELLBEING_DOCUMENT, (doc) => change(new WellbeingDocument(doc)));
  }
}
