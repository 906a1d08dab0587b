import { allEntries } from '../../knowledge/entries';
import { ROLE_START, SITUATION_START } from '../../knowledge/routeQuestion';

/** Where a role's or a situation's "what do I do" starts names an entry the knowledge has, and one a search can show. */

const searchable = new Set(allEntries.filter((entry) => entry.searchable !== false).map((entry) => entry.id));

it.each(Object.entries(ROLE_START))("the %s route starts at a searchable entry", (_role, entryId) => {
  expect(searchable.has(entryId)).toBe(true);
});

it.each(Object.entries(SITUATION_START))('the %s situation starts at a searchable entry, for the roles whose work it is', (_situation, start) => {
  expect(searchable.has(start.entryId)).toBe(true);
  expect(start.roles.length).toBeGreaterThan(0);
});
