import { z } from 'zod';
import { renderView } from '../../cards/render';
import type { Translate, View } from '../../cards/view';
import { CSV_BOM, profileCsv } from '../../dialogs/profile/profileCsv';
import { problemProfileViews } from '../../dialogs/profile/problemProfileView';
import { problemProfileOf } from '../../dialogs/socialCare/problemProfile';
import { cardProblems } from '../support/adaptiveCards';
import { strictT } from '../support/i18n';
import { everyFieldForm, maseForm, plantedValues } from '../support/maseProfileForms';
import { PERSONAL_TEST_VALUES } from '../support/personalTestValues';

const NOW = new Date('2026-06-15T12:00:00Z');
const forms = [
  ...Array.from({ length: 6 }, () => maseForm({ at: '2026-06-02T09:00:00Z', themes: ['countyLines', 'missingEpisodes'], models: ['county-lines'], locations: ['hotel'], victims: [{ age: '15' }] })),
  ...Array.from({ length: 2 }, (_, i) => everyFieldForm(`2026-05-0${i + 1}T09:00:00Z`)),
];
const profile = problemProfileOf(forms, NOW, 3);
const imageSchema = z.object({ type: z.literal('Image'), url: z.string(), altText: z.string() });

function imagesOf(card: unknown): Array<z.infer<typeof imageSchema>> {
  const found: Array<z.infer<typeof imageSchema>> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const image = imageSchema.safeParse(node);
      if (image.success) found.push(image.data);
      Object.values(node).forEach(visit);
    }
  };
  visit(card);
  return found;
}

describe('the problem profile card', () => {
  let t: Translate;
  beforeAll(async () => {
    t = await strictT();
  });
  const draw = (asCsv: boolean): View => {
    const [view] = problemProfileViews({ problemProfile: { kind: 'loaded', profile }, t }, asCsv ? 'csvText' : 'card', []);
    if (view === undefined) throw new Error('no view');
    return view;
  };

  test('is a valid Adaptive Card 1.5 within Teams\' 28 KB message budget, its buttons within 30 characters', () => {
    const card = renderView(draw(false), t);
    expect(cardProblems(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28_000);
    const titles = [...JSON.stringify(card).matchAll(/"type":"Action\.(?:Submit|OpenUrl)","title":"([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(titles.length).toBeGreaterThanOrEqual(4);
    for (const title of titles) expect([...title].length).toBeLessThanOrEqual(30);
  });

  test('carries no image: the charts follow it, each in a message of its own, with every figure in its alt text', () => {
    const view = draw(false);
    expect(imagesOf(renderView(view, t))).toEqual([]);
    if (view.kind !== 'problemProfile') throw new Error('expected the profile');
    const charted = view.sections.filter((section) => section.chart);
    expect(charted.map((section) => section.heading.key)).toEqual(['profile:dimensions.month', 'profile:dimensions.theme']);
    // The PNG itself is drawn at the edge (test/bot/drawChart.test.ts); this one-pixel image stands in for it.
    const image = { url: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', width: 1, height: 1 };
    const [months, themes] = charted.map((section) => renderView({ kind: 'profileChart', section, from: view.from, to: view.to, image }, t));
    for (const card of [months, themes]) expect(cardProblems(card)).toEqual([]);
    const [monthsImage] = imagesOf(months);
    expect(monthsImage).toEqual({ type: 'Image', url: image.url, altText: 'Bar chart of Month submitted, bars top to bottom: April 2026: 0; May 2026: fewer than 5; June 2026: 6.' });
    const themesAlt = imagesOf(themes)[0]?.altText;
    expect(themesAlt).toContain('County lines: 8; ');
    expect(themesAlt).toContain('Radicalisation: fewer than 5');
    expect(JSON.stringify(months)).toContain('A bar drawn as an outline only, marked <5, is \\"fewer than 5\\": its length is not the count.');
  });

  test('says the period, the count of forms and the small-number rule', () => {
    const text = JSON.stringify(renderView(draw(false), t));
    expect(text).toContain('The last 3 months, April 2026 to June 2026: 8 MASE information forms.');
    expect(text).toContain('Counts from 1 to 4 are shown as \\"fewer than 5\\"');
    for (const button of ['Last 3 months', 'Last 6 months', 'Last 12 months', 'Show as CSV']) expect(text).toContain(`"title":"${button}"`);
  });

  test('nothing personal in the card or the CSV, though every field of two forms was filled with fictional names and text', () => {
    const written = [JSON.stringify(renderView(draw(false), t)), JSON.stringify(renderView(draw(true), t)), profileCsv(profile, t)];
    for (const text of written) for (const value of [...plantedValues(), ...PERSONAL_TEST_VALUES]) expect(text).not.toContain(value);
  });
});

describe('the problem profile CSV (RFC 4180)', () => {
  let t: Translate;
  beforeAll(async () => {
    t = await strictT();
  });

  test('a byte order mark, a header, one CRLF-ended row per count', () => {
    const csv = profileCsv(profile, t);
    const lines = csv.split('\r\n');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(lines[0]).toBe(`${CSV_BOM}dimension,value,count`);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(profile.rows.length + 2);
    expect(lines.slice(1, 4)).toEqual(['Month submitted,2026-04,0', 'Month submitted,2026-05,fewer than 5', 'Month submitted,2026-06,6']);
    expect(lines).toContain('CSE model,County lines,6');
    // Six victims of 15, and two of 14 on each of the two forms with every field filled.
    expect(lines).toContain("Victims' age band,13 to 15,10");
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  test('quotes a field holding a comma, a quote or a line break, and keeps a spreadsheet from reading a cell as a formula', () => {
    const words: Record<string, string> = { 'profile:dimensions.theme': 'Theme, as "written"', 'maseInformation:questions.missingEpisodes.label': '=Missing\nepisodes' };
    const stub: Translate = (key) => words[key] ?? key;
    const one = { ...profile, rows: [{ dimension: 'theme' as const, value: 'missingEpisodes', count: 7 }] };
    expect(profileCsv(one, stub).split('\r\n')[1]).toBe(`"Theme, as ""written""","'=Missing\nepisodes",7`);
  });
});
