import type { z } from 'zod';
import type { MethodName, Methods } from '../../../shared/api/contract';

export type {
  CaseDetail,
  CaseSort,
  CaseSummary,
  HomeSummary,
  SessionDetail,
  SearchHit,
} from '../../../shared/api/records';

/** A method's input after validation (defaults applied): what a handler receives. */
export type MethodInputOf<M extends MethodName> = z.output<Methods[M]['input']>;
