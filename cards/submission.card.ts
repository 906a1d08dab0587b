import { actionSet, adaptiveCard, container, factSet, openUrlAction, textBlock, type AdaptiveCard, type CardAction, type CardElement } from './adaptive';
import { escapeMarkdown, heading, say, toActions } from './fragments';
import type { DocumentView, SubmissionView, Translate } from './view';

/** A submitted form as the user sent it: a block per section, a fact per answer; everything typed is escaped. */

type Rows = DocumentView['sections'][number]['rows'];
const facts = (rows: Rows): CardElement[] => (rows.length === 0 ? [] : [factSet(rows.map((r) => ({ title: escapeMarkdown(r.label), value: escapeMarkdown(r.value) })))]);

/**
 * Where the record stands, and under it what the lead shared with the reporter: each note (what was
 * typed escaped) with when it was written, as one block so a record's card keeps its glance budget.
 */
function statusBlock(view: SubmissionView, t: Translate): CardElement[] {
  if (view.status === undefined) return [];
  if (view.shared === undefined) return [textBlock(say(t, view.status), { weight: 'Bolder' })];
  const notes = view.shared.notes.map((note) => `- ${say(t, note.line)} (${t('records:review.at', { at: note.at })})`);
  return [textBlock([`**${say(t, view.status)}**`, '', `${say(t, view.shared.heading)}:`, '', ...notes].join('\n'))];
}

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
    ...statusBlock(view, t),
    ...(exports.length === 0 ? [] : [actionSet(exports)]),
    ...(view.note === undefined ? [] : [textBlock(say(t, view.note), { isSubtle: true, spacing: 'Small' })]),
    ...sections,
  ];
  if (doc.notes.length > 0) body.push(textBlock(t('exports:labels.notes'), { weight: 'Bolder', spacing: 'Medium' }), ...doc.notes.map((n) => textBlock(`• ${escapeMarkdown(n)}`)));
  body.push(textBlock(escapeMarkdown(doc.source), { size: 'Small', isSubtle: true }));
  return adaptiveCard(body, toActions(t, view.actions), escapeMarkdown(doc.title));
}
