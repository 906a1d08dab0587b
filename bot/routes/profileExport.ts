import type { Request, Response, Server } from 'restify';
import type { Translate } from '../../cards/view';
import type { Actor } from '../../dialogs/access/access.schema';
import { profileCsv, profileCsvFilename } from '../../dialogs/profile/profileCsv';
import { problemProfileOf } from '../../dialogs/socialCare/problemProfile';
import type { ProfileLinkTokens } from '../exports/profileLinkToken';
import { errorBody } from '../httpErrors';
import type { Logger } from '../logger';
import { mayReadProblemProfile, PROFILE_AUDIT_SUBJECT, readableMaseForms, type ProblemProfileDeps } from '../problemProfile';
import { StorageUnavailableError } from '../storage/types';

/**
 * GET /exports/profile?token=<token>: the MASE problem profile as a CSV file, counted when it is fetched,
 * from the forms the link's roles may read. A malformed or forged token gets 404, a genuine one past
 * its time 410, a store that cannot be reached 503. The download is audited as `profile.exported`
 * under the asker's audit key; the filename names the months only.
 */

export const PROFILE_EXPORT_PATH = '/exports/profile';

export interface ProfileExportDeps extends Omit<ProblemProfileDeps, 'csvLink'> {
  tokens: ProfileLinkTokens;
  t: Translate;
  logger: Logger;
  clock?: () => Date;
}

export function registerProfileExport(server: Server, deps: ProfileExportDeps): void {
  const clock = deps.clock ?? (() => new Date());
  const refuse = (res: Response, status: 404 | 410 | 503) => res.send(status, errorBody(status));

  // The token rides in the query: with the roles it carries it is longer than a path parameter may be.
  server.get(PROFILE_EXPORT_PATH, async (req: Request, res: Response) => {
    const raw: unknown = req.query?.token;
    const grant = typeof raw === 'string' ? deps.tokens.read(raw) : undefined;
    const now = clock();
    // The link's holder reads as the roles it was given for; an owner key is neither carried nor needed.
    const actor: Actor | undefined = grant === undefined ? undefined : { kind: 'person', ownerKey: grant.actorKey, holds: grant.holds };
    if (grant === undefined || actor === undefined || !mayReadProblemProfile(actor)) {
      refuse(res, 404);
      return;
    }
    if (grant.expiresAt.getTime() <= now.getTime()) {
      refuse(res, 410);
      return;
    }
    try {
      const { records, truncated } = await readableMaseForms(deps, actor, grant.months, now);
      const profile = problemProfileOf(records, now, grant.months, truncated);
      await deps.storage.audit.append({ at: now, actorKey: grant.actorKey, action: 'profile.exported', subject: PROFILE_AUDIT_SUBJECT(grant.months) });
      const bytes = Buffer.from(profileCsv(profile, deps.t), 'utf8');
      res.writeHead(200, {
        'Content-Type': 'text/csv; charset=utf-8; header=present',
        'Content-Length': bytes.length,
        'Content-Disposition': `attachment; filename="${profileCsvFilename(profile)}"`,
      });
      res.end(bytes);
    } catch (error) {
      if (!(error instanceof StorageUnavailableError)) throw error;
      deps.logger.warn('storage unavailable for a problem profile download');
      refuse(res, 503);
    }
  });
}
