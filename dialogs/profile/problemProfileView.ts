import type { ActionView, DownloadView, NoticeView, ProblemProfileView, ProfileCsvView, Translate, View } from '../../cards/view';
import type { FileHandOff } from '../forms/export/mySubmissions';
import { dimensionLabel, monthLabel, valueLabel } from './profileLabels';
import { profileCsv, profileCsvFilename } from './profileCsv';
import type { ProfileOutput } from './profileNeeded';
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
  /** How a file reaches this user: in a Teams one-to-one chat, the CSV is offered on Teams' file card. */
  fileHandOff?: FileHandOff;
  /** A new id per file offered. */
  newId?: () => string;
}

/** The dimensions drawn as a bar chart as well as listed. */
const CHARTED: ReadonlySet<ProfileDimension> = new Set(['month', 'theme']);

export const profileAction = (months: ProfilePeriod = DEFAULT_PROFILE_PERIOD, key = 'welcome:problemProfile'): ActionView => ({ label: { key }, data: { event: 'profile.requested', months } });
export const csvAction = (months: ProfilePeriod): ActionView => ({ label: { key: 'profile:actions.csv' }, data: { event: 'profile.csvRequested', months } });
/** Teams, one-to-one: the CSV on Teams' file card (bot/teamsFileConsent.ts uploads it once the user allows it). */
export const csvFileAction = (months: ProfilePeriod, key = 'profile:actions.file'): ActionView => ({ label: { key }, data: { event: 'profile.fileRequested', months } });
const fileActionFor = (deps: ProfileDeps, months: ProfilePeriod): ActionView | undefined => (deps.fileHandOff?.kind === 'teamsFile' ? csvFileAction(months) : undefined);

type ProfileNotice = 'notForYou' | 'unavailable' | 'filePersonalOnly' | 'fileDeclined' | 'fileFailed' | 'fileRefused';
const WARNINGS: ReadonlySet<ProfileNotice> = new Set(['unavailable', 'fileFailed', 'fileRefused']);

const notice = (name: ProfileNotice, around: ActionView[]): NoticeView => ({
  kind: 'notice',
  tone: WARNINGS.has(name) ? 'warning' : 'info',
  safetyLine: true,
  title: { key: `profile:notices.${name}.title` },
  lines: [{ key: `profile:notices.${name}.line1` }],
  actions: around,
});

function profileView(profile: ProblemProfile, download: DownloadView | undefined, file: ActionView | undefined, around: ActionView[]): ProblemProfileView {
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
    ...(file === undefined ? {} : { file }),
    actions: around,
  };
}

/** The profile, the CSV of it as text, or as a Teams file card; a kind notice when it is not theirs to see or could not be read. */
export function problemProfileViews(deps: ProfileDeps, output: ProfileOutput, around: ActionView[]): View[] {
  const loaded = deps.problemProfile;
  if (loaded?.kind === 'refused') return [notice('notForYou', around)];
  if (loaded === undefined || (output !== 'card' && deps.t === undefined)) return [notice('unavailable', around)];
  const { profile } = loaded;
  const file = fileActionFor(deps, profile.months);
  if (output === 'card' || deps.t === undefined) return [profileView(profile, loaded.download, file, around)];
  const back = profileAction(profile.months, 'profile:actions.back');
  if (output === 'teamsFile') {
    const offered = fileOffer(deps, profile, deps.t, [back, ...around]);
    if (offered !== undefined) return [offered];
  }
  const view: ProfileCsvView = {
    kind: 'profileCsv',
    filename: profileCsvFilename(profile),
    text: profileCsv(profile, deps.t),
    ...(loaded.download === undefined ? {} : { download: loaded.download }),
    ...(file === undefined ? {} : { file }),
    actions: [back, ...around],
  };
  return [view];
}

/**
 * The CSV on Teams' file card, in a one-to-one chat; in a group chat or channel, why not, with the CSV
 * to copy; elsewhere (the web chat, whose link is on the CSV's card) undefined. It is counted now only
 * to state its size: on "Allow" it is counted again, as the person's roles then allow, and uploaded
 * (bot/teamsFileConsent.ts).
 */
function fileOffer(deps: ProfileDeps, profile: ProblemProfile, t: Translate, actions: ActionView[]): View | undefined {
  if (deps.fileHandOff?.kind === 'textOnly' && deps.fileHandOff.reason === 'filesInPersonalChatOnly') return notice('filePersonalOnly', [csvAction(profile.months), ...actions]);
  if (deps.fileHandOff?.kind !== 'teamsFile' || deps.newId === undefined) return undefined;
  const csv = profileCsv(profile, t);
  return {
    kind: 'fileOffer',
    about: { kind: 'problemProfile', months: profile.months },
    offerId: deps.newId(),
    filename: profileCsvFilename(profile),
    sizeInBytes: new TextEncoder().encode(csv).length,
    description: t('profile:title'),
    text: csvAction(profile.months),
    actions,
  };
}

/**
 * The answer to the CSV's file card (bot/teamsFileConsent.ts): sent only in one-to-one chats, declined,
 * not accepted by Teams (with a new file card to try), sent nowhere (an upload address not allowed), or
 * not for this person; each keeps the CSV to copy at hand, but the last.
 */
export function profileFileNotice(name: Exclude<ProfileNotice, 'unavailable'>, months: ProfilePeriod): NoticeView {
  if (name === 'notForYou') return notice(name, []);
  const rest = [csvAction(months), profileAction(months, 'profile:actions.back')];
  return notice(name, name === 'fileFailed' ? [{ ...csvFileAction(months, 'profile:actions.fileRetry'), style: 'positive' }, ...rest] : rest);
}
