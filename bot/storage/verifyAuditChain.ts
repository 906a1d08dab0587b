import { checkPage, EMPTY_TAIL, type ChainBreak, type ChainTail } from './auditChain';
import { MAX_CHAIN_PAGE, type AuditLog } from './types';

export interface AuditChainReport {
  /** Chained entries checked and found linked, up to the first break. */
  checked: number;
  /** Entries from before the chain: kept, not covered by it. */
  unchained: number;
  /** The last intact link: keep a copy elsewhere to notice a chain cut short or rewritten whole. */
  head: ChainTail;
  broken: ChainBreak | undefined;
}

/** Walks the whole chain in sequence order, one bounded page at a time, and stops at the first broken link. */
export async function verifyAuditChain(audit: AuditLog, pageSize = MAX_CHAIN_PAGE): Promise<AuditChainReport> {
  const unchained = await audit.countUnchained();
  let tail = EMPTY_TAIL;
  for (;;) {
    const page = await audit.readChain(tail.seq, pageSize);
    const checked = checkPage(tail, page);
    tail = checked.tail;
    if (checked.broken !== undefined || page.length < pageSize) return { checked: tail.seq, unchained, head: tail, broken: checked.broken };
  }
}

/** One line a person can act on: what is wrong, and where. */
export function describeBreak(broken: ChainBreak): string {
  switch (broken.problem) {
    case 'gap':
      return `entry ${broken.seq}: gap, expected entry ${broken.expectedSeq} next (an entry was removed)`;
    case 'outOfOrder':
      return `entry ${broken.seq}: out of order, expected entry ${broken.expectedSeq} next (an entry was duplicated or moved)`;
    case 'prevHashMismatch':
      return `entry ${broken.seq}: hash mismatch, it does not point to the entry before it (an entry was altered, inserted or moved)`;
    case 'hashMismatch':
      return `entry ${broken.seq}: hash mismatch, its content does not match its hash (the entry was altered)`;
  }
}
