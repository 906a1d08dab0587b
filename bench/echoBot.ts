import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import * as restify from 'restify';
import { answerProfiling } from './profiling';
import { runningAs } from './runningAs';

/**
 * The floor: a bare botbuilder CloudAdapter echo bot on restify, with no project code, started as
 * its own process by bench/run.ts. Without an app id it takes unauthenticated loopback requests,
 * as the assistant does locally. It tells its parent its port over IPC.
 */

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new EchoBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ ready: true, port: address.port, ...runningAs() });
});
answerProfiling();
process.on('disconnect', () => server.close(() => process.exit(0)));
