import { actionSet, adaptiveCard, openUrlAction, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { cautionLine, heading, say } from './fragments';
import type { TextExportView, Translate } from './view';

/**
 * The plain-text export in a box to select and copy (a text box shows the text exactly, with no
 * Markdown). The card has no submit button, so the text is never posted back.
 */
export function textExportCard(view: TextExportView, t: Translate): AdaptiveCard {
  const title = view.parts > 1 ? t('exports:text.titlePart', { reference: view.reference, part: view.part, parts: view.parts }) : t('exports:text.title', { reference: view.reference });
  const body: CardElement[] = [
    heading(title),
    textBlock(t('exports:text.intro')),
    { type: 'Input.Text', id: 'exportText', label: t('exports:text.label'), isMultiline: true, value: view.text },
  ];
  if (view.truncated) body.push(cautionLine(t(view.download === undefined ? 'exports:text.truncated' : 'exports:text.truncatedDownload')));
  if (view.download !== undefined) body.push(actionSet([openUrlAction(say(t, view.download.label), view.download.url)]));
  return adaptiveCard(body, [], title);
}
