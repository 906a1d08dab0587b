import type { Request, Response, Server } from 'restify';
import { exportFilename } from '../../dialogs/forms/export/exportFilename';
import { toDocx } from '../../dialogs/forms/export/docx.export';
import type { DocumentOfSubmission } from '../../dialogs/forms/export/submissionDocuments';
import type { Translate } from '../../cards/view';
import type { AuditActorOf } from '../auditActor';
import type { ExportTokens } from '../exports/exportToken';
import { errorBody } from '../httpErrors';
import type { Logger } from '../logger';
import { decideOn, ownerOnly, refusedAction } from '../recordAccess';
import { StorageUnavailableError, type Storage } from '../storage/types';

/**
 * GET /exports/<token>: a submission as a Word document, for the owner the token was signed for,
 * until it expires. A token that is malformed, forged, for another owner or for a record that is
 * not there gets 404 (nothing says which); a genuine one past its time 410. The read is audited, and so
 * is a refusal of a record that exists.
 * The filename carries the form and the reference only.
 */

export const EXPORTS_PATH = '/exports';
/** The audit actor of a download refused because its link is not genuine: nobody can say who held it. */
export const UNKNOWN_LINK_HOLDER = 'unknown-link-holder';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportRouteDeps {
  storage: Storage;
  tokens: ExportTokens;
  documents: DocumentOfSubmission;
  t: Translate;
  auditActorOf: AuditActorOf;
  logger: Logger;
  clock?: () => Date;
}

export { exportFilename };

export function registerExports(server: Server, deps: ExportRouteDeps): void {
  const clock = deps.clock ?? (() => new Date());
  const refuse = (res: Response, status: 404 | 410 | 503) => res.send(status, errorBody(status));

  server.get(`${EXPORTS_PATH}/:token`, async (req: Request, res: Response) => {
    const raw: unknown = req.params?.token;
    const token = typeof raw === 'string' ? deps.tokens.read(raw) : undefined;
    if (token === undefined) return refuse(res, 404);
    try {
      const record = await deps.storage.submissions.get(token.reference).catch((error: unknown) => {
        if (error instanceof StorageUnavailableError) throw error;
        return undefined; // unreadable with this deployment's keys: as good as not there
      });
      if (record === undefined) return refuse(res, 404);
      const now = clock();
      // A link is signed for whoever it was given to, and only records they could export are given links: the record's owner.
      const asker = deps.tokens.verifies(token, record.ownerKey) ? ownerOnly(record.ownerKey) : undefined;
      if (asker === undefined || !decideOn(asker, 'export', record).allowed) {
        // Whoever holds a forged or altered link is unknown: the refusal is audited against the record, by no one's key.
        await deps.storage.audit.append({ at: now, actorKey: asker === undefined ? UNKNOWN_LINK_HOLDER : deps.auditActorOf(record.ownerKey), action: refusedAction('export'), subject: record.reference });
        return refuse(res, 404);
      }
      if (token.expiresAt.getTime() <= now.getTime()) return refuse(res, 410);
      const document = deps.documents({ reference: record.reference, kind: record.kind, payload: record.payload, createdAt: record.createdAt }, deps.t);
      if (document === undefined) return refuse(res, 404);
      await deps.storage.audit.append({ at: now, actorKey: deps.auditActorOf(record.ownerKey), action: 'submission.downloaded', subject: record.reference });
      const bytes = Buffer.from(await toDocx(document, deps.t));
      res.writeHead(200, {
        'Content-Type': DOCX_TYPE,
        'Content-Length': bytes.length,
        'Content-Disposition': `attachment; filename="${exportFilename(document)}"`,
      });
      res.end(bytes);
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      deps.logger.warn('storage unavailable for an export download');
      refuse(res, 503);
    }
  });
}
