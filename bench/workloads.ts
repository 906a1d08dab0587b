import { performance } from 'node:perf_hooks';
import { QUESTIONS } from './benchQuestions';
import { actionOn, hasAction, post, press, timed, type Card } from './client';

/** The workloads, each bounded by a count of requests. Every one returns its latencies in ms. */

let conversations = 0;
let failedSteps = 0;
/** Journey steps answered with something other than the next step, since the bench started. */
export const failedJourneySteps = (): number => failedSteps;
const fresh = (label: string): { conversationId: string; userId: string } => {
  conversations += 1;
  return { conversationId: `bench-${label}-${process.pid}-${conversations}`, userId: `bench-user-${label}-${conversations}` };
};

/** One echo after another, over a few conversations (as the journey steps are). */
export async function echoTurns(url: string, n: number): Promise<number[]> {
  const chats = Array.from({ length: 10 }, () => fresh('echo'));
  const latencies: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const chat = chats[i % chats.length];
    if (chat === undefined) continue;
    latencies.push((await timed(() => post(url, chat.conversationId, chat.userId, { text: 'No' }))).ms);
  }
  return latencies;
}

const RESUME = 'Carry on where I was';

/** A conversation at the first question of the school journey, stepping answer, Back, answer, Back. */
export class Journey {
  private cards: Card[] = [];
  private answered = false;
  private readonly chat = fresh('journey');

  constructor(private readonly url: string) {}

  async start(): Promise<void> {
    this.cards = await post(this.url, this.chat.conversationId, this.chat.userId, { text: 'school' });
    // After a failed step the journey may still be running: carry on with it, back at its first question.
    if (hasAction(this.cards, RESUME)) {
      this.cards = await press(this.url, this.chat.conversationId, this.chat.userId, this.cards, RESUME);
      if (hasAction(this.cards, 'Back')) this.cards = await press(this.url, this.chat.conversationId, this.chat.userId, this.cards, 'Back');
    }
  }

  async step(): Promise<number> {
    const { result, ms } = await timed(() => press(this.url, this.chat.conversationId, this.chat.userId, this.cards, this.answered ? 'Back' : 'No'));
    this.cards = result;
    this.answered = !this.answered;
    if (!hasAction(result, this.answered ? 'Back' : 'No')) {
      // Not the next step (a "try again" notice from a slow store): counted, and the journey started afresh.
      failedSteps += 1;
      this.answered = false;
      await this.start();
    }
    return ms;
  }
}

/** The concern record's first page, filled with fictional answers, as a card posts its inputs (`in.` keys). */
const FORM_PAGE = { 'in.reporterName': 'Fictional Person', 'in.reporterRole': 'Fictional role', 'in.organisation': 'Quirkfield School' };
const FORM_START = { event: 'flow.startRequested', flowId: 'form.concernRecord' };

/** A conversation at the concern record's first page, stepping Continue (its answers sent), Back, Continue, Back. */
export class FormPages {
  private cards: Card[] = [];
  private continued = false;
  private readonly chat = fresh('form');

  constructor(private readonly url: string) {}

  async start(): Promise<void> {
    this.cards = await post(this.url, this.chat.conversationId, this.chat.userId, { value: FORM_START });
    this.continued = false;
  }

  async step(): Promise<number> {
    const title = this.continued ? 'Back' : 'Continue';
    const data = actionOn(this.cards, title).data;
    const value = { ...(typeof data === 'object' && data !== null ? data : {}), ...(this.continued ? {} : FORM_PAGE) };
    const { result, ms } = await timed(() => post(this.url, this.chat.conversationId, this.chat.userId, { value }));
    this.cards = result;
    this.continued = !this.continued;
    // Not the page expected (a problem beside an input, a "try again" notice): counted, and the form started afresh.
    if (!JSON.stringify(result).includes(`Page ${this.continued ? 2 : 1} of`)) {
      failedSteps += 1;
      await this.start();
    }
    return ms;
  }
}

export async function formPages(url: string, count: number): Promise<FormPages[]> {
  const all = Array.from({ length: count }, () => new FormPages(url));
  for (const form of all) await form.start();
  return all;
}

export async function journeys(url: string, count: number): Promise<Journey[]> {
  const all = Array.from({ length: count }, () => new Journey(url));
  for (const journey of all) await journey.start();
  return all;
}

/** One step after another, taking the conversations in turn: a journey's answer or Back, a form's page or Back. */
export async function stepsInTurn(all: ReadonlyArray<{ step(): Promise<number> }>, n: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const conversation = all[i % all.length];
    if (conversation !== undefined) latencies.push(await conversation.step());
  }
  return latencies;
}

export async function typedQuestions(url: string, n: number): Promise<number[]> {
  const chats = Array.from({ length: 10 }, () => fresh('question'));
  const latencies: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const chat = chats[i % chats.length];
    const text = QUESTIONS[i % QUESTIONS.length];
    if (chat !== undefined && text !== undefined) latencies.push((await timed(() => post(url, chat.conversationId, chat.userId, { text }))).ms);
  }
  return latencies;
}

export interface Concurrent {
  latencies: number[];
  turnsPerSecond: number;
}

/** `workers` conversations at once, each taking `turns` turns one after another. */
export async function concurrently(workers: number, turns: number, turn: (worker: number) => Promise<number>): Promise<Concurrent> {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; i < turns; i += 1) latencies.push(await turn(worker));
    }),
  );
  return { latencies, turnsPerSecond: (latencies.length / (performance.now() - start)) * 1000 };
}

export function echoWorkers(url: string, workers: number): (worker: number) => Promise<number> {
  const chats = Array.from({ length: workers }, () => fresh('echo-many'));
  return async (worker) => {
    const chat = chats[worker];
    if (chat === undefined) throw new Error('no such worker');
    return (await timed(() => post(url, chat.conversationId, chat.userId, { text: 'No' }))).ms;
  };
}

export function journeyWorkers(all: Journey[]): (worker: number) => Promise<number> {
  return (worker) => {
    const journey = all[worker];
    if (journey === undefined) throw new Error('no such worker');
    return journey.step();
  };
}

/** Stores `count` more conversations (each one turn, a journey started), `workers` at a time. */
export async function storeConversations(url: string, count: number, workers: number, deadline: number): Promise<number> {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < count && performance.now() < deadline) {
        next += 1;
        const chat = fresh('stored');
        await post(url, chat.conversationId, chat.userId, { text: 'school' });
      }
    }),
  );
  return next;
}
