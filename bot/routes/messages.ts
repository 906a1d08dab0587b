import type { CloudAdapter } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Request, Response, Server } from 'restify';
import { noticeView } from '../../dialogs/views';
import type { AssistantBot } from '../assistantBot';
import type { TurnAdmission } from '../edge/turnAdmission';
import { inboundActivitySchema, type InboundActivity } from '../edge/inboundActivity.schema';
import { isLoopbackServiceUrl } from '../edge/loopbackServiceUrl';
import { errorBody } from '../httpErrors';
import { fixedT } from '../i18n';
import type { Logger } from '../logger';
import { toActivities } from '../renderActivities';

export interface MessagesDeps {
  adapter: CloudAdapter;
  bot: AssistantBot;
  logger: Logger;
  i18n: i18n;
  admission: TurnAdmission;
  /** True without an app id: nobody is authenticated, so replies may only go to loopback. */
  localMode: boolean;
  track: <T>(work: Promise<T>) => Promise<T>;
}

/**
 * POST /api/messages: Teams, the Agents Playground and any Bot Framework channel. By the time this
 * runs the edge has refused compressed bodies, non-JSON and (with an app id) unauthenticated
 * requests before reading the body (bot/edge/guards.ts). Here the body passes the one edge schema,
 * the loopback rule, and the turn limits; then the adapter runs its own full authentication.
 */
export function registerMessages(server: Server, deps: MessagesDeps): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success || (deps.localMode && !isLoopbackServiceUrl(parsed.data.serviceUrl))) {
      res.send(400, errorBody(400));
      return;
    }
    const activity = parsed.data;
    const admitted = deps.admission.admit(activity);
    if (!admitted.ok) {
      res.header('Retry-After', String(admitted.retryAfterS));
      res.send(429, { ...errorBody(429), ...tooFastReplies(activity, deps.i18n) });
      return;
    }
    // The adapter reads req.body: it sees the parsed activity, unknown fields gone.
    req.body = activity;
    try {
      const answer = await deps.track(runThroughAdapter(deps, req));
      sendAnswer(res, answer);
    } catch (error) {
      deps.logger.warn({ kind: error instanceof Error ? error.name : typeof error }, 'activity refused at the edge');
      if (!res.headersSent) res.send(400, errorBody(400));
    } finally {
      admitted.release();
    }
  });
}

interface AdapterAnswer {
  status: number;
  body: unknown;
}

/** The adapter writes its own status and, on failure, its error text: both are captured so only the catalogue reaches the wire. */
async function runThroughAdapter(deps: MessagesDeps, req: Request): Promise<AdapterAnswer> {
  const answer: AdapterAnswer = { status: 500, body: undefined };
  const captured = {
    socket: req.socket,
    status(code: number) {
      answer.status = code;
    },
    header() {},
    send(body: unknown) {
      answer.body = body;
    },
    end() {},
  };
  await deps.adapter.process(req, captured, (context) => deps.bot.run(context));
  return answer;
}

function sendAnswer(res: Response, answer: AdapterAnswer): void {
  if (answer.status >= 400) {
    res.send(answer.status, errorBody(answer.status));
  } else if (answer.body === undefined) {
    res.send(answer.status);
  } else {
    res.send(answer.status, answer.body);
  }
}

/** Where the channel shows the response body (expectReplies), the person is told kindly, with 999 first in mind. */
function tooFastReplies(activity: InboundActivity, i18n: i18n): { activities?: unknown[] } {
  if (activity.deliveryMode !== 'expectReplies') return {};
  return { activities: toActivities([noticeView('tooFast', 'warning', [])], fixedT(i18n, activity.locale ?? '')) };
}
