import type { KnowledgeEntryInput } from '../entry.schema';
import { change, type Since2017 } from '../changes';
import { md } from './text';

/** Appendix A: every SAFEGUARD warning sign as its own entry, so journeys can ask about them one by one. */

type IndicatorSpec = {
  slug: string;
  title: string;
  /** The protocol's exact words for this sign (a substring of the Appendix A heading text). */
  text: string;
  summary: string;
  keywords: string[];
  related?: string[];
  since2017?: Since2017[];
};

type HeadingSpec = {
  letter: string;
  slug: string;
  heading: string;
  items: IndicatorSpec[];
};

const headings: HeadingSpec[] = [
  {
    letter: 'S',
    slug: 'sexual-health',
    heading: 'Sexual identity, wellbeing and choice',
    items: [
      { slug: 'repeat-sti', title: 'Sexually transmitted infections', text: 'Sexually transmitted infections (particularly repeat infections)', summary: 'The young person has had a sexually transmitted infection, particularly more than once.', keywords: ['STI', 'STIs', 'repeat STI', 'sexual health', 'GUM', 'sexual health clinic'] },
      { slug: 'pregnancy', title: 'Pregnancy', text: 'pregnancy', summary: 'The young person is or has been pregnant.', keywords: ['pregnant', 'pregnancy test', 'sexual health'] },
      { slug: 'terminations', title: 'Terminations', text: 'terminations', summary: 'The young person has had a termination of pregnancy.', keywords: ['termination', 'abortion', 'TOP', 'sexual health'] },
      { slug: 'changing-sexual-behaviour', title: 'Changed or out-of-character sexual behaviour', text: 'changing or out of character sexual behaviour', summary: "The young person's sexual behaviour has changed or seems out of character.", keywords: ['sleeping around', 'lots of partners', 'sexualised behaviour', 'change in behaviour', 'out of character'] },
      { slug: 'unsafe-context', title: 'Sexual relationships in an unsafe setting', text: 'exploring sexual relationships in an unsafe context or environment', summary: 'The young person is exploring sexual relationships in an unsafe context or environment.', keywords: ['unsafe relationships', 'unsafe environment', 'parties', 'older partners'], related: ['vulnerability.no-safe-space-for-sexuality'] },
      { slug: 'unable-to-disclose-orientation', title: 'Cannot disclose sexual orientation', text: 'unable to disclose sexual orientation and fearful of societal responses', summary: 'The young person is unable to disclose their sexual orientation and is fearful of how others will respond.', keywords: ['LGBT', 'LGBTQ+', 'sexual orientation', 'coming out', 'gay', 'bisexual'], related: ['vulnerability.lgbt', 'vulnerability.no-safe-space-for-sexuality'] },
    ],
  },
  {
    letter: 'A',
    slug: 'absence',
    heading: 'Absence, truancy and going missing',
    items: [
      { slug: 'truancy', title: 'Truancy, including during the day', text: 'Truancy from school, including during the school day', summary: 'The young person truants from school, including leaving during the school day.', keywords: ['truancy', 'truanting', 'absent from school', 'school attendance', 'leaving school at lunch', 'internal truancy'], related: ['section.7.positive-interventions'] },
      { slug: 'missing-repeat', title: 'Missing from home or care', text: 'missing from home or care, and repeat incidents', summary: 'The young person goes missing from home or care, including repeatedly.', keywords: ['missing', 'misper', 'repeat missing', 'runaway', 'missing from care', 'absconding'], related: ['vulnerability.missing', 'section.9.missing-children', 'section.9.return-home-interview'] },
      { slug: 'travelling-outside-area', title: 'Travels out of area when missing', text: 'travelling outside borough/town when missing', summary: 'When missing, the young person travels outside their borough or town.', keywords: ['found out of area', 'out of borough', 'travelling', 'county lines', 'located elsewhere'], related: ['cse-type.county-lines', 'section.10.trafficking-and-nrm'] },
      { slug: 'unexplained-absences', title: 'Unexplained absences', text: 'unexplained absences', summary: 'The young person has absences that are not explained.', keywords: ['unexplained absence', 'whereabouts unknown', 'absent'] },
    ],
  },
  {
    letter: 'F',
    slug: 'family-home',
    heading: 'Family and home',
    items: [
      { slug: 'abuse-neglect', title: 'Abuse or neglect', text: 'Sexual, physical, emotional abuse and neglect', summary: 'The young person has experienced sexual, physical or emotional abuse or neglect.', keywords: ['abuse', 'neglect', 'sexual abuse', 'physical abuse', 'emotional abuse'], related: ['vulnerability.prior-abuse'] },
      { slug: 'forced-marriage-hbv', title: 'Forced marriage or honour-based violence', text: 'risks of forced marriage or so called honour based violence', summary: 'There are risks of forced marriage or so-called honour-based violence.', keywords: ['forced marriage', 'honour based violence', 'HBV', 'honour-based abuse', 'HBA'] },
      { slug: 'fgm', title: 'Female genital mutilation', text: 'female genital mutilation', summary: 'There are concerns about female genital mutilation.', keywords: ['FGM', 'female genital mutilation', 'cutting'] },
      { slug: 'domestic-violence', title: 'Domestic violence', text: 'domestic violence', summary: 'There is domestic violence in the young person’s family or home.', keywords: ['domestic violence', 'domestic abuse', 'DV', 'DA'], related: ['vulnerability.unsafe-home'] },
      { slug: 'substance-misuse', title: 'Substance misuse at home', text: 'substance misuse', summary: 'There is substance misuse in the young person’s family or home.', keywords: ['parent drinks', 'heavy drinker', 'parent uses drugs', 'parental substance misuse', 'drugs at home', 'alcohol at home'], related: ['vulnerability.unsafe-home'] },
      { slug: 'parental-mental-health', title: 'Parental mental health concerns', text: 'parental mental health concerns', summary: "There are concerns about a parent's mental health.", keywords: ['parental mental health', 'parent mental illness'], related: ['vulnerability.unsafe-home'] },
      { slug: 'bereavement', title: 'Bereavement', text: 'bereavement', summary: 'The young person has experienced a bereavement.', keywords: ['bereavement', 'loss', 'death', 'grief'], related: ['vulnerability.bereavement'] },
      { slug: 'criminality', title: 'Parent or sibling criminality', text: 'parental and sibling criminality', summary: "The young person's parents or siblings are involved in crime.", keywords: ['prison', 'parental criminality', 'sibling offending', 'family in prison'], related: ['vulnerability.unsafe-home'] },
      { slug: 'homelessness', title: 'Homelessness or sofa surfing', text: 'experiences of homelessness or sofa surfing', summary: 'The young person has experienced homelessness or sofa surfing.', keywords: ['homeless', 'sofa surfing', 'no fixed address', 'staying with friends'], related: ['vulnerability.homelessness'] },
      { slug: 'care-temporary-accommodation', title: 'In care or temporary accommodation', text: 'living in care or temporary accommodation', summary: 'The young person lives in care or in temporary accommodation.', keywords: ['in care', 'LAC', 'looked after', "children's home", 'temporary accommodation', 'hostel', 'supported accommodation'], related: ['vulnerability.in-care', 'vulnerability.homelessness'] },
      { slug: 'immigration-status', title: 'Immigration status', text: 'immigration status', summary: "The young person's immigration status is a concern.", keywords: ['immigration status', 'unaccompanied', 'asylum', 'no recourse'], related: ['section.10.trafficking-and-nrm', 'section.8.groups-facing-barriers'] },
    ],
  },
  {
    letter: 'E',
    slug: 'emotional-health',
    heading: 'Emotional and physical health',
    items: [
      { slug: 'suicidal-thoughts', title: 'Suicidal thoughts, plans or attempts', text: 'Suicidal thoughts, plans and attempts', summary: 'The young person has suicidal thoughts, plans or attempts.', keywords: ['suicidal', 'suicide', 'overdose', 'mental health crisis'] },
      { slug: 'self-harm', title: 'Self-harm', text: 'self-harm', summary: 'The young person self-harms.', keywords: ['self-harm', 'self harm', 'cutting', 'self-injury'] },
      { slug: 'low-self-esteem', title: 'Low self-esteem', text: 'low self-esteem/confidence/worth', summary: 'The young person has low self-esteem, confidence or sense of self-worth.', keywords: ['low self-esteem', 'confidence', 'self-worth'] },
      { slug: 'learning-difficulties', title: 'Learning difficulties', text: 'learning difficulties', summary: 'The young person has learning difficulties.', keywords: ['learning difficulties', 'learning disability', 'SEN', 'SEND', 'LD'], related: ['vulnerability.disability'] },
      { slug: 'poor-mental-health', title: 'Changing emotional wellbeing', text: 'changing emotional wellbeing and signs of poor mental health', summary: "The young person's emotional wellbeing is changing or they show signs of poor mental health.", keywords: ['mental health', 'emotional wellbeing', 'anxiety', 'low mood', 'withdrawn', 'CAMHS'] },
      { slug: 'unexplained-injuries', title: 'Unexplained injuries or changed appearance', text: 'unexplained injuries and changes in physical appearance', summary: 'The young person has unexplained injuries or changes in their physical appearance.', keywords: ['injuries', 'bruises', 'unexplained injury', 'appearance', 'weight loss', 'tired'] },
    ],
  },
  {
    letter: 'G',
    slug: 'gangs-groups',
    heading: 'Gangs, Groups, Age Gaps and Crime',
    items: [
      { slug: 'gang-involvement', title: 'Gang involvement or gang-affected family', text: 'Involvement in gangs or gang affected family, peers or siblings', summary: 'The young person is involved in gangs, or their family, peers or siblings are gang affected.', keywords: ['gang', 'gangs', 'gang affected', 'county lines', 'siblings in gang'], related: ['vulnerability.gang-association', 'cse-type.gangs-and-groups'] },
      { slug: 'abusive-peer-groups', title: 'Abusive peer groups', text: 'concerns of abusive peer groups', summary: 'There are concerns that the young person is in an abusive peer group.', keywords: ['peer group', 'abusive friends', 'peer-on-peer', 'child-on-child'], related: ['cse-type.peer-on-peer'] },
      { slug: 'older-individuals', title: 'Older associates, few same-age friends', text: 'involvement with older individuals or groups, lacking friends in the same age groups', summary: 'The young person is involved with older individuals or groups and lacks friends of their own age.', keywords: ['older friends', 'older men', 'older women', 'age gap', 'adult associates'], related: ['vulnerability.social-isolation'] },
      { slug: 'older-boyfriends', title: "Older 'boyfriend'", text: "older 'boyfriends'", summary: "The young person has an older 'boyfriend'.", keywords: ['older boyfriend', 'boyfriend older', 'older girlfriend', 'age gap', 'relationship model'], related: ['cse-type.relationship-model'] },
      { slug: 'peer-group-changes', title: 'Sudden change of friends', text: 'sudden changes in peer groups', summary: "The young person's peer group has changed suddenly.", keywords: ['new friends', 'change of friends', 'peer group'] },
      { slug: 'bullying', title: 'Bullying, online or offline', text: 'bullying, both on and off line', summary: 'The young person is experiencing bullying, online or offline.', keywords: ['bullying', 'cyberbullying', 'sexual bullying', 'online bullying'], related: ['cse-type.peer-on-peer', 'cse-type.online'] },
      { slug: 'friends-experiencing-cse', title: 'Friends experiencing CSE', text: 'friends of young people experiencing CSE', summary: "The young person's friends are experiencing CSE.", keywords: ['friends exploited', 'linked victims', 'peer network'], related: ['vulnerability.connections-to-exploited-children'] },
    ],
  },
  {
    letter: 'U',
    slug: 'technology',
    heading: 'Use of technology and sexual bullying',
    items: [
      { slug: 'sexting', title: 'Sexting', text: 'Sexting, both sending and receiving', summary: 'The young person is sending or receiving sexual images or messages (sexting).', keywords: ['sexting', 'nudes', 'sending nudes', 'semi-nudes', 'sexual images', 'youth-produced sexual imagery'], related: ['cse-type.youth-produced-sexual-imagery', 'cse-type.online'], since2017: [change('change.ukcis-nudes')] },
      { slug: 'listed-on-social-media', title: 'Named online for sexual activity', text: 'being listed on social network pages in relation to sexual activity and, or named in videos', summary: 'The young person is listed on social network pages in relation to sexual activity, or named in videos.', keywords: ['exposed online', 'named in videos', 'social media', 'shared images', 'sexual bullying'], related: ['cse-type.online', 'flag.eu'], since2017: [change('change.online-safety-act')] },
      { slug: 'secretive-internet-use', title: 'Secretive internet or phone use', text: 'secretive use of the internet/phones/social networking sites', summary: 'The young person is secretive about using the internet, phones or social networking sites.', keywords: ['secretive', 'hiding phone', 'social media', 'internet use'], related: ['cse-type.online'] },
      { slug: 'behaviour-change-online', title: 'Behaviour changes when online', text: 'sudden behaviour changes when using the phone or internet', summary: "The young person's behaviour changes suddenly when using the phone or internet.", keywords: ['behaviour change', 'phone', 'online', 'anxious on phone'], related: ['cse-type.online'] },
      { slug: 'control-via-phone', title: 'Controlled by phone or internet', text: 'control via phone or internet', summary: 'Someone is controlling the young person through their phone or the internet.', keywords: ['control', 'coercive control', 'phone', 'tracking', 'constant calls', 'blackmail', 'sextortion'], related: ['cse-type.online'] },
      { slug: 'multiple-profiles', title: 'Multiple or secret social media profiles', text: 'multiple or secretive social networking profiles', summary: 'The young person has multiple or secret social networking profiles.', keywords: ['multiple profiles', 'secret accounts', 'fake accounts', 'social media'], related: ['cse-type.online'] },
    ],
  },
  {
    letter: 'A',
    slug: 'alcohol-substances',
    heading: 'Alcohol and substances',
    items: [
      { slug: 'substance-use', title: 'Reliance on or changing use of substances', text: 'Reliance on and changing use of substances, both legal and illegal', summary: 'The young person relies on, or is changing their use of, legal or illegal substances, including alcohol.', keywords: ['drugs', 'alcohol', 'substance use', 'cannabis', 'drinking', 'given drugs'], related: ['vulnerability.drugs-alcohol'] },
    ],
  },
  {
    letter: 'R',
    slug: 'gifts-money',
    heading: 'Receipt of unexplained gifts or money',
    items: [
      { slug: 'unexplained-money', title: 'Unexplained money', text: 'Unexplained money', summary: 'The young person has money that cannot be explained.', keywords: ['money', 'cash', 'unexplained money'], related: ['vulnerability.economic'] },
      { slug: 'mobile-phones', title: 'Unexplained mobile phones', text: 'mobile phones', summary: 'The young person has mobile phones that cannot be explained.', keywords: ['new phone', 'second phone', 'mobile phone', 'burner'] },
      { slug: 'phone-credit', title: 'Unexplained phone credit', text: 'phone credit', summary: 'The young person has phone credit that cannot be explained.', keywords: ['phone credit', 'top-up', 'data'] },
      { slug: 'items-clothes', title: 'Unexplained items or clothes', text: 'items, clothes, money', summary: 'The young person has items, clothes or money that cannot be explained.', keywords: ['new clothes', 'designer clothes', 'trainers', 'gifts', 'items'] },
      { slug: 'new-nails', title: 'New nails', text: 'new nails', summary: 'The young person has new nails that cannot be explained.', keywords: ['nails', 'beauty treatments', 'hair', 'gifts'] },
      { slug: 'taxis', title: 'Travelling in taxis', text: 'travel in taxis', summary: 'The young person is travelling in taxis without explanation.', keywords: ['someone else pays', 'taxis paid for', 'taxi', 'minicab', 'cabs', 'Uber', 'lifts'], related: ['section.11.operation-makesafe'] },
      { slug: 'gifts-paid-later', title: 'Gifts to be paid for later', text: 'gifts where payment is required at a later date', summary: 'The young person has been given gifts for which payment is required later.', keywords: ['debt bondage', 'owing', 'paying back', 'gifts'] },
      { slug: 'debts', title: 'Worried about debts', text: 'worries about having debts', summary: 'The young person is worried about having debts.', keywords: ['debt', 'owes money', 'paying back'], related: ['vulnerability.economic'] },
    ],
  },
  {
    letter: 'D',
    slug: 'distrust',
    heading: 'Distrust of authority figures',
    items: [
      { slug: 'resistance-to-communicating', title: 'Distrust of authority figures', text: 'Resistance to communicating with parents, carers, teachers, social services, health, police and others', summary: 'The young person resists communicating with parents, carers, teachers, social services, health, police or others.', keywords: ['wont talk to', 'refuses to speak', 'does not trust professionals', 'distrust', 'won’t talk', 'will not engage', 'hostile to police', 'authority figures'], related: ['section.8.barriers-to-engagement', 'section.8.positive-behaviours'] },
    ],
  },
];

const appendixContext =
  'Often, children and young people who are victims of sexual exploitation do not recognise that they are being abused. There are a number of warning signs that can indicate a child may be being groomed for sexual exploitation (Appendix A).';

const indicatorEntries: KnowledgeEntryInput[] = headings.flatMap((h) =>
  h.items.map((item): KnowledgeEntryInput => ({
    id: `indicator.${h.slug}.${item.slug}`,
    kind: 'indicator',
    title: item.title,
    summary: item.summary,
    body: md(`SAFEGUARD – **${h.letter}**: ${h.heading}.`, '', `Protocol wording: “${item.text}”.`, '', appendixContext),
    audiences: ['all'],
    section: `Appendix A: Child Sexual Exploitation warning signs – SAFEGUARD (${h.letter}: ${h.heading})`,
    keywords: ['SAFEGUARD', 'warning sign', 'indicator', h.heading, ...item.keywords],
    related: ['section.appendix-a.safeguard', ...(item.related ?? [])],
    since2017: item.since2017 ?? [],
  })),
);

export const safeguardIndicatorEntries: KnowledgeEntryInput[] = [
  {
    id: 'section.appendix-a.safeguard',
    kind: 'topic',
    title: 'SAFEGUARD: the CSE warning signs',
    summary:
      'SAFEGUARD is the mnemonic for the warning signs that a child may be being groomed for sexual exploitation; children who are exploited often do not recognise that they are being abused.',
    body: md(
      appendixContext,
      '',
      ...headings.map((h) => `- **${h.letter}** – ${h.heading}: ${h.items.map((i) => i.text).join('; ')}.`),
    ),
    audiences: ['all'],
    section: 'Appendix A: Child Sexual Exploitation warning signs – SAFEGUARD',
    keywords: ['SAFEGUARD', 'warning signs', 'indicators', 'signs of CSE', 'grooming signs', 'mnemonic', 'checklist'],
    related: ['section.5.identifying-cse', ...indicatorEntries.map((e) => e.id)],
  },
  ...indicatorEntries,
];
