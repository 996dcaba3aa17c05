import type { Handlers } from '../../../shared/api/contract';
import { CaseAttachments, UploadBuffer } from '../attachments/case-attachments';
import type { CoreContext } from '../core-context';

type AttachmentHandlers = Pick<
  Handlers,
  | 'attachments.begin'
  | 'attachments.piece'
  | 'attachments.finish'
  | 'attachments.list'
  | 'attachments.read'
  | 'attachments.remove'
  | 'attachments.allow'
  | 'attachments.waiting'
>;

/** Encrypted attachments of cases, sessions and referrals (electron/core/attachments). */
export function attachmentHandlers(ctx: CoreContext): AttachmentHandlers {
  const uploads = new UploadBuffer();
  const service = (): CaseAttachments => new CaseAttachments(ctx.records());
  /** Moved at once instead of at the attachment sync's next retry (a few seconds later). */
  const move = (): void => ctx.team().moveAttachments();
  return {
    'attachments.begin': async ({ bytes }) => {
      ctx.records(); // refuses while locked, before holding anything
      return { uploadId: uploads.begin(bytes) };
    },
    'attachments.piece': async ({ uploadId, piece }) => ({
      received: uploads.piece(uploadId, piece),
    }),
    'attachments.finish': async ({ uploadId, caseId, owner, name }) => {
      const bytes = uploads.take(uploadId);
      try {
        const added = service().add(caseId, owner, name, bytes);
        move();
        return added;
      } finally {
        bytes.fill(0);
      }
    },
    'attachments.list': async ({ caseId, owner }) => {
      const files = service();
      files.reconcile(caseId);
      return files.list(caseId, owner);
    },
    'attachments.read': async ({ caseId, attachmentId, offset }) =>
      service().read(caseId, attachmentId, offset),
    'attachments.remove': async ({ caseId, attachmentId }) => {
      service().remove(caseId, attachmentId);
      return {};
    },
    'attachments.allow': async ({ attachmentId }) => {
      service().allow(attachmentId);
      move();
      return {};
    },
    'attachments.waiting': async () => service().waiting(),
  };
}
