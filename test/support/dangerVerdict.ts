import { detectDanger } from '../../dialogs/danger';
import { explain } from '../../tools/eval-urgent';

/** A message's danger verdict with its reason, so a failing case names the message and why it was read so. */
export const verdict = (text: string): { text: string; urgent: boolean; why: string } => {
  const decision = detectDanger(text);
  return { text, urgent: decision.urgent, why: explain(decision) };
};
