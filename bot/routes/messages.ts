import type { CloudAdapter } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../logger';
import { errorBody } from '../httpErrors';
import type { AssistantBot } from '../assistantBot';

// The least an activity must be before the adapter sees it; the adapter validates the rest.
const activityShape = z.object({ type: z.string().min(1).max(64) }).passthrough();

/** POST /api/messages: Teams, the Agents Playground and any Bot Framework channel. */
export function registerMessages(server: Server, adapter: CloudAdapter, bot: AssistantBot, logger: Logger, track: <T>(work: Promise<T>) => Promise<T>): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!activityShape.safeParse(req.body).success) {
      res.send(400, errorBody(400));
      return;
    }
    try {
      await track(adapter.process(req, res, (context) => bot.run(context)));
    } catch (error) {
      // The adapter throws on activities it cannot parse before any turn starts.
      logger.warn({ kind: error instanceof Error ? error.name : typeof error }, 'activity refused at the edge');
      if (!res.headersSent) res.send(400, errorBody(400));
    }
  });
}
