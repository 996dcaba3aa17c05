/**
 * The counseling domain: what the product knows about the work of its users (DOMAIN.md). Pure
 * TypeScript that runs in the browser and in Node; schemas for every record that is stored or
 * crosses IPC; every user-visible word bilingual (Bahasa Indonesia first).
 */
export * from './care-plan';
export * from './checklists';
export * from './community';
export { DomainError, type DomainErrorCode } from './errors';
export * from './follow-ups';
export { Label, labelText, type LabelLanguage } from './label';
export * from './household';
export * from './intake';
export * from './outreach';
export {
  ActorId,
  daysBetween,
  instantOf,
  IsoDate,
  IsoDateTime,
  Phone,
  RecordId,
  RequiredText,
} from './primitives';
export * from './referrals';
export * from './resilience';
export * from './risk';
export * from './sessions';
export * from './review';
export * from './wellbeing';
