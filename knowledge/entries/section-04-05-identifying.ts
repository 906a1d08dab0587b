import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/** Sections 4 and 5: accountability, identifying CSE and the vulnerability factors. */

const vulnerabilityIntro =
  'Section 5 lists this among the factors that can make a young person more vulnerable to exploitation. It is a vulnerability, not proof of exploitation: look at it together with the SAFEGUARD warning signs (Appendix A).';

type VulnerabilitySpec = {
  slug: string;
  title: string;
  wording: string;
  keywords: string[];
  related: string[];
};

const vulnerabilities: VulnerabilitySpec[] = [
  { slug: 'prior-abuse', title: 'Prior abuse or neglect', wording: 'having a prior experience of neglect, physical and/or sexual abuse', keywords: ['previous abuse', 'neglect', 'sexual abuse', 'physical abuse', 'history of abuse'], related: ['indicator.family-home.abuse-neglect'] },
  { slug: 'unsafe-home', title: 'No safe or stable home', wording: 'lack of a safe/stable home environment, now or in the past (e.g. domestic violence or parental substance misuse, mental health issues or criminality)', keywords: ['unstable home', 'domestic violence', 'domestic abuse', 'DV', 'parental substance misuse', 'parental mental health', 'parental criminality'], related: ['indicator.family-home.domestic-violence', 'indicator.family-home.substance-misuse', 'indicator.family-home.parental-mental-health', 'indicator.family-home.criminality'] },
  { slug: 'bereavement', title: 'Recent bereavement or loss', wording: 'recent bereavement or loss', keywords: ['bereavement', 'loss', 'grief', 'death in family'], related: ['indicator.family-home.bereavement'] },
  { slug: 'social-isolation', title: 'Social isolation or difficulties', wording: 'social isolation or social difficulties', keywords: ['isolated', 'lonely', 'no friends', 'social difficulties'], related: ['indicator.gangs-groups.older-individuals'] },
  { slug: 'no-safe-space-for-sexuality', title: 'No safe place to explore sexuality', wording: 'absence of a safe environment to explore sexuality', keywords: ['sexuality', 'sexual identity', 'coming out'], related: ['indicator.sexual-health.unsafe-context', 'indicator.sexual-health.unable-to-disclose-orientation'] },
  { slug: 'economic', title: 'Economic vulnerability', wording: 'economic vulnerability', keywords: ['poverty', 'poor', 'no money', 'money worries', 'debt', 'financial hardship'], related: ['indicator.gifts-money.debts', 'indicator.gifts-money.unexplained-money'] },
  { slug: 'missing', title: 'Missing from home or care', wording: 'missing from home or care', keywords: ['missing', 'misper', 'runaway', 'absent', 'missing from care'], related: ['indicator.absence.missing-repeat', 'section.9.missing-children'] },
  { slug: 'gang-association', title: 'Gang association', wording: 'gang association', keywords: ['gang', 'gang-affected', 'gang associated', 'county lines'], related: ['indicator.gangs-groups.gang-involvement', 'cse-type.gangs-and-groups'] },
  { slug: 'drugs-alcohol', title: 'Dependence on drugs or alcohol', wording: 'dependent on drugs and alcohol', keywords: ['drugs', 'alcohol', 'substance use', 'addiction', 'dependency'], related: ['indicator.alcohol-substances.substance-use'] },
  { slug: 'homelessness', title: 'Homelessness or insecure accommodation', wording: 'homelessness or insecure accommodation status', keywords: ['homeless', 'sofa surfing', 'insecure housing', 'temporary accommodation', 'hostel'], related: ['indicator.family-home.homelessness', 'indicator.family-home.care-temporary-accommodation'] },
  { slug: 'connections-to-exploited-children', title: 'Connections with exploited children', wording: 'connections with other children and young people who are being sexually exploited', keywords: ['friends exploited', 'peer network', 'associates', 'linked victims'], related: ['indicator.gangs-groups.friends-experiencing-cse'] },
  { slug: 'family-in-adult-sex-work', title: 'Family or connections in adult sex work', wording: 'family members or other connections involved in adult sex work', keywords: ['sex work', 'adult sex work', 'family connections'], related: [] },
  { slug: 'disability', title: 'Physical or learning disability', wording: 'having a physical or learning disability', keywords: ['disability', 'learning disability', 'LD', 'SEN', 'SEND', 'autism'], related: ['indicator.emotional-health.learning-difficulties', 'section.8.groups-facing-barriers'] },
  { slug: 'in-care', title: 'Being in care', wording: 'being in care (particularly those in residential care and those with interrupted care histories)', keywords: ['in care', 'LAC', 'looked after child', 'CLA', 'residential care', "children's home", 'placement moves', 'interrupted care'], related: ['indicator.family-home.care-temporary-accommodation', 'section.7.lac-placed-out-of-borough', 'glossary.lac'] },
  { slug: 'lgbt', title: 'LGBT or gender identity', wording: 'young people who are lesbian, gay, bisexual, transgender or whose gender identity differs from the sex they were given at birth', keywords: ['LGBT', 'LGBTQ+', 'gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'gender identity'], related: ['indicator.sexual-health.unable-to-disclose-orientation', 'section.8.groups-facing-barriers'] },
];

const vulnerabilityEntries: KnowledgeEntryInput[] = vulnerabilities.map((v) => ({
  id: `vulnerability.${v.slug}`,
  kind: 'vulnerability',
  title: v.title,
  summary: `A factor that can make a young person more vulnerable to sexual exploitation: ${v.wording}.`,
  body: md(`Protocol wording: “${v.wording}”.`, '', vulnerabilityIntro),
  audiences: ['all'],
  section: 'Section 5: Identifying Child Sexual Exploitation – vulnerability factors',
  keywords: ['vulnerability', 'risk factor', ...v.keywords],
  related: ['section.5.identifying-cse', ...v.related],
}));

export const section04To05IdentifyingEntries: KnowledgeEntryInput[] = [
  {
    id: 'section.4.accountability',
    kind: 'topic',
    title: 'Accountability and organisational responsibility',
    summary:
      "Each agency appoints a senior leader to set up CSE accountability and a CSE lead (SPOC) who reports to the LSCB's Children's Services member or CSE sub-group chair.",
    body: md(
      'Each agency/organisation should appoint a member of its Senior Leadership Team to establish an accountability structure for CSE within the agency and to ensure the London CSE Operating Protocol is followed.',
      '',
      "The CSE lead (single point of contact, SPOC) for each agency reports to the Children's Services member on the Local Safeguarding Children Board (LSCB), or to the chair of the identified LSCB sub-group or equivalent that oversees CSE.",
      '',
      'The LSCB or equivalent should, directly or through a sub-group, establish a local strategy which includes:',
      '- a prevention strategy;',
      '- measures for identifying outcomes for CSE; and',
      "- an agreed approach to obtain a data set of CSE cases across Children's Services and other agencies.",
      '',
      "(The protocol's accountability framework diagram was an image and is not available as text.)",
    ),
    audiences: ['all'],
    section: 'Section 4: Accountability and organisational responsibility',
    keywords: ['accountable', 'who is responsible', 'responsibility', 'accountability', 'CSE lead', 'SPOC', 'single point of contact', 'senior leadership', 'LSCB', 'sub-group', 'safeguarding partnership', 'data set', 'prevention strategy'],
    related: ['glossary.spoc', 'glossary.lscb', 'section.7.mase-governance'],
    since2017: [change('change.working-together-2018'), change('change.working-together-2023')],
  },
  {
    id: 'section.5.identifying-cse',
    kind: 'topic',
    title: 'Identifying CSE: a shared responsibility',
    summary:
      'Sexually exploited young people rarely disclose directly, so everyone working with young people shares the responsibility to know the vulnerabilities and the SAFEGUARD warning signs.',
    body: md(
      'Sexually exploited young people rarely approach the police or social workers directly and disclose that they are being exploited. It is a shared responsibility for all to identify young people vulnerable to, at risk of, or experiencing CSE. Everyone working with young people should be aware of the vulnerabilities and risk indicators.',
      '',
      'The mnemonic **S.A.F.E.G.U.A.R.D.** (Appendix A) helps frontline practitioners identify and remember the signs.',
      '',
      'Factors that can make a young person more vulnerable to exploitation:',
      '- having a prior experience of neglect, physical and/or sexual abuse;',
      '- lack of a safe/stable home environment, now or in the past (e.g. domestic violence or parental substance misuse, mental health issues or criminality);',
      '- recent bereavement or loss;',
      '- social isolation or social difficulties;',
      '- absence of a safe environment to explore sexuality;',
      '- economic vulnerability;',
      '- missing from home or care;',
      '- gang association;',
      '- dependent on drugs and alcohol;',
      '- homelessness or insecure accommodation status;',
      '- connections with other children and young people who are being sexually exploited;',
      '- family members or other connections involved in adult sex work;',
      '- having a physical or learning disability;',
      '- being in care (particularly those in residential care and those with interrupted care histories); and',
      '- young people who are lesbian, gay, bisexual, transgender or whose gender identity differs from the sex they were given at birth.',
    ),
    audiences: ['all'],
    section: 'Section 5: Identifying Child Sexual Exploitation',
    keywords: ['vulnerability factors', 'risk factors', 'what makes a child vulnerable', 'identifying CSE', 'spotting CSE', 'warning signs', 'vulnerabilities', 'risk factors', 'SAFEGUARD', 'disclosure', 'shared responsibility'],
    related: ['section.appendix-a.safeguard', ...vulnerabilityEntries.map((v) => v.id), 'section.5.category-levels'],
    since2017: [change('change.duty-to-report-2026')],
  },
  ...vulnerabilityEntries,
];
