import { actionSet, adaptiveCard, container, factSet, openUrlAction, textBlock, type AdaptiveCard, type CardAction, type CardElement } from './adaptive';
import { escapeMarkdown, heading, say, toActions } from './fragments';
import type { DocumentView, SubmissionView, Translate } from './view';

/** A submitted form as the user sent it: a block per section, a fact per answer; everything typed is escaped. */

type Rows = DocumentView['sections'][number]['rows'];
const facts = (rows: Rows): CardElement[] => (rows.length === 0 ? [] : [factSet(rows.map((r) => ({ title: escapeMarkdown(r.label), value: escapeMarkdown(r.value) })))]);

export function submissionCard(view: SubmissionView, t: Translate): AdaptiveCard {
  const doc = view.document;
  const sections: CardElement[] = doc.sections.map((section) =>
    container([
      textBlock(escapeMarkdown(section.heading), { weight: 'Bolder', size: 'Medium', spacing: 'Medium' }),
      ...facts(section.rows),
      ...(section.items !== undefined && section.items.length === 0 && section.rows.length === 0 ? [textBlock(t('exports:labels.none'), { isSubtle: true })] : []),
      ...(section.items ?? []).flatMap((item) => [textBlock(escapeMarkdown(item.heading), { weight: 'Bolder', spacing: 'Small' }), ...facts(item.rows)]),
    ]),
  );
  const exports: CardAction[] = toActions(t, [view.text, view.file].filter((a) => a !== undefined));
  if (view.download !== undefined) exports.push(openUrlAction(say(t, view.download.label), view.download.url));
  const body: CardElement[] = [
    heading(escapeMarkdown(doc.title)),
    textBlock(t('exports:submission.meta', { reference: doc.reference, submitted: doc.submittedAt }), { isSubtle: true }),
    ...(view.status === undefined ? [] : [textBlock(say(t, view.status), { weight: 'Bolder' })]),
    ...(exports.length === 0 ? [] : [actionSet(exports)]),
    ...(view.note === undefined ? [] : [textBlock(say(t, view.note), { isSubtle: true, spacing: 'Small' })]),
    ...sections,
  ];
  if (doc.notes.length > 0) body.push(textBlock(t('exports:labels.notes'), { weight: 'Bolder', spacing: 'Medium' }), ...doc.notes.map((n) => textBlock(`• ${escapeMarkdown(n)}`)));
  body.push(textBlock(escapeMarkdown(doc.source), { size: 'Small', isSubtle: true }));
  return adaptiveCard(body, toActions(t, view.actions), escapeMarkdown(doc.title));
}
