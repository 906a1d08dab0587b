import { edgeEnv, maxBodyBytesOf } from '../../bot/config/edge';
import { localWebChatEnv, localWebChatOf } from '../../bot/config/localWebChat';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import { maxLengthOf } from '../../dialogs/forms/kinds';

/**
 * Issue 8, the eleventh exploratory test: the MASE form's Themes page with long answers could not be sent from the web
 * chat (HTTP 413 at 32 KB) and the user saw nothing happen. Every page of every form, each box full to its limit in
 * words that take three bytes a character, must pass the edge's default limits with room for the activity around it.
 */

/** What an activity holds besides the page's values: ids, the flow reference, the locale, the channel's data. */
const ENVELOPE_BYTES = 8 * 1024;

const pages = FORM_DEFINITIONS.flatMap((definition) =>
  definition.pages.map((page) => {
    const questions = 'group' in page ? page.group.questions : page.questions;
    const values = Object.fromEntries(questions.map((q) => [q.id, '—'.repeat(maxLengthOf(q) ?? 100)]));
    return [`${definition.id}/${page.id}`, Buffer.byteLength(JSON.stringify(values), 'utf8') + ENVELOPE_BYTES] as const;
  }),
);

it('finds the largest page is the MASE Themes page, over the old 32 KB', () => {
  const [name, bytes] = [...pages].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  expect(name).toBe('form.maseInformation/themes');
  expect(bytes).toBeGreaterThan(32 * 1024);
});

it.each(pages)('takes %s with every box full, from the web chat and on /api/messages', (_page, bytes) => {
  expect(bytes).toBeLessThanOrEqual(localWebChatOf({ ...localWebChatEnv.parse({}), HOST: undefined }, '/keys').maxActivityBytes);
  expect(bytes).toBeLessThanOrEqual(maxBodyBytesOf(edgeEnv.parse({})));
});
