import type { CloudAdapter } from 'botbuilder';
import type { i18n } from 'i18next';
import type { Request, Response, Server } from 'restify';
import { noticeView } from '../../dialogs/views';
import type { AssistantBot } from '../assistantBot';
import type { TurnAdmission } from '../edge/turnAdmission';
import { inboundActivitySchema, type InboundActivity } from '../edge/inboundActivity.schema';
import { isLoopbackServiceUrl } from '../edge/loopbackServiceUrl';
import { errorBody } from '../httpErrors';
import { translatorFor } from '../i18n';
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
    const turn = deps.track(runThroughAdapter(deps, req)).finally(() => admitted.release());
    try {
      const answer = await answerOrAcknowledge(turn, deps.localMode && activity.deliveryMode !== 'expectReplies');
      if (answer === undefined) {
        res.send(202);
        turn.catch((error: unknown) => logRefusal(deps.logger, error));
        return;
      }
      sendAnswer(res, answer);
    } catch (error) {
      logRefusal(deps.logger, error);
      if (!res.headersSent) res.send(400, errorBody(400));
    }
  });
}

/**
 * In local mode replies to a normal-delivery activity go to its (loopback) serviceUrl, not into the
 * response: a slow or refusing address must not hold the request through the connector's retries
 * (it does not honour noRetryPolicy). Past this wait the request is acknowledged (202) and the turn
 * finishes on its own; it still counts as in flight for the limits and for a graceful stop.
 */
const LOCAL_ACKNOWLEDGE_AFTER_MS = 1_000;

async function answerOrAcknowledge(turn: Promise<AdapterAnswer>, mayAcknowledge: boolean): Promise<AdapterAnswer | undefined> {
  if (!mayAcknowledge) return turn;
  let timer: NodeJS.Timeout | undefined;
  const acknowledge = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), LOCAL_ACKNOWLEDGE_AFTER_MS);
  });
  return Promise.race([turn, acknowledge]).finally(() => clearTimeout(timer));
}

function logRefusal(logger: Logger, error: unknown): void {
  // The adapter throws on activities it cannot parse before any turn starts; only the kind is logged.
  logger.warn({ kind: error instanceof Error ? error.name : typeof error }, 'activity refused at the edge');
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
  return { activities: toActivities([noticeView('tooFast', 'warning', [])], translatorFor(i18n, activity.locale)) };
}
