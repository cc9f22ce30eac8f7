// A second Strapi process for the multi-process suites: boots the compiled app (cms/dist) with the
// environment it inherits — the database, secrets and Meilisearch of the test's own Strapi — on a
// port of its own, with its workers running, and answers the test over the IPC channel.
const path = require('node:path');

const cmsDir = path.resolve(__dirname, '..', '..');
const compiled = (...parts) => require(path.join(cmsDir, 'dist', 'src', 'disclosure', ...parts));

/**
 * An outbox consumer that reports every delivery to `url` (the test's recorder) with the pid of the
 * process that handled it, and fails when the recorder does not answer 2xx. Both processes
 * register it under the same name, so either may take each delivery.
 */
function recordingConsumer({ name, url, topics }) {
  return {
    name,
    topics,
    async handle(event) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ outboxId: event.id, consumer: event.consumer, pid: process.pid }),
      });
      if (!response.ok) throw new Error(`recorder answered ${response.status}`);
    },
  };
}

async function main() {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') });
  strapi.log.level = 'error';
  await strapi.start();
  const { registerOutboxConsumer } = compiled('outbox');
  const { publishDueItems } = compiled('workflow', 'publish-due');
  const recorder = JSON.parse(process.env.SECOND_STRAPI_RECORDER ?? 'null');
  if (recorder) registerOutboxConsumer(strapi, recordingConsumer(recorder));

  process.on('message', (message) => {
    if (message.type === 'publishDue')
      publishDueItems(strapi, { now: new Date(message.now) }).then(
        (count) => process.send({ type: 'publishedDue', id: message.id, count }),
        (error) => process.send({ type: 'publishedDue', id: message.id, error: String(error?.stack ?? error) }),
      );
    if (message.type === 'stop')
      strapi
        .destroy()
        .catch(() => undefined)
        .finally(() => process.exit(0));
  });
  const { port } = strapi.server.httpServer.address();
  process.send({ type: 'ready', url: `http://127.0.0.1:${port}`, pid: process.pid });
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`second Strapi failed to start: ${error?.stack ?? error}\n`);
    process.exit(1);
  });
}

module.exports = { recordingConsumer };
