import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';

/** The lint rule that keeps the engine below the content: an engine file importing a journey, a form or the content list fails. */

const ROOT = join(__dirname, '..', '..');
const reportSchema = z.array(z.object({ messages: z.array(z.object({ ruleId: z.string().nullable(), message: z.string() })) }));

/** Lints the code as if it were the file, with the project's own config (run as `npm run lint` runs it: jest cannot load an ES module config). */
async function problems(file: string, code: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', file], { cwd: ROOT, input: code, encoding: 'utf8' });
  const report = reportSchema.parse(JSON.parse(run.stdout));
  return report.flatMap((r) => r.messages).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the engine never imports content', () => {
  it.each([
    ['dialogs/journeys.ts', "import { schoolFirstStepsFlow } from './referral/referralFlows';\nexport const f = schoolFirstStepsFlow;\n", /never imports a journey/],
    ['dialogs/danger/audience.ts', "import { policeFirstStepsFlow } from '../police/policeFirstSteps.flow';\nexport const f = policeFirstStepsFlow;\n", /never imports a journey/],
    ['dialogs/views.ts', "import { missingReturnedFlow } from './situations/missingReturned.flow';\nexport const f = missingReturnedFlow;\n", /never imports a journey/],
    ['dialogs/conversation.ts', "import { concernForm } from './forms/concernRecord.form';\nexport const f = concernForm;\n", /never imports a form/],
    ['dialogs/turn.ts', "import { CATALOGUE_ENTRIES } from './catalogue.content';\nexport const f = CATALOGUE_ENTRIES;\n", /content list/],
  ])('%s importing content fails the lint', async (file, code, message) => {
    const found = await problems(file, code);
    expect(found.length).toBeGreaterThan(0);
    for (const problem of found) expect(problem).toMatch(message);
  });

  it.each([
    ['dialogs/catalogue.content.ts', "import { schoolFirstStepsFlow } from './referral/referralFlows';\nexport const f = schoolFirstStepsFlow;\n"],
    ['dialogs/referral/referralFlows.ts', "import { defineFlow } from '../defineFlow';\nexport const f = defineFlow;\n"],
    ['dialogs/journeys.ts', "import type { FlowCatalogue } from './catalogue';\nexport type C = FlowCatalogue;\n"],
  ])('%s may import what it does', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
