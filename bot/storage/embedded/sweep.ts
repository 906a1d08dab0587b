import type Database from 'libsql';
import { KEPT_REVISIONS } from '../revisionRules';

/**
 * The embedded file's sweep: expired drafts go; of each conversation, the revisions isSwept names
 * (revisionRules.ts, said here in SQL) go; the newest row of an expired conversation keeps only its
 * revision number, so the next save cannot reuse it.
 */
export function embeddedSweep(db: Database.Database): (now: Date) => void {
  return (now) => {
    const t = now.getTime();
    db.prepare('DELETE FROM drafts WHERE expires_at <= ?').run(t);
    db.prepare(
      `DELETE FROM conversation_revisions WHERE revision < (
         SELECT MAX(r.revision) FROM conversation_revisions r WHERE r.conversation_id = conversation_revisions.conversation_id)
       AND (expires_at <= ? OR revision <= (
         SELECT MAX(r.revision) FROM conversation_revisions r WHERE r.conversation_id = conversation_revisions.conversation_id) - ?)`,
    ).run(t, KEPT_REVISIONS);
    db.prepare("UPDATE conversation_revisions SET state = '{}' WHERE expires_at <= ? AND state <> '{}'").run(t);
  };
}
