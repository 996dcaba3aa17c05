import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { CoreError } from '../errors';
import { communityForReport } from '../exports/community-counts';
import { ExportService } from '../exports/export-service';
import type { ExportTickets } from '../exports/export-tickets';
import { libraryService } from './library';
import type { Signer } from '../review/review-crypto';
import type { Vault } from '../vault';

type ExportHandlers = Pick<
  Handlers,
  | 'exports.prepare'
  | 'exports.recordPrint'
  | 'exports.log'
  | 'organisation.get'
  | 'organisation.set'
>;

/** Reports, letters, summaries and the session PDF (electron/core/exports). */
export function exportHandlers(
  ctx: CoreContext,
  vault: Vault | undefined,
  tickets: ExportTickets,
): ExportHandlers {
  const signer = (): Signer => {
    if (!vault || vault.status().state !== 'unlocked') {
      throw new CoreError('locked', 'the vault is locked');
    }
    return vault.secrets().signKeyPair;
  };
  const service = () =>
    new ExportService({
      records: ctx.records(),
      signer,
      tickets,
      language: () => ctx.settings.get().language,
      team: () => ctx.team().forExports(),
      libraryFile: (itemId) => libraryService(ctx).file(itemId),
      community: (scope) =>
        communityForReport(ctx.records(), signer(), () => ctx.team().forCommunity(), scope),
    });
  return {
    'exports.prepare': (request) => service().prepare(request),
    'exports.recordPrint': async ({ sessionId }) => {
      service().recordPrint(sessionId);
      return {};
    },
    'exports.log': async () => ({ entries: service().log() }),
    'organisation.get': async () => service().organisation(),
    'organisation.set': (input) => service().setOrganisation(input),
  };
}
