import { escapeMarkdown } from '../../cards/fragments';
import { renderView } from '../../cards/render';
import type { Translate } from '../../cards/view';
import { journeyView } from '../../dialogs/views';
import { powerFinderFlow } from '../../dialogs/tactics/powerFinder.flow';
import { evaluateOptions } from '../../knowledge/powerFinder/evaluate';
import type { CaseFacts } from '../../knowledge/powerFinder/facts';
import { entryOf } from '../../dialogs/tactics/powerFinder.views';
import { cardProblems } from '../support/adaptiveCards';
import { strictT } from '../support/i18n';

/**
 * Teams refuses a message whose card is larger than about 28 KB: the finder's result, at its
 * longest, must still arrive, over as many cards as it takes, each one valid.
 */

const TEAMS_CARD_BYTES = 28_000;

const WORST_CASES: Array<[string, CaseFacts]> = [
  [
    'every fact not known',
    { age: 'notKnown', legalStatus: 'notKnown', suspect: 'notKnown', sexualAct: 'notKnown', foundWith: 'notKnown', hotel: 'notKnown', business: 'notKnown', residence: 'notKnown', vehicle: 'notKnown', online: 'notKnown', publicSpace: 'notKnown', movement: 'notKnown', group: 'notKnown' },
  ],
  [
    'every circumstance yes, with a convicted suspect',
    { age: 'under16', legalStatus: 'careOrder', suspect: 'convicted', sexualAct: 'yes', foundWith: 'twiceOrMore', hotel: 'yes', business: 'yes', residence: 'yes', vehicle: 'yes', online: 'yes', publicSpace: 'yes', movement: 'yes', group: 'yes' },
  ],
  [
    'every circumstance yes, with a convicted suspect, a 17-year-old accommodated under s20',
    { age: 'seventeen', legalStatus: 's20', suspect: 'convicted', sexualAct: 'yes', foundWith: 'notKnown', hotel: 'yes', business: 'yes', residence: 'yes', vehicle: 'yes', online: 'yes', publicSpace: 'yes', movement: 'yes', group: 'yes' },
  ],
];

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

function resultCards(facts: CaseFacts, state = 'showingOptions') {
  const journey = powerFinderFlow.restore({ value: state, context: facts });
  if (journey === undefined) throw new Error('the facts do not make a result');
  const active = { flowId: powerFinderFlow.id, machineVersion: powerFinderFlow.version, instanceId: 'finder-1', revision: 7, snapshot: journey, history: [] };
  return journeyView({ active, flow: powerFinderFlow, journey }, { facts: { contacts: {} } }).map((view) => renderView(view, t));
}

describe('the finder result fits a Teams message', () => {
  it.each(WORST_CASES)('%s: each card is under 28,000 bytes and valid', (_name, facts) => {
    const cards = resultCards(facts);
    for (const card of cards) {
      const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
      expect({ bytes, fits: bytes < TEAMS_CARD_BYTES }).toEqual({ bytes, fits: true });
      expect(cardProblems(card)).toEqual([]);
    }
  });

  it.each(WORST_CASES)('%s: the cards together still carry every option, and the key facts of each that fits', (_name, facts) => {
    const text = resultCards(facts).map((card) => JSON.stringify(card)).join('');
    for (const result of evaluateOptions(facts)) {
      const entry = entryOf(result.rule.entryId);
      expect(text).toContain(JSON.stringify(escapeMarkdown(entry.title)).slice(1, -1));
      if (result.verdict !== 'fits' || result.rule.requires.length === 0) continue;
      for (const value of Object.values(entry.facts ?? {})) expect(text).toContain(JSON.stringify(escapeMarkdown(value)).slice(1, -1));
    }
  });

  it.each(WORST_CASES)('%s: the buttons are on the last card only', (_name, facts) => {
    const cards = resultCards(facts);
    expect(cards.length).toBeGreaterThan(1);
    expect(cards.slice(0, -1).map((card) => JSON.stringify(card).includes('Action.'))).toEqual(cards.slice(0, -1).map(() => false));
    expect(JSON.stringify(cards.at(-1))).toContain('Show as text to copy');
  });

  it.each(WORST_CASES)('%s: the text to copy is one card under 28,000 bytes and valid', (_name, facts) => {
    const cards = resultCards(facts, 'copyingText');
    expect(cards).toHaveLength(1);
    for (const card of cards) {
      expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(TEAMS_CARD_BYTES);
      expect(cardProblems(card)).toEqual([]);
    }
  });
});
