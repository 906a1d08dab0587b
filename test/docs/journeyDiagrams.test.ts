import { readFileSync } from 'node:fs';
import { expectedFiles } from '../../tools/journey-diagrams';

/** docs/journeys/ must match the statecharts: a changed journey fails here until `npm run docs:journeys` is run. */
it.each([...expectedFiles()])('%s is up to date', (file, text) => {
  expect(readFileSync(file, 'utf8')).toBe(text);
});
