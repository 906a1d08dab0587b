import type { ActionView, DownloadView, NoticeView, ProblemProfileView, ProfileCsvView, Translate, View } from '../../cards/view';
import { dimensionLabel, monthLabel, valueLabel } from './profileLabels';
import { profileCsv, profileCsvFilename } from './profileCsv';
import { DEFAULT_PROFILE_PERIOD, PROFILE_DIMENSIONS, PROFILE_PERIODS, type ProblemProfile, type ProfileDimension, type ProfilePeriod } from './profile.schema';

/**
 * The problem profile's part of a turn. The runner decides whether the person may read it
 * (`readProblemProfile`), reads the MASE forms routed to them and counts them (the pure
 * problemProfileOf), and passes the result in TurnDeps: this only draws it.
 */

export type ProfileLoaded =
  /** The person holds neither the MASE coordinator nor the analyst role. */
  | { kind: 'refused' }
  | { kind: 'loaded'; profile: ProblemProfile; download?: DownloadView };

export interface ProfileDeps {
  problemProfile?: ProfileLoaded;
  t?: Translate;
}

/** The dimensions drawn as a bar chart as well as listed. */
const CHARTED: ReadonlySet<ProfileDimension> = new Set(['month', 'theme']);

export const profileAction = (months: ProfilePeriod = DEFAULT_PROFILE_PERIOD, key = 'welcome:problemProfile'): ActionView => ({ label: { key }, data: { event: 'profile.requested', months } });
const csvAction = (months: ProfilePeriod): ActionView => ({ label: { key: 'profile:actions.csv' }, data: { event: 'profile.csvRequested', months } });

const notice = (name: 'notForYou' | 'unavailable', around: ActionView[]): NoticeView => ({
  kind: 'notice',
  tone: name === 'unavailable' ? 'warning' : 'info',
  safetyLine: true,
  title: { key: `profile:notices.${name}.title` },
  lines: [{ key: `profile:notices.${name}.line1` }],
  actions: around,
});

function profileView(profile: ProblemProfile, download: DownloadView | undefined, around: ActionView[]): ProblemProfileView {
  const sections = PROFILE_DIMENSIONS.map((dimension) => ({
    heading: dimensionLabel(dimension),
    chart: CHARTED.has(dimension),
    rows: profile.rows.filter((row) => row.dimension === dimension).map((row) => ({ label: valueLabel(row), count: row.count })),
  }));
  return {
    kind: 'problemProfile',
    months: profile.months,
    from: monthLabel(profile.from),
    to: monthLabel(profile.to),
    forms: profile.forms,
    unreadable: profile.unreadable,
    truncated: profile.truncated,
    sections,
    periods: PROFILE_PERIODS.map((months) => profileAction(months, `profile:periods.${months}`)),
    csv: csvAction(profile.months),
    ...(download === undefined ? {} : { download }),
    actions: around,
  };
}

/** The profile, or the CSV of it; a kind notice when it is not theirs to see or could not be read. */
export function problemProfileViews(deps: ProfileDeps, asCsv: boolean, around: ActionView[]): View[] {
  const loaded = deps.problemProfile;
  if (loaded?.kind === 'refused') return [notice('notForYou', around)];
  if (loaded === undefined || (asCsv && deps.t === undefined)) return [notice('unavailable', around)];
  if (!asCsv || deps.t === undefined) return [profileView(loaded.profile, loaded.download, around)];
  const view: ProfileCsvView = {
    kind: 'profileCsv',
    filename: profileCsvFilename(loaded.profile),
    text: profileCsv(loaded.profile, deps.t),
    ...(loaded.download === undefined ? {} : { download: loaded.download }),
    actions: [profileAction(loaded.profile.months, 'profile:actions.back'), ...around],
  };
  return [view];
}
