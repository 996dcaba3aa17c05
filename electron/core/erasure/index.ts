export { ErasureService, type TeamForErasure } from './erasure-service';
export {
  DEFAULT_RETENTION_DAYS,
  ERASURES_KIND,
  isTeamErasuresDocument,
  teamErasuresDocumentId,
} from './erasure-register';
export { isErased, shredCase } from './shred-case';
