import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { InboundActivity } from '../edge/inboundActivity.schema';

/**
 * Runs one activity through the adapter exactly as an HTTP POST to /api/messages would, but in
 * process: the same authentication, the same bot, and with "expectReplies" the replies come
 * back in the response body instead of being sent to a channel.
 */
export async function processInProcess(
  adapter: CloudAdapter,
  /** The activity as it would arrive on the wire, already through the edge schema. */
  activity: InboundActivity,
  logic: (context: TurnContext) => Promise<void>,
): Promise<{ status: number; body: unknown }> {
  const result: { status: number; body: unknown } = { status: 500, body: undefined };
  const res = {
    socket: undefined,
    status(code: number) {
      result.status = code;
    },
    header() {},
    send(body: unknown) {
      result.body = body;
    },
    end() {},
  };
  await adapter.process({ method: 'POST', headers: {}, body: { ...activity } }, res, logic);
  return result;
}
