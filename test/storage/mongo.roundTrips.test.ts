import { randomBytes, randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { cardEventSchema, type DomainEvent } from '../../dialogs/events.schema';
import { openMongoStorage } from '../../bot/storage/mongo.storage';
import type { Storage } from '../../bot/storage/types';
import type { TurnRequest } from '../../bot/turnRunner';
import type { View } from '../../cards/view';
import { encryptedTurnRunner, protocolKnowledge } from '../support/turnRunner';
import { headMovesSettled, watchNextClient, withCommandMonitoring, type CommandWatch, type ServerCommand } from './serverCommands';

/**
 * Issue 14 on MongoDB, per turn as bot/app.ts wires the store (under encryption): the server
 * commands a turn sends, seen by the driver's command monitoring, and the round trips it waits for.
 * A journey step: two (one read of three `_id` lookups at once, one insert); a typed question: one.
 */

jest.setTimeout(30_000);

const uri = process.env.MONGODB_URI ?? '';

function uniqueDatabaseName(from: string): string {
  const path = /^mongodb(?:\+srv)?:\/\/[^/?]*\/([^?]*)/.exec(from)?.[1] ?? '';
  const base = decodeURIComponent(path).replace(/[^A-Za-z0-9_]/g, '_').slice(0, 30) || 'cse_test';
  return `${base}_trips_${randomBytes(4).toString('hex')}`;
}

/** The event a step card's action sends: "No", or Back. */
function pressed(views: View[], which: 'no' | 'flow.backRequested'): DomainEvent {
  const step = views.find((v) => v.kind === 'step');
  if (step?.kind !== 'step') throw new Error('no step card');
  const action = which === 'no' ? step.choices.find((c) => JSON.stringify(c.data).includes('"value":"no"')) : step.navigation.find((c) => c.data.event === which);
  if (action === undefined) throw new Error(`no ${which} on the step card`);
  return cardEventSchema.parse(action.data);
}

const shape = (commands: ServerCommand[]) => commands.map(({ name, collection }) => `${name} ${collection}`).sort();

if (uri === '') {
  describe.skip('MongoDB round trips per turn (needs MONGODB_URI)', () => {
    test('a journey step', () => undefined);
  });
} else {
  const database = uniqueDatabaseName(uri);
  let storage: Storage;
  let commands: CommandWatch;

  beforeAll(async () => {
    const next = watchNextClient();
    try {
      storage = await openMongoStorage({ uri: withCommandMonitoring(uri), database });
      commands = await next.watching;
      await commands.connections(3);
    } finally {
      next.restore();
    }
  });
  afterAll(async () => {
    commands.stop();
    await storage.close();
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 3000 });
    try {
      await client.db(database).dropDatabase();
    } finally {
      await client.close();
    }
  });

  const runTurn = () => encryptedTurnRunner(storage, { knowledge: protocolKnowledge() }).runTurn;

  const conversation = () => {
    const run = runTurn();
    const conversationId = `conv-fictional-${randomUUID()}`;
    let activity = 0;
    // One turn after another, as a person takes them: the previous turn's head move has landed.
    return async (event: DomainEvent) => {
      activity += 1;
      const request: TurnRequest = { conversationId, ownerKey: 'owner-fictional-1', activityId: `activity-${activity}`, event };
      await headMovesSettled(storage);
      return commands.watch(() => run(request));
    };
  };

  describe('MongoDB round trips per turn', () => {
    test('a journey step, answer and Back alike: one read (three _id lookups at once) and one insert, the head moved after the answer', async () => {
      const turn = conversation();
      const started = await turn({ event: 'message.received', text: 'school' });
      const answered = await turn(pressed(started.result, 'no'));
      const back = await turn(pressed(answered.result, 'flow.backRequested'));
      const again = await turn(pressed(back.result, 'no'));
      for (const step of [answered, back, again]) {
        expect({ roundTrips: step.roundTrips, awaited: shape(step.awaited) }).toEqual({
          roundTrips: 2,
          awaited: ['find conversation_heads', 'find conversation_revisions', 'find conversation_revisions', 'insert conversation_revisions'],
        });
        for (const move of shape(step.background)) expect(move).toBe('update conversation_heads');
      }
    });

    test('a typed question: one round trip, and nothing written', async () => {
      const turn = conversation();
      const first = await turn({ event: 'message.received', text: 'how long does an SRO last' });
      expect(first.result.length).toBeGreaterThan(0);
      expect({ roundTrips: first.roundTrips, awaited: shape(first.awaited), background: first.background }).toEqual({
        roundTrips: 1,
        awaited: ['find conversation_heads', 'find conversation_revisions'],
        background: [],
      });
      // In a conversation this instance is serving: the head and the remembered revision's pair, at once.
      await turn({ event: 'message.received', text: 'school' });
      const during = await turn({ event: 'message.received', text: 'what is a CAWN' });
      expect({ roundTrips: during.roundTrips, awaited: shape(during.awaited), background: during.background }).toEqual({
        roundTrips: 1,
        awaited: ['find conversation_heads', 'find conversation_revisions', 'find conversation_revisions'],
        background: [],
      });
    });
  });
}
