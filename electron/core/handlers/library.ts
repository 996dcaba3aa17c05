import type { Handlers } from '../../../shared/api/contract';
import type { CoreContext } from '../core-context';
import { AttachmentStore, keyringAttachmentKeys } from '../attachments';
import {
  AttachmentLibraryFiles,
  caseMaterials,
  DocumentLibraryFiles,
  giveMaterial,
  LibraryService,
  sessionMaterials,
  ungiveMaterial,
} from '../library';

type LibraryHandlers = Pick<
  Handlers,
  | 'library.list'
  | 'library.add'
  | 'library.update'
  | 'library.curate'
  | 'library.file'
  | 'library.sessionMaterials'
  | 'library.give'
  | 'library.ungive'
  | 'library.caseMaterials'
>;

/** The library as this device holds it now (the records and team of the unlocked vault). */
export function libraryService(ctx: CoreContext): LibraryService {
  const records = ctx.records();
  const attachments = new AttachmentStore(
    records.store.database,
    keyringAttachmentKeys(records.keyring),
  );
  const files = new AttachmentLibraryFiles(attachments, new DocumentLibraryFiles(records));
  return new LibraryService(records, ctx.team().forLibrary(), files);
}

/** The team's psychoeducation library (electron/core/library). */
export function libraryHandlers(ctx: CoreContext): LibraryHandlers {
  const service = (): LibraryService => libraryService(ctx);
  return {
    'library.list': async ({ query }) => service().list(query),
    'library.add': async ({ content, upload }) => service().add(content, upload),
    'library.update': async ({ itemId, content, upload }) =>
      service().update(itemId, content, upload),
    'library.curate': async ({ itemId, decision }) => service().curate(itemId, decision),
    'library.file': async ({ itemId }) => {
      const file = service().file(itemId);
      return {
        name: file.name,
        mediaType: file.mediaType,
        base64: Buffer.from(file.bytes).toString('base64'),
      };
    },
    'library.sessionMaterials': async ({ sessionId }) => sessionMaterials(ctx.records(), sessionId),
    'library.give': async ({ sessionId, itemId }) =>
      giveMaterial(ctx.records(), service(), sessionId, itemId),
    'library.ungive': async ({ sessionId, itemId }) =>
      ungiveMaterial(ctx.records(), sessionId, itemId),
    'library.caseMaterials': async ({ caseId }) => caseMaterials(ctx.records(), caseId),
  };
}
