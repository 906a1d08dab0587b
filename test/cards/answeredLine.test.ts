import type { AdaptiveCard } from '../../cards/adaptive';
import { stepCard } from '../../cards/step.card';
import type { StepView, Translate } from '../../cards/view';
import { strictT } from '../support/i18n';
import { cardProblems } from '../support/adaptiveCards';
import { callAlert } from '../../dialogs/dangerCheck.views';

/** The answer pressed opens the card it led to, in every tone, and a card reached otherwise has no such line. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const step = (tone: StepView['tone'], extra: Partial<StepView> = {}): StepView => ({
  kind: 'step',
  tone,
  title: { key: 'referral:askingDanger.title' },
  lines: [],
  choices: [],
  citations: [],
  navigation: [],
  ...extra,
});

const firstText = (card: AdaptiveCard): unknown => card.body[0]?.text;

describe('the answer that led to a card', () => {
  it.each<StepView['tone']>(['question', 'urgent', 'summary'])('opens a %s card as a plain line', (tone) => {
    const card = stepCard(step(tone, { answered: { key: 'common:answer.no' } }), t);
    expect(card.body[0]).toEqual({ type: 'TextBlock', text: 'You answered: No', wrap: true });
    expect(cardProblems(card)).toEqual([]);
  });

  it('comes before the 999 line of a summary reached by a "yes"', () => {
    const card = stepCard(step('summary', { answered: { key: 'common:answer.yes' }, alert: callAlert('danger:summary.call999') }), t);
    expect(firstText(card)).toBe('You answered: Yes');
    expect(JSON.stringify(card.body[1])).toContain('call 999 and ask for the police');
  });

  it('reads a choice with words of its own whole', () => {
    const card = stepCard(step('question', { answered: { key: 'business:sector.hotel' } }), t);
    expect(firstText(card)).toBe(`You answered: ${t('business:sector.hotel')}`);
  });

  it('is read first, before the title, where a screen reader reads the card’s summary', () => {
    expect(stepCard(step('question', { answered: { key: 'common:answer.no' } }), t).speak).toBe('You answered: No. Is the child in immediate danger?');
    expect(stepCard(step('question'), t).speak).toBe('Is the child in immediate danger?');
  });

  it('is not there on a card no answer led to', () => {
    const card = stepCard(step('question'), t);
    expect(JSON.stringify(card)).not.toContain('You answered');
  });
});
