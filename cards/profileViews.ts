import type { ActionView, DownloadView, TextRef } from './viewParts';

/** The MASE problem profile (Section 7): counts, charts and its CSV. */

/** A count as the problem profile may show it: 0, or 5 and more, exactly; 1 to 4 as "fewer than 5". */
export type ShownCountView = number | 'fewerThan5';

/** One dimension of the problem profile: its counts in order, drawn as a bar chart when `chart` is set. */
export interface ProfileSectionView {
  heading: TextRef;
  chart: boolean;
  rows: Array<{ label: TextRef; count: ShownCountView }>;
}

/** What one problem profile chart shows: a charted dimension of the profile, and its period. */
export interface ProfileChartSubject {
  section: ProfileSectionView;
  from: TextRef;
  to: TextRef;
}

/**
 * A problem profile chart as a message of its own, after the profile's card (a chart with its words is
 * too large to travel inside that card): drawn at the edge, bot/profileCharts.ts.
 */
export interface ProfileChartView extends ProfileChartSubject {
  kind: 'profileChart';
  /** The chart as a PNG `data:` URI, and its size in pixels. */
  image: { url: string; width: number; height: number };
}

/** The MASE problem profile (Section 7): counts only, for the MASE coordinator and analyst. */
export interface ProblemProfileView {
  kind: 'problemProfile';
  months: number;
  from: TextRef;
  to: TextRef;
  forms: ShownCountView;
  /** Forms this version could not read, left out. */
  unreadable: number;
  /** The store gave the most forms one profile reads: the oldest of the period are left out. */
  truncated: boolean;
  sections: ProfileSectionView[];
  /** Last 3, 6 and 12 months. */
  periods: ActionView[];
  /** The profile as CSV text in the chat. */
  csv: ActionView;
  /** The CSV as a file: the web chat's download link. */
  download?: DownloadView;
  /** The CSV as a file: in a Teams one-to-one chat, asks for Teams' file card. */
  file?: ActionView;
  actions: ActionView[];
}

/** The problem profile as CSV, in a box to copy from, with the file's link where there is one. */
export interface ProfileCsvView {
  kind: 'profileCsv';
  filename: string;
  text: string;
  download?: DownloadView;
  /** Teams, one-to-one: asks for the CSV as a file card. */
  file?: ActionView;
  actions: ActionView[];
}
