export { ErasureService, type TeamForErasure } from './erasure-service';
export {
  DEFAULT_RETENTION_DAYS,
  ERASURES_KIND,
  isTeamErasuresDocument,
  teamErasuresDocumentId,
} from './erasure-register';
export { ERASURE_REQUESTS_DOCUMENT, ErasureRequests } from './erasure-requests';
export { isErased, shredCase } from './shred-case';
