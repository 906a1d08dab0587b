import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import questions from '../knowledge/eval/questions.json';
import { DEV_FILES, loadUrgentSet } from './urgent-sets';

/**
 * What a person receives for every typed message of the development sets, written down so that a change
 * meant to make a turn cheaper can be shown to change nothing they see: every question of
 * knowledge/eval/questions.json and every message of the immediate-danger development files (never the
 * held-out sets) is typed into a conversation of its own of an assistant started as `npm run bench`
 * starts it (bench/assistantServer.ts, a fresh data folder), then typed again in the same conversation,
 * then that second activity is delivered again (a Teams retry). The whole HTTP response body of each
 * (status, then the text exactly as sent) is one line of the file, with one change: a journey's instance
 * id is a random UUID, so each is written as the order it was first met in (`<uuid 1>`, ...).
 *
 * Run in this tree, or against another tree (a `git archive` of main with node_modules linked and this
 * tree's bench/ and tools/ copied in), then compare the two files byte for byte:
 *   npx tsx tools/reply-snapshot.ts /tmp/after.jsonl
 *   npx tsx tools/reply-snapshot.ts /tmp/before.jsonl /tmp/main-tree
 *   cmp /tmp/before.jsonl /tmp/after.jsonl
 */

interface BenchServer {
  url: string;
  stop(): Promise<void>;
}

interface BenchProcesses {
  assistantEnv(extra?: Record<string, string>): Record<string, string>;
  startAssistantProcess(env: Record<string, string>): Promise<BenchServer>;
}

/** The typed messages, each once, in the files' order: the questions, then the danger messages. */
function typedMessages(): string[] {
  const dangerMessages = DEV_FILES.flatMap((file) => loadUrgentSet(file)?.messages.map((m) => m.text) ?? []);
  return [...new Set([...questions.map((q) => q.q), ...dangerMessages])];
}

async function typed(url: string, conversation: number, activityId: string, text: string): Promise<string> {
  const activity = {
    type: 'message',
    id: activityId,
    channelId: 'snapshot',
    serviceUrl: 'http://127.0.0.1:1/unused',
    from: { id: `snapshot-user-${conversation}`, name: '' },
    recipient: { id: 'bot', name: 'Bot' },
    conversation: { id: `snapshot-${conversation}` },
    deliveryMode: 'expectReplies',
    locale: 'en-GB',
    text,
  };
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  return `${response.status} ${await response.text()}`;
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

function withUuidsNumbered(text: string): string {
  const numbers = new Map<string, number>();
  return text.replace(UUID, (uuid) => {
    const known = numbers.get(uuid) ?? numbers.size + 1;
    numbers.set(uuid, known);
    return `<uuid ${known}>`;
  });
}

async function main(): Promise<void> {
  const [out, root = resolve(__dirname, '..')] = process.argv.slice(2);
  if (out === undefined) throw new Error('usage: tsx tools/reply-snapshot.ts <out.jsonl> [<tree whose assistant to ask>]');
  const processes = (await import(pathToFileURL(resolve(root, 'bench/processes.ts')).href)) as BenchProcesses;
  const assistant = await processes.startAssistantProcess(processes.assistantEnv());
  const lines: string[] = [];
  try {
    const messages = typedMessages();
    for (const [i, text] of messages.entries()) {
      lines.push(await typed(assistant.url, i, `${i}-first`, text));
      lines.push(await typed(assistant.url, i, `${i}-again`, text));
      lines.push(await typed(assistant.url, i, `${i}-again`, text));
    }
    process.stdout.write(`${messages.length} messages, ${lines.length} replies\n`);
  } finally {
    await assistant.stop();
  }
  const text = `${withUuidsNumbered(lines.join('\n'))}\n`;
  writeFileSync(out, text);
  process.stdout.write(`${out}: sha256 ${createHash('sha256').update(text).digest('hex')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
