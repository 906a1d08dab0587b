import type { Request, Response, Server } from 'restify';
import { exportFilename } from '../../dialogs/forms/export/exportFilename';
import { toDocx } from '../../dialogs/forms/export/docx.export';
import type { DocumentOfSubmission } from '../../dialogs/forms/export/submissionDocuments';
import type { Translate } from '../../cards/view';
import type { Actor, HeldRole } from '../../dialogs/access/access.schema';
import type { AuditActorOf } from '../auditActor';
import type { ExportTokens } from '../exports/exportToken';
import { errorBody } from '../httpErrors';
import type { Logger } from '../logger';
import { decideOn, refusedAction } from '../recordAccess';
import { StorageUnavailableError, type Storage } from '../storage/types';

/**
 * GET /exports/<token>: a submission as a Word document, for the person the token was given to (its
 * owner, or a lead it was routed to), until it expires, and only while that person may still export
 * it: decide is asked again, with the roles the settings give them now. A token that is malformed,
 * forged, altered or for a record that is not there gets 404 (nothing says which); a genuine one past
 * its time 410; a genuine one whose reader may no longer export the record 403. The download is
 * audited, and so is a refusal of a record that exists. The filename carries the form and the reference only.
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
  /** The roles a person holds now, by their Entra object id (the settings file's): none without one. */
  rolesOf: (objectId: string | undefined) => HeldRole[];
  logger: Logger;
  clock?: () => Date;
}

export { exportFilename };

export function registerExports(server: Server, deps: ExportRouteDeps): void {
  const clock = deps.clock ?? (() => new Date());
  const refuse = (res: Response, status: 403 | 404 | 410 | 503) => res.send(status, errorBody(status));

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
      const reader = token.reader;
      const audit = (actorKey: string, action: string) => deps.storage.audit.append({ at: now, actorKey, action, subject: record.reference });
      // Whoever holds a forged or altered link is unknown: the refusal is audited against the record, by no one's key.
      if (reader === undefined) {
        await audit(UNKNOWN_LINK_HOLDER, refusedAction('export'));
        return refuse(res, 404);
      }
      if (token.expiresAt.getTime() <= now.getTime()) return refuse(res, 410);
      // The person the link was given to, holding the roles they hold now: a lead whose role was removed exports nothing more.
      const asker: Actor = { kind: 'person', ownerKey: reader.ownerKey, holds: deps.rolesOf(reader.objectId) };
      const actorKey = deps.auditActorOf(reader.ownerKey);
      if (!decideOn(asker, 'export', record).allowed) {
        await audit(actorKey, refusedAction('export'));
        return refuse(res, 403);
      }
      const document = deps.documents({ reference: record.reference, kind: record.kind, payload: record.payload, createdAt: record.createdAt }, deps.t);
      if (document === undefined) return refuse(res, 404);
      await audit(actorKey, 'submission.downloaded');
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
