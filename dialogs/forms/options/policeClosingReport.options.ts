import { allEntries } from '../../../knowledge/entries';
import type { OptionList } from '../vocabulary';

/**
 * The option lists of the police closing report. The outcome codes are Appendix E's, read from
 * knowledge/ (never copied); the victim's residential status is the project's list built on
 * Appendix J's own examples ("at home/in LA care").
 */

const OUTCOME_PREFIX = 'outcome.';

/** MI, FP, FO and FQ, by their knowledge ids without the prefix ("mi"). */
export const OUTCOME_CODES: readonly string[] = allEntries.filter((entry) => entry.kind === 'outcome-code').map((entry) => entry.id.slice(OUTCOME_PREFIX.length));

export const outcomeCodeOptions: OptionList = {
  id: 'outcomeCode',
  values: OUTCOME_CODES,
  source: 'Appendix J: Outcome code; Appendix E: Police flags and outcome codes – Outcome codes to be entered at the conclusion of the investigation',
};

export const crisReportKindOptions: OptionList = {
  id: 'crisReportKind',
  values: ['crime', 'nonCrime587'],
  source: 'Appendix E: Police flags and outcome codes – Recording all suspicions of Child Sexual Exploitation (the non-crime 587/00 report)',
};

export const residentialStatusOptions: OptionList = {
  id: 'residentialStatus',
  values: ['atHome', 'withFamilyOrFriends', 'localAuthorityCare', 'secureAccommodation', 'other', 'notKnown'],
  source: "Appendix J: Closing report – Victim's current residential status (\"e.g. at home/in LA care\"): the project's list",
};
