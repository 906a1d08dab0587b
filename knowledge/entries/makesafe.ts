import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/**
 * Section 11, Operation Makesafe: the protocol's own text, then what business staff are told by
 * public Makesafe sources (shared/protocol/operation-makesafe.md). Those are general practice,
 * flagged as such, each with its source; an assumption in that file is labelled as one.
 */

const SECTION = 'Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe';
const GUIDANCE = `${SECTION} (public Makesafe guidance, not the protocol’s text)`;

const src = {
  lancashire: 'https://www.lancashire.police.uk/operation-makesafe/',
  sussex: 'https://www.sussex.police.uk/police-forces/sussex-police/areas/campaigns/campaigns/op-makesafe/',
  metHotels: 'http://news.met.police.uk/news/hotel-staff-tested-on-awareness-of-child-sexual-exploitation-326343',
  southwark: 'https://www.southwarknews.co.uk/news/southwark-taxi-drivers-and-hotel-workers-to-prevent-child-sex-abuse/',
  nelincs: 'https://www.nelincs.gov.uk/?p=137206',
  thurrock: 'https://thurrocklscp.org.uk/lscp/safeguarding-in-hospitality-venues/safeguarding-and-reporting-steps',
  intheknow: 'https://intheknow.community/Alerts/A/75513/Operation-Makesafe-Working-together-to-stop-child-exploitation-',
  surrey: 'https://www.surrey.police.uk/police-forces/surrey-police/areas/campaigns/campaigns/2018/operation-makesafe/',
  parikiaki: 'https://www.parikiaki.com/2023/03/operation-makesafe-training-to-spot-signs-of-child-exploitation-rolled-out-to-local-businesses-in-stratford-area/',
};

export const makesafeEntries: KnowledgeEntryInput[] = [
  {
    id: 'section.11.operation-makesafe',
    kind: 'topic',
    title: 'Operation Makesafe: prevention with businesses and the night-time economy',
    summary:
      'Operation Makesafe works with businesses where CSE has happened before (hotels, taxis, fast-food restaurants, licensed premises, care homes and others) to identify potential victims; staff are trained in the warning signs and, if concerned, ring 101 and quote Operation Makesafe for an appropriate police response.',
    body: md(
      '- Operation Makesafe is an initiative to identify potential victims of CSE with the help of business owners and premises where CSE has historically taken place. This includes hotels, taxis, fast-food restaurants, licensed premises and care homes; the list is not exhaustive.',
      '- CSE awareness training is given to staff at these premises on the warning signs of CSE and what to do if they are concerned about a child’s safety, or about suspicious behaviour or activity on their premises.',
      '- If concerned, the business community are encouraged to ring 101 and quote Operation Makesafe, and they will receive an appropriate police response.',
      '- Local authorities and borough police are encouraged to promote the initiative within their boroughs.',
      '- Appendix I adds that, where necessary, police officers are deployed to intervene before harm occurs, and that hotel staff, taxi drivers and licensed premises should be briefed on what signs to look for and what information to give when they call the police.',
    ),
    audiences: ['business', 'police', 'social-care'],
    section: SECTION,
    keywords: ['Operation Makesafe', 'Makesafe', 'Op Makesafe', 'business', 'night-time economy', 'hotel', 'taxi', 'fast food', 'licensed premises', 'care home', '101', 'awareness training', 'staff training'],
    related: ['section.11.tactical-options', 'tactic.location.operation-makesafe', 'makesafe.how-to-report', 'makesafe.what-to-say', 'makesafe.hotels', 'makesafe.taxis'],
    since2017: [change('change.protocol-2021'), change('change.bcu')],
  },
  {
    id: 'makesafe.about',
    kind: 'topic',
    title: 'Makesafe: where it came from and which businesses it covers',
    summary:
      'Makesafe began in South Yorkshire in 2013 and was launched across London in March 2015; it now covers all forms of child exploitation, and the Met works with hotels, licensed premises, taxi and private-hire firms, care homes, shopping centres, transport hubs, Wi-Fi hotspots and fast-food outlets.',
    body: md(
      '- Makesafe began in South Yorkshire in 2013 and was developed by the Met from 2014. The first London pilot launched on 7 October 2014; the pan-London launch was on 18 March 2015 (National CSE Awareness Day). Source: https://www.humberside.police.uk/news/humberside/news/news/2024/march/what-is-op-makesafe/',
      `- It was "historically … specific to child sexual exploitation (CSE) but now incorporates all forms of child exploitation". Source: ${src.lancashire}`,
      `- Sectors the Met works with (March 2023): hotels, licensed premises, taxis and private-hire companies, care homes, shopping centres, transport hubs, Wi-Fi hotspots and fast-food outlets. Source: ${src.parikiaki}`,
      `- Sports clubs get the same call-handler response under "Op Sportsafe". Source: ${src.surrey}`,
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['Makesafe', 'what is Makesafe', 'history', 'sectors', 'shopping centre', 'transport hub', 'Wi-Fi hotspot', 'Op Sportsafe', 'sports club', 'child exploitation', 'CCE'],
    related: ['section.11.operation-makesafe', 'makesafe.other-sectors', 'makesafe.how-to-report'],
  },
  {
    id: 'makesafe.hotels',
    kind: 'topic',
    title: 'Makesafe signs for hotel staff',
    summary:
      'Watch for young people with adults who do not seem to be family, walk-in or last-minute bookings, no luggage or ID, a booking name that differs from the guests, cash payment with no card imprint, requests for an isolated room, and many visitors to one room. Staff who see the signs are expected to refuse to rent out the room and contact police.',
    body: md(
      'Warning signs at hotels:',
      `- young people with adults who do not appear to be family; last-minute or walk-in bookings; no luggage or ID; bookings in a different name from the people checking in; several people visiting one room (${src.lancashire});`,
      `- guests secretive about their visit or concealing who they are with; paying cash and refusing a card imprint; requesting an isolated room; many visitors to the room (${src.sussex});`,
      `- the Met’s test scenario: cash payment, alcohol on show, refusal to give ID (${src.metHotels}).`,
      '',
      `At booking (${src.thurrock}): ask for photo ID for age checks; make eye contact and ask about the reason for the visit; ask the young person whether they are OK and whether they know the adult.`,
      '',
      `An adult who says he is the young person's uncle, father or other relative: the sign is adults who do not appear to be family (${src.lancashire}), so what he says does not settle it. Ask for photo ID and ask the young person whether they know the adult (${src.thurrock}); if you are still worried, call the police.`,
      '',
      `The Met has tested hotels with cadet "mystery shoppers" (October 2018 and March 2019); staff were expected to "recognise the warning signs, refuse to rent out the room, and contact police" (${src.metHotels}).`,
      '',
      'Police can also serve a hotel notice requiring guests’ names and addresses (ss116–118 Anti-social Behaviour, Crime and Policing Act 2014).',
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['hotel', 'hotels', 'receptionist', 'front desk', 'check-in', 'night manager', 'B&B', 'guest house', 'walk-in booking', 'no luggage', 'no ID', 'cash payment', 'card imprint', 'isolated room', 'visitors to room', 'refuse the room', 'says he is her uncle', 'says he is family', 'relative', 'uncle'],
    related: ['tactic.location.hotels', 'power.hotel-notice', 'makesafe.how-to-report', 'makesafe.what-to-say', 'makesafe.keep-records'],
  },
  {
    id: 'makesafe.licensed-premises',
    kind: 'topic',
    title: 'Makesafe signs for pubs, bars, clubs and off-licences',
    summary:
      'Watch for someone buying alcohol you suspect is for an under-18, a non-parent adult controlling a young person, older people behaving intimately with a young person, and a young person whose freedom of movement is limited.',
    body: md(
      `Warning signs at licensed premises (${src.lancashire}):`,
      '- buying alcohol you suspect is for someone under 18;',
      '- an adult who is not a parent exercising control over a young person;',
      '- older people behaving intimately with a young person;',
      '- a young person with limited freedom of movement.',
      '',
      'The protocol adds that licensed premises have a duty to protect children on their premises from harm, and that where premises feature as a location for CSE, the licensing team is informed and consulted.',
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['pub', 'bar', 'club', 'nightclub', 'off-licence', 'licensed premises', 'door staff', 'bouncer', 'bar staff', 'proxy purchase', 'alcohol for under 18', 'controlling adult', 'intimate behaviour'],
    related: ['power.licensing-review', 'makesafe.how-to-report', 'makesafe.what-to-say'],
  },
  {
    id: 'makesafe.fast-food',
    kind: 'topic',
    title: 'Makesafe signs for takeaways and fast-food outlets',
    summary:
      'Watch for customers befriending young people, including buying them food and drink; adults who are secretive about, or hide, being with a young person; and adults who come in with different young people.',
    body: md(
      `- Customers befriending young people, including buying them food and drink (${src.lancashire}; the source text is cut off after this item).`,
      `- From the 2015 Southwark launch guidance for all sectors: adults secretive about, or hiding, that they are with a young person; buying them food and drinks; adults who come in with different young people (${src.southwark}).`,
      '- The protocol names takeaways among the places where children are likely to meet, where first contact with a perpetrator may take place and/or where offending will occur.',
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['takeaway', 'fast food', 'chicken shop', 'cafe', 'restaurant', 'counter staff', 'buying food', 'befriending', 'different young people', 'hanging around'],
    related: ['tactic.location.public-places', 'makesafe.how-to-report', 'makesafe.what-to-say'],
  },
  {
    id: 'makesafe.taxis',
    kind: 'topic',
    title: 'Makesafe signs for taxi and private-hire drivers',
    summary:
      'A child in your cab now and at risk: call 999 and say "Operation Makesafe". Otherwise watch for young people being picked up and taken to hotels, especially at odd times, and children travelling alone or asking to go somewhere far away; refuse the fare and call 101 with your concerns, a description of the child, the time and place of the request and the destination.',
    body: md(
      `- **A child in your cab now, or in danger: call 999** and say "Operation Makesafe"; 101 is for a concern that can wait (Section 11: businesses ring 101 and quote Operation Makesafe; 999 in an emergency, ${src.intheknow}).`,
      `- Young people picked up and taken to hotels, especially at odd times of day or night (${src.southwark}).`,
      `- Children travelling alone, or asking to go somewhere far away (${src.nelincs}).`,
      `- What to do (Humberside / North East Lincolnshire): refuse the fare and call 101 with (1) your concerns; (2) a description of the child; (3) the time and location of the request; (4) the requested destination (${src.nelincs}).`,
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['taxi', 'cab', 'minicab', 'private hire', 'PHV', 'driver', 'fare', 'in my cab now', 'refuse the fare', 'pick up', 'drop off at hotel', 'late at night', 'travelling alone', 'taxi rank', 'operator'],
    related: ['tactic.location.public-places', 'makesafe.how-to-report', 'makesafe.what-to-say'],
    since2017: [
      {
        what: 'Statutory Taxi and Private Hire Vehicle Standards put safeguarding duties on licensing authorities: "fit and proper" tests, safeguarding training, DBS checks and information sharing.',
        when: 'July 2020 (updated 25 November 2022)',
        source: 'https://www.gov.uk/government/publications/statutory-taxi-and-private-hire-vehicle-standards/statutory-taxi-and-private-hire-vehicle-standards',
      },
      {
        what: 'The national audit on group-based child sexual exploitation (Baroness Casey) recommended ending the out-of-area taxi licensing loophole; the government accepted all 12 recommendations.',
        when: '16 June 2025',
        source: 'https://j5.localgovernmentlawyer.co.uk/community-safety/393-community-safety-news/61288-government-accepts-all-12-recommendations-in-damming-report-from-baroness-casey-on-group-based-child-sexual-exploitation-and-abuse',
      },
    ],
  },
  {
    id: 'makesafe.care-homes',
    kind: 'topic',
    title: 'Makesafe and care homes',
    summary:
      'The Met names care homes as a Makesafe sector, but no sector-specific sign list was found; the protocol asks care home staff to know the signs of CSE, know possible perpetrators and vehicles, report missing episodes correctly and use trigger plans.',
    body: md(
      `- The Met names care homes as a Makesafe sector (${src.parikiaki}). No sector-specific list of warning signs was found in public Makesafe sources.`,
      '- The protocol (Appendix I, children’s homes): all staff should be aware of CSE and briefed on the identities of possible perpetrators and their vehicles; missing episodes must be reported correctly, linking in with the Missing Person Coordinator; trigger plans are implemented when a child goes missing, with full debriefs and consideration of forensic retrieval of underwear and phones.',
      '- The project’s assumption, not from a source: use the SAFEGUARD warning signs, plus patterns of missing episodes and unknown adults collecting residents.',
    ),
    audiences: ['business', 'social-care'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['care home', "children's home", 'residential home', 'residential care', 'carer', 'support worker', 'missing from care', 'unknown adult collecting', 'looked after child', 'LAC'],
    related: ['tactic.location.childrens-homes', 'tactic.victim.trigger-plan', 'makesafe.how-to-report'],
  },
  {
    id: 'makesafe.other-sectors',
    kind: 'topic',
    title: 'Makesafe in shops, shopping centres, transport hubs and Wi-Fi hotspots',
    summary:
      'The Met also works with shopping centres, transport hubs and Wi-Fi hotspot providers, and Westminster BID names shops; no sector-specific sign lists were found, so staff use the general signs and report the same way (101 quoting Makesafe, or 999).',
    body: md(
      `- Sectors named by the Met (March 2023) include shopping centres, transport hubs and Wi-Fi hotspots (${src.parikiaki}); Westminster BID (August 2022) also names shops (https://www.paddingtonnow.co.uk/news/operation-make-safe/).`,
      `- General signs for all sectors (2015 Southwark guidance): adults secretive about, or hiding, that they are with a young person; buying them food and drinks; adults who come in with different young people (${src.southwark}).`,
      `- Sports clubs: "Op Sportsafe" gives the same call-handler response (${src.surrey}).`,
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['bus driver', 'bus', 'train', 'tube', 'transport staff', 'shop', 'shopping centre', 'security guard', 'station', 'transport hub', 'bus station', 'Wi-Fi', 'hotspot', 'sports club', 'Op Sportsafe', 'retail'],
    related: ['makesafe.about', 'makesafe.how-to-report', 'makesafe.what-to-say'],
  },
  {
    id: 'makesafe.how-to-report',
    kind: 'topic',
    title: 'How to report a Makesafe concern: 999 or 101',
    summary:
      'If the child is there now or in danger, call 999. Otherwise call 101 and say "Operation Makesafe", even if it was days ago: it is not too late. The call handler knows what the call is about, asks a series of questions and sends officers as needed.',
    body: md(
      '- **Child there now, or in danger: call 999.** Essex / Thurrock advice: call 999 if it is urgent and the guests are still present; otherwise 101. State "Operation Makesafe". ' + `(${src.thurrock})`,
      `- **Otherwise: call 101 and say "Operation Makesafe".** The operator knows what the call is about, asks a series of questions, and deploys officers as needed (${src.intheknow}). The Met says quoting "Makesafe" alerts call handlers to the CSE element and officers will be sent to the scene (${src.metHotels}).`,
      '- **It happened a while ago, last night or last week? It is not too late.** Call 101, say "Operation Makesafe" and tell them what you saw and when: the protocol asks businesses who are concerned to ring 101 and quote Operation Makesafe (Section 11). Keep what you have, such as the booking and the CCTV.',
      `- Talk to your supervisor as well (Surrey advice), but do not delay the call (${src.surrey}).`,
      '- Anonymous alternative: Crimestoppers, 0800 555 111 (Essex / Thurrock advice).',
      '- Some 2015 London launches used dedicated hotlines; those are historical. Current guidance is 101 or 999.',
      '- The protocol’s own words: if concerned, the business community are encouraged to ring 101 and quote Operation Makesafe, and they will receive an appropriate police response.',
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['report', 'how to report', 'call police', 'who do I call', 'who to ring', 'who do I tell', 'what do I do', '999', '101', 'emergency', 'Operation Makesafe', 'say Makesafe', 'Crimestoppers', 'anonymous', 'supervisor', 'manager', 'too late', 'is it too late', 'should I report it', 'report it later'],
    related: ['section.11.operation-makesafe', 'makesafe.what-to-say', 'makesafe.keep-records'],
  },
  {
    id: 'makesafe.what-to-say',
    kind: 'topic',
    title: 'What to tell the call handler',
    summary:
      'Say "Operation Makesafe", whether the child is still there, and then who, where, when, how and what: descriptions and names used, the room or vehicle, times, payment and booking details and number plates, what you saw or heard, and your contact details. Do not confront the adult or question the child at length.',
    body: md(
      'Sourced lists:',
      `- Taxis: your concerns; a description of the child; the time and location of the request; the requested destination (${src.nelincs}).`,
      `- Hospitality: descriptions of suspects and young people, vehicle number plates, key-card use and payment methods (${src.thurrock}).`,
      '',
      'The project’s checklist (a synthesis of those sources, not a source itself):',
      '- **who**: descriptions of the adults and the young people, and any names used;',
      '- **where**: the room or the vehicle;',
      '- **when**: the times;',
      '- **how**: payment method, booking name, number plates;',
      '- **what** you saw or heard;',
      '- whether the child is **still present**;',
      '- **your contact details**.',
      '',
      'Do **not** confront the adult, and do not question the child at length.',
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['when I ring', 'when I call', 'what do I say', 'what to say', 'call handler', 'description', 'number plate', 'registration', 'room number', 'booking name', 'payment method', 'still present', 'do not confront', 'information for police', 'details to give the police', 'car details', 'what to write down'],
    related: ['makesafe.how-to-report', 'makesafe.keep-records', 'makesafe.taxis', 'makesafe.hotels'],
  },
  {
    id: 'makesafe.keep-records',
    kind: 'topic',
    title: 'Keep records and preserve evidence',
    summary:
      'Keep refusal records and incident logs; record descriptions, number plates, key-card use and payment methods; save CCTV; and after check-out keep the room closed until police arrive.',
    body: md(
      `Hospitality advice (${src.thurrock}):`,
      '- keep refusal records and incident logs;',
      '- record descriptions of suspects and young people, vehicle number plates, key-card use and payment methods;',
      '- save CCTV;',
      '- after check-out, preserve the room: do not let anyone in until police arrive.',
      '',
      'The protocol notes that CCTV and booking details, including payment methods, help police identify perpetrators, and that forensic examination of rooms may be an option.',
    ),
    audiences: ['business'],
    section: GUIDANCE,
    generalPractice: true,
    keywords: ['CCTV', 'save CCTV', 'incident log', 'refusal log', 'records', 'evidence', 'preserve room', 'do not clean the room', 'key card', 'payment records', 'booking records', 'housekeeping', 'cleaning', 'after check-out'],
    related: ['makesafe.what-to-say', 'makesafe.hotels', 'tactic.location.hotels'],
  },
];
