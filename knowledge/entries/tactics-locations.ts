import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I, "Positive action in relation to locations of CSE": the tactics (one entry per
 * bullet). The notices, orders and warrants in the same list are in powers-*.ts.
 */

const SECTION = APPENDIX_I_SECTIONS.locations;

export const tacticsLocationsEntries: KnowledgeEntryInput[] = [
  {
    id: 'tactic.location.hotspot-mapping',
    kind: 'tactic',
    title: 'Awareness and mapping of hotspots',
    summary:
      'Awareness of CSE among key professionals and community organisations protects children; police lead on mapping the places where perpetrators can reach vulnerable children, using information from all agencies.',
    body: md(
      '- General awareness of CSE among key groups of professionals and community organisations is a critical protective factor for children and families.',
      '- Mapping potential access points to vulnerable children and young people helps to target the areas where perpetrators prey on children.',
      '- Police should lead on this, but information and intelligence from all agencies will be used to map the "hotspots".',
      '- These areas may include hostels, care homes, youth clubs, schools, taxi ranks, local food outlets, etc.',
    ),
    audiences: ['police', 'social-care', 'school', 'health'],
    section: SECTION,
    keywords: ['hotspot', 'hotspots', 'mapping', 'locations', 'problem profile', 'access points', 'hostels', 'youth clubs', 'taxi ranks', 'food outlets', 'awareness'],
    related: ['meeting.mase', 'tactic.location.public-places', 'tactic.location.operation-makesafe'],
  },
  {
    id: 'tactic.location.schools',
    kind: 'tactic',
    title: 'Schools',
    summary:
      'Schools and the areas around them may be frequented by victims and targeted by perpetrators, adult and peer: consider briefing staff, raising their awareness of CSE and confiscating phones when appropriate.',
    body: md(
      '- By their very nature, schools and the area around them may be frequented by victims and sometimes targeted by CSE perpetrators, both adult and peer.',
      '- Consider briefing school staff with identities, photos, vehicle details and possible perpetrator details.',
      '- Ensure staff awareness of CSE is raised and government advice regarding "sexting" is followed.',
      '- Use confiscation of phones when appropriate, e.g. to prevent continued circulation of indecent images and to secure evidence of possible online grooming.',
    ),
    audiences: ['school', 'police'],
    section: SECTION,
    keywords: ['school', 'schools', 'school gates', 'DSL', 'designated safeguarding lead', 'teacher', 'briefing staff', 'peer-on-peer', 'sexting', 'nudes', 'confiscate phone', 'online grooming'],
    related: ['tactic.offender.briefing-sheets', 'tactic.victim.phones-and-social-media'],
    since2017: [change('change.ukcis-nudes')],
  },
  {
    id: 'tactic.location.health-settings',
    kind: 'tactic',
    title: 'Hospitals, GP surgeries, termination centres and pharmacies',
    summary:
      'Staff in health settings need to be aware of CSE: victims come for health advice, such as the morning-after pill or treatment for sexually transmitted infections or pregnancy, and are quite often accompanied by perpetrators.',
    body: md(
      '- Staff at hospitals, general practitioner surgeries, termination centres, pharmacies, etc. need to be aware of CSE.',
      '- Victims of CSE will attend looking for health advice, such as the morning-after pill or treatment for sexually transmitted infections or pregnancy, and quite often they are accompanied by perpetrators.',
    ),
    audiences: ['health', 'police'],
    section: SECTION,
    keywords: ['hospital', 'A&E', 'GP', 'surgery', 'pharmacy', 'termination', 'abortion clinic', 'sexual health', 'STI', 'morning after pill', 'emergency contraception', 'pregnancy', 'accompanied by adult'],
    related: ['tactic.victim.product-of-conception', 'tactic.location.hotspot-mapping'],
  },
  {
    id: 'tactic.location.childrens-homes',
    kind: 'tactic',
    title: 'Children’s homes',
    summary:
      'Make sure all care home staff are aware of CSE and briefed on possible perpetrators and vehicles; report missing episodes correctly, work with the Missing Person Coordinator, and use trigger plans when a child goes missing.',
    body: md(
      '- Ensure CSE awareness among all staff working in care homes.',
      '- Brief staff on the identities of possible perpetrators and their vehicles.',
      '- Ensure missing episodes are reported correctly, and link in with the Missing Person Coordinator for repeat-missing problem-solving ideas.',
      '- Implement trigger plans when a child goes missing, to ensure full debriefs, and consider forensic retrieval of underwear and phones.',
    ),
    audiences: ['social-care', 'police', 'business'],
    section: SECTION,
    keywords: ["children's home", 'care home', 'residential', 'placement', 'looked after child', 'LAC', 'missing', 'Missing Person Coordinator', 'MPC', 'trigger plan', 'staff briefing'],
    related: ['tactic.victim.trigger-plan', 'tactic.victim.return-home-interview', 'makesafe.care-homes', 'power.cawn'],
  },
  {
    id: 'tactic.location.public-places',
    kind: 'tactic',
    title: 'Parks, city centres, takeaways and taxi firms',
    summary:
      'Places where children meet, where first contact with a perpetrator may happen or where offending occurs: Community Safety Partnerships lead disruption plans, using Makesafe, CCTV, lighting, patrols, covert observation, partner enforcement and closure orders.',
    body: md(
      '- Parks, city centres, takeaways and taxi firms are areas where children are likely to meet, or where first contact between victim and perpetrator may take place and/or sexual offending will occur.',
      '- Community Safety Partnerships should be key in developing plans to disrupt CSE activity.',
      '- Consider Operation Makesafe awareness-raising, CCTV, lighting improvements, patrols by police and local wardens, and covert observations.',
      '- Licensing, Trading Standards, DWP and UK Border Agency enquiries may help disrupt these locations because of illegal trading and illegal employees.',
      '- Consider Closure Orders.',
    ),
    audiences: ['police', 'social-care', 'business'],
    section: SECTION,
    keywords: ['park', 'city centre', 'town centre', 'takeaway', 'fast food', 'chicken shop', 'taxi', 'minicab', 'Community Safety Partnership', 'CSP', 'CCTV', 'patrols', 'wardens', 'licensing', 'Trading Standards', 'immigration', 'closure'],
    related: ['tactic.location.operation-makesafe', 'power.closure-notice-order', 'power.licensing-review', 'power.pspo', 'power.dispersal', 'makesafe.fast-food', 'makesafe.taxis'],
  },
  {
    id: 'tactic.location.private-premises',
    kind: 'tactic',
    title: 'Private premises',
    summary:
      'Housing providers and the London Fire Brigade may be able to help build the intelligence picture on private premises; consider police powers of entry such as s17 PACE where the person sought is believed to be inside.',
    body: md(
      '- Housing can be a source of useful information about local authority social housing, housing associations and private landlords.',
      '- Housing can, on occasion, gain access to premises, and has a maintenance workforce that regularly enters homes for repairs, which may provide intelligence-gathering opportunities.',
      '- The London Fire Brigade may also be able to gain access to enhance the intelligence picture.',
      '- Police powers of entry should be considered, such as s17 PACE where there are reasonable grounds to believe a person they seek is within the dwelling.',
    ),
    audiences: ['police', 'social-care'],
    section: SECTION,
    keywords: ['private premises', 'flat', 'house', 'address', 'housing', 'landlord', 'housing association', 'London Fire Brigade', 'power of entry', 'section 17', 's17', 'PACE'],
    related: ['power.pace-s17', 'tactic.location.warrants', 'power.absolute-grounds-possession', 'power.closure-notice-order'],
  },
  {
    id: 'tactic.location.warrants',
    kind: 'tactic',
    title: 'Warrants to enter and search',
    summary:
      'When investigating offences, police can apply for warrants to enter and search: s8 PACE for evidence, the Protection of Children Act 1978 for indecent images, s50 Children Act 1989 to recover a child in care, and the Misuse of Drugs Act where there is evidence of drugs.',
    body: md(
      'When police are investigating offences they can apply for a warrant to enter and search, such as:',
      '- a **s8 PACE** warrant to look for evidence of an offence under investigation;',
      '- a **Protection of Children Act 1978** warrant to allow entry to search for indecent images;',
      '- **s50 Children Act 1989**, to enter and search to recover a child who is the subject of a care order; and',
      '- a **Misuse of Drugs Act** warrant when the CSE evidence is insufficient but there is evidence of drugs.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['warrant', 'search warrant', 'enter and search', 'section 8', 's8', 'PACE', 'Protection of Children Act 1978', 'indecent images', 'section 50', 'Misuse of Drugs Act', 'drugs warrant'],
    related: ['power.pace-s8', 'power.indecent-images-warrant', 'power.recovery-order', 'power.misuse-of-drugs-warrant', 'tactic.location.private-premises'],
  },
  {
    id: 'tactic.location.hotels',
    kind: 'tactic',
    title: 'Hotels',
    summary:
      'Hotels are a regular meeting place where children are exploited, often at parties with drugs and alcohol: run regular Makesafe awareness and staff briefings, and consider CCTV, booking and payment details, and forensic examination of rooms.',
    body: md(
      '- Hotels are a regular meeting place for young people, and are often used for parties involving drugs and alcohol where young people are sexually exploited.',
      '- Operation Makesafe awareness-raising should be considered on a regular basis with hotels in the area, as well as regular briefings with staff about victims, perpetrators and vehicles used.',
      '- Consider CCTV and booking details, including payment methods, to identify perpetrators.',
      '- Forensic examination of rooms may be a suitable option.',
      '- See also the hotel notice under ss116–118 of the Anti-social Behaviour, Crime and Policing Act 2014.',
    ),
    audiences: ['police', 'business'],
    section: SECTION,
    keywords: ['hotel', 'hotels', 'B&B', 'guest house', 'room', 'booking', 'payment', 'CCTV', 'parties', 'forensic examination of room', 'Makesafe', 'staff briefing'],
    related: ['power.hotel-notice', 'power.closure-notice-order', 'tactic.location.operation-makesafe', 'makesafe.hotels', 'section.11.operation-makesafe'],
  },
  {
    id: 'tactic.location.operation-makesafe',
    kind: 'tactic',
    title: 'Operation Makesafe (locations)',
    summary:
      'Operation Makesafe works with hotel staff, taxi drivers and licensed premises to identify potential victims of CSE and, where necessary, deploy police to intervene before harm occurs; staff are briefed on what signs to look for and what to tell the police.',
    body: md(
      '- Operation Makesafe is an initiative to identify potential victims of CSE and, where necessary, to deploy police officers to intervene before harm occurs.',
      '- The operation involves working with hotel staff, taxi drivers and licensed premises to identify potential victims.',
      '- They should be given briefings to raise awareness of the issues, including what signs to look for and what information to give when they call the police.',
    ),
    audiences: ['police', 'business'],
    section: SECTION,
    keywords: ['Operation Makesafe', 'Makesafe', 'Op Makesafe', 'hotel staff', 'taxi drivers', 'licensed premises', 'business awareness', 'night-time economy', 'briefing'],
    related: ['section.11.operation-makesafe', 'makesafe.how-to-report', 'makesafe.what-to-say', 'tactic.location.hotels', 'power.hotel-notice'],
  },
];
