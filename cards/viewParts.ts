import type { Audience } from '../knowledge/entry.schema';
import type { CardJson } from './adaptive';

/** The parts every view is made of: the per-turn translator, translated text, actions, citations, contacts and download links. */

export type Translate = (key: string, options?: Record<string, string | number>) => string;

/** A translated line: an i18n key and the values it interpolates (user or deployment text is escaped by the card). */
export interface TextRef {
  key: string;
  values?: Record<string, string | number>;
  /** Values that are translations themselves ("Enter {{what}}" with a question's `what`), translated first. */
  refs?: Record<string, TextRef>;
}

export interface ActionView {
  label: TextRef;
  data: { [key: string]: CardJson };
  style?: 'positive' | 'destructive';
  /** Sends none of the card's inputs, so a host's check of required inputs never blocks it (Back, Cancel, Remove). */
  ignoresInputs?: boolean;
}

export interface ChangeView {
  what: string;
  when: string;
  source: string;
  /** Whom the change concerns; dialogs leave it out of a card for other readers. Absent: everyone. */
  audiences?: readonly Audience[];
}

export interface CitationView {
  section: string;
  /** True when the step is general practice from the reconstructed pathways, not the protocol's words. */
  generalPractice: boolean;
  /** True when the step is general law the protocol leaves out (its section names the statute), not the protocol's words. */
  generalLaw?: boolean;
  changes: ChangeView[];
}

export interface ContactView {
  role: TextRef;
  label: string;
  phone?: string;
  email?: string;
  note?: string;
}

/** A file offered as a link (the web chat's download): opened, never submitted. */
export interface DownloadView {
  label: TextRef;
  url: string;
}
