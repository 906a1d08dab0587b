import { z } from 'zod';
import { since2017Schema } from './entry.schema';

/**
 * What changed after June 2017 that the journeys point out beside the 2017 text
 * (shared/protocol/changes-since-2017.md). Shown as "since 2017", never replacing the protocol.
 */
const changeSchema = since2017Schema.extend({ id: z.string().regex(/^change\.[a-z0-9-]+$/) });
export type Change = z.infer<typeof changeSchema>;

export const changes = z.array(changeSchema).parse([
  {
    id: 'change.protocol-2021',
    what: 'The London Child Exploitation Operating Protocol 2021 replaced this 2017 CSE protocol in London. It removed the CSE category levels, created the non-crime 588 child exploitation report and uses MACE meetings in place of MASE. Follow your current local procedures.',
    when: 'March 2021',
    source: 'https://croydonlcsb.org.uk/2021/03/new-pan-london-exploitation-protocol/',
  },
  {
    id: 'change.connect-588',
    what: 'The Met’s CONNECT system replaced CRIS and Merlin, and a non-crime 588 exploitation report (one per child, re-opened for new concerns) replaced the 587/00 CSE report. "Merlin PAC" and "587/00" are historical wording.',
    when: 'November 2022 onwards',
    source: 'https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/june-2024/588-non-crime-reports-relating-to-safeguarding/',
  },
  {
    id: 'change.bcu',
    what: 'The Met merged its 32 borough commands into 12 Basic Command Units: "borough police" now means the BCU safeguarding strand.',
    when: '2017 to early 2019',
    source: 'https://www.london.gov.uk/questions/2019/6437',
  },
  {
    id: 'change.london-procedures',
    what: 'The London Child Protection Procedures became the London Safeguarding Children Procedures (now in their 7th edition); police forms 87A and 87B were updated in April 2024.',
    when: 'March 2022; April 2024',
    source: 'https://www.londonsafeguardingchildrenprocedures.co.uk',
  },
  {
    id: 'change.ukcis-nudes',
    what: 'UKCIS "Sharing nudes and semi-nudes" replaced the 2016 youth-produced sexual imagery advice: never view, copy or share the images; an adult sharing nudes of an under-18 is child sexual abuse and goes to the police urgently.',
    when: 'December 2020; updated March 2024',
    source: 'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people',
  },
  {
    id: 'change.nrm-naba-2022',
    what: "The Nationality and Borders Act 2022 (Part 5) changed the NRM: a reasonable-grounds decision now needs 'objective factors', the recovery period is set at 30 days, and there is a public-order disqualification.",
    when: 'In force 30 January 2023',
    source: 'https://yjlc.uk/resources/legal-updates/nationality-and-borders-act-2022-yet-another-setback-victims-modern-slavery',
  },
  {
    id: 'change.nrm-devolved-decisions',
    what: "In areas piloting devolved decision-making, NRM decisions about children may be made locally rather than nationally. Check whether your area is one of them.",
    when: 'Pilots from June 2021; guidance version 6, November 2023',
    source: 'https://www.gov.uk/government/publications/piloting-devolving-decision-making-for-child-victims-of-modern-slavery/devolving-child-decision-making-pilot-programme-general-guidance-accessible-version',
  },
  {
    id: 'change.ictg',
    what: 'Independent Child Trafficking Guardians (ICTGs) now have statutory interim guidance. Check whether the service covers your area.',
    when: 'May 2024',
    source: 'https://www.gov.uk/government/publications/child-trafficking-advocates-early-adopter-sites/interim-guidance-for-independent-child-trafficking-guardians-accessible-version',
  },
]);

export function changeById(id: string): Change {
  const found = changes.find((c) => c.id === id);
  if (found === undefined) throw new Error(`unknown change id ${id}`);
  return found;
}
