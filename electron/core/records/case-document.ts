import * as Y from 'yjs';
import {
  CaseMeta,
  OutreachActivity,
  Referral,
  ResilienceAssessment,
  RiskResolution,
  SafetyPlan,
} from '../../../shared/domain';
import { readRecord, readRecords, recordMap, writeFields } from './ymap-records';

/**
 * One case (one client) as a Yjs document: its meta, referrals, outreach, resilience
 * assessments, safety plan and risk resolutions. Sessions are documents of their own.
 */
export class CaseDocument {
  constructor(
    readonly doc: Y.Doc,
    private readonly onInvalid: (what: string) => void = () => undefined,
  ) {}

  private records(name: 'referrals' | 'outreach' | 'resilience'): Y.Map<Y.Map<unknown>> {
    return this.doc.getMap(name);
  }

  meta(): CaseMeta | undefined {
    return readRecord(this.doc.getMap('meta'), CaseMeta);
  }

  setMeta(meta: CaseMeta): void {
    writeFields(this.doc.getMap('meta'), meta);
  }

  referrals(): Referral[] {
    return readRecords(this.records('referrals'), Referral, () => this.onInvalid('referral'));
  }

  putReferral(referral: Referral): void {
    writeFields(recordMap(this.records('referrals'), referral.id), referral);
  }

  outreach(): OutreachActivity[] {
    return readRecords(this.records('outreach'), OutreachActivity, () =>
      this.onInvalid('outreach'),
    );
  }

  putOutreach(activity: OutreachActivity): void {
    writeFields(recordMap(this.records('outreach'), activity.id), activity);
  }

  resilience(): ResilienceAssessment[] {
    return readRecords(this.records('resilience'), ResilienceAssessment, () =>
      this.onInvalid('resilience'),
    );
  }

  putResilience(assessment: ResilienceAssessment): void {
    writeFields(recordMap(this.records('resilience'), assessment.id), assessment);
  }

  safetyPlan(): SafetyPlan | null {
    return readRecord(this.doc.getMap('safetyPlan'), SafetyPlan) ?? null;
  }

  setSafetyPlan(plan: SafetyPlan): void {
    writeFields(this.doc.getMap('safetyPlan'), plan);
  }

  riskResolutions(): RiskResolution[] {
    return this.doc
      .getArray<unknown>('riskResolutions')
      .toArray()
      .flatMap((value) => {
        const parsed = RiskResolution.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      });
  }

  addRiskResolution(resolution: RiskResolution): void {
    this.doc.getArray<unknown>('riskResolutions').push([resolution]);
  }
}
