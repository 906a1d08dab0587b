import type { ActionView, TextRef, UrgentAudience, UrgentReader, View } from '../cards/view';
import { urgentAfterwards } from '../cards/urgent.card';
import { noticeView } from './views';
import { asksWhetherToReport } from '../knowledge/routeQuestion';
import { ASKS_FAMILY_FIRST_EN_GB } from './whoFirstWords.en-GB';

/**
 * The one follow-up to the 999 card when danger is told with a question, fitting the kind of question (issue 8: it said
 * "do not ring the parent or carer first" to "who should i tell?").
 *
 * - The family or the placement first: the call comes before the parent, the carer or the placement, and nothing is
 *   waited for: the person the child is with, or someone in the family, may be the one harming them (Section 10,
 *   perpetrators: "the offender may be a member of the victim's family"), and what the child and family are told is
 *   decided by the strategy discussion (Section 7), not by whoever rings them first. A social worker rings the placement
 *   and their manager after the police.
 * - Who to tell, or what to do: 999 first; then who the reader tells once the child is safe, the 999 card's own
 *   "afterwards" (cards/urgent.card.ts), so the fact lives once.
 * - Whether to report, or whether it is too late: it is not; 999 now, then the same next step.
 *
 * An officer radios for help and considers police protection (section 46, Children Act 1989) as their 999 card says,
 * whatever they ask, unless they ask whether it is too late.
 *
 * Whatever the search found for the words goes beneath, as buttons headed for when the child is safe: an answer card
 * straight after the 999 card could give advice for a non-emergency (101, a referral desk) against it.
 */

type QuestionKind = 'familyFirst' | 'whetherToReport' | 'whoToTell';

function questionKindOf(text: string): QuestionKind {
  if (ASKS_FAMILY_FIRST_EN_GB.test(text)) return 'familyFirst';
  if (asksWhetherToReport(text)) return 'whetherToReport';
  return 'whoToTell';
}

/** Not to ring the family or the placement first, for each reader of the 999 card. */
const FAMILY_FIRST: Readonly<Record<UrgentAudience, string>> = {
  police: 'notices:callFirst.whoFirstPolice',
  socialCare: 'notices:callFirst.whoFirstSocialCare',
  health: 'notices:callFirst.whoFirst',
  professional: 'notices:callFirst.whoFirst',
  business: 'notices:callFirst.whoFirst',
  anyone: 'notices:callFirst.whoFirst',
};

function whoFirstLines(reader: UrgentReader, kind: QuestionKind): TextRef[] {
  const { audience } = reader;
  const police = audience === 'police';
  const then = { key: urgentAfterwards(reader) };
  if (kind === 'whetherToReport') return [{ key: police ? 'notices:callFirst.notTooLatePolice' : 'notices:callFirst.notTooLate' }, then];
  const first = { key: police ? 'notices:callFirst.policeLine1' : 'notices:callFirst.line1' };
  return [first, kind === 'familyFirst' || police ? { key: FAMILY_FIRST[audience] } : then];
}

/** "Call 999 first" (for an officer, "Get help to the child first"), the lines that fit the question asked, and the entries found, for when the child is safe. */
export function whoFirstView(reader: UrgentReader, text: string, found: ActionView[]): View {
  const title = { key: reader.audience === 'police' ? 'notices:callFirst.policeTitle' : 'notices:callFirst.title' };
  const lines = whoFirstLines(reader, questionKindOf(text));
  const groups = found.length > 0 ? [{ heading: { key: 'notices:callFirst.nearest' }, actions: found }] : undefined;
  return noticeView('callFirst', 'warning', [], lines, groups === undefined ? { title } : { title, groups });
}
