import { actionSet, adaptiveCard, openUrlAction, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { heading, say, toActions } from './fragments';
import type { ProfileCsvView, Translate } from './view';

/** The problem profile's CSV in a box to select and copy, with its file (a link, or Teams' file card); the card posts no input back (its buttons ignore inputs). */
export function profileCsvCard(view: ProfileCsvView, t: Translate): AdaptiveCard {
  const title = t('profile:csv.title');
  const body: CardElement[] = [
    heading(title),
    textBlock(t('profile:csv.intro', { filename: view.filename })),
    { type: 'Input.Text', id: 'profileCsv', label: t('profile:csv.label'), isMultiline: true, value: view.text },
  ];
  if (view.download !== undefined) body.push(actionSet([openUrlAction(say(t, view.download.label), view.download.url)]));
  else if (view.file !== undefined) body.push(actionSet(toActions(t, [{ ...view.file, ignoresInputs: true }])));
  return adaptiveCard(body, toActions(t, view.actions), title);
}
