import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive';
import { heading, say, toActions } from './fragments';
import type { ActionView, TextRef, Translate } from './view';

/**
 * The alert a recipient gets when a record is routed to them: which form and its reference, never
 * a child's name or any answer, and a button that opens it (the read is checked and audited then).
 */
export interface AlertView {
  /** Also the message's text and summary: what Teams shows in the notification preview. */
  title: TextRef;
  lines: TextRef[];
  open: ActionView;
}

export function alertCard(view: AlertView, t: Translate): AdaptiveCard {
  return adaptiveCard([heading(say(t, view.title)), ...view.lines.map((line) => textBlock(say(t, line)))], toActions(t, [view.open]), say(t, view.title));
}
