import { policeFirstStepsFlow } from '../../dialogs/police/policeFirstSteps.flow';
import type { PoliceFirstStepsContext } from '../../machines/policeFirstSteps.machine';
import { strictT } from '../support/i18n';

/**
 * Police protection's 72 hours (and telling the local authority) is general law, Children Act 1989
 * s46: the protocol only says to consider police protection. The journey shows the limit as general
 * law under the statute, never under a protocol citation.
 */

const base: PoliceFirstStepsContext = { immediateRisk: 'yes', crimeAlleged: 'no', otherFlags: [], lookedAfter: 'no', missing: 'no', trafficking: 'no' };
const view = (value: string) => policeFirstStepsFlow.view({ value, context: base }, { contacts: {} });

describe.each(['consideringPoliceProtection', 'summarisingActions'])('%s', (state) => {
  it('says 72 hours only in a line that names the statute as general law', async () => {
    const t = await strictT();
    const body = view(state);
    const texts = [...body.lines, ...(body.steps ?? [])].map((ref) => t(ref.key, ref.values));
    const withLimit = texts.filter((text) => text.includes('72 hours'));
    expect(withLimit).toHaveLength(1);
    expect(withLimit[0]).toContain('general law, not in the protocol (Children Act 1989, section 46)');
  });

  it('cites section 46 as general law beside the protocol’s own step', () => {
    const citations = view(state).citations;
    expect(citations.filter((c) => c.generalLaw === true).map((c) => c.section)).toEqual([
      'Children Act 1989, s46 (police protection lasts at most 72 hours; the local authority must be informed)',
    ]);
    expect(citations.find((c) => c.section === 'Section 6: CSE – police officer reporting pathway')?.generalLaw).toBeUndefined();
  });
});

it('a general-law citation reads as general law on the card, not as the protocol', async () => {
  const t = await strictT();
  expect(t('common:citation.generalLaw', { section: 'Children Act 1989, s46' })).toBe('General law, not in the protocol: Children Act 1989, s46.');
});
