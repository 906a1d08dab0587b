import type { ActionView, UrgentAudience, View } from '../cards/view';
import { noticeView } from './views';

/**
 * The one follow-up to the 999 card when danger is told with a question: who first. The call comes before the parent,
 * the carer or the placement, and nothing is waited for: the person the child is with, or someone in the family, may
 * be the one harming them (Section 10, perpetrators: "the offender may be a member of the victim's family"), and what
 * the child and family are told is decided by the strategy discussion (Section 7), not by whoever rings them first.
 * A social worker rings the placement and their manager after the police; an officer radios for help and considers
 * police protection (section 46, Children Act 1989) as their 999 card says.
 *
 * Whatever the search found for the words goes beneath, as buttons headed for when the child is safe: an answer card
 * straight after the 999 card could give advice for a non-emergency (101, a referral desk) against it.
 */

/** The line that says who first, for each reader of the 999 card. */
const WHO_FIRST: Readonly<Record<UrgentAudience, string>> = {
  police: 'notices:callFirst.whoFirstPolice',
  socialCare: 'notices:callFirst.whoFirstSocialCare',
  health: 'notices:callFirst.whoFirst',
  professional: 'notices:callFirst.whoFirst',
  business: 'notices:callFirst.whoFirst',
  anyone: 'notices:callFirst.whoFirst',
};

/** "Call 999 first" (for an officer, "Get help to the child first"), who first, and the entries found, for when the child is safe. */
export function whoFirstView(audience: UrgentAudience, found: ActionView[]): View {
  const police = audience === 'police';
  const title = { key: police ? 'notices:callFirst.policeTitle' : 'notices:callFirst.title' };
  const lines = [{ key: police ? 'notices:callFirst.policeLine1' : 'notices:callFirst.line1' }, { key: WHO_FIRST[audience] }];
  const groups = found.length > 0 ? [{ heading: { key: 'notices:callFirst.nearest' }, actions: found }] : undefined;
  return noticeView('callFirst', 'warning', [], lines, groups === undefined ? { title } : { title, groups });
}
