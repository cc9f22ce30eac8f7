import type { Knex } from './outbox-tables';
import type { OutboxConsumer } from './register-outbox-consumer';

interface OutboxState {
  /** Consumers per database, keyed by the knex config object that a transaction shares with its knex. */
  registries: WeakMap<object, Map<string, OutboxConsumer>>;
}

const stateKey = Symbol.for('disclosure-hub.outbox.state');

/**
 * The state lives on `globalThis` under a registered symbol, not in module variables: Strapi runs
 * the compiled app from `dist/` while tests (and scripts) load `src/`, and both copies must see the
 * same consumers of one Strapi.
 */
function outboxState(): OutboxState {
  const holder = globalThis as { [stateKey]?: OutboxState };
  holder[stateKey] ??= { registries: new WeakMap() };
  return holder[stateKey];
}

function registryKey(knex: Knex): object {
  // `enqueueOutboxEvent` only receives the caller's transaction; knex copies the config object of
  // its client into every transaction client, so it identifies the database (and so the Strapi).
  const config: unknown = (knex as { client?: { config?: unknown } }).client?.config;
  if (typeof config !== 'object' || config === null) throw new TypeError('not a knex instance or transaction');
  return config;
}

/** The consumers registered for the database behind `knex` (a knex instance or transaction). */
export function consumerRegistry(knex: Knex): Map<string, OutboxConsumer> {
  const { registries } = outboxState();
  const key = registryKey(knex);
  let registry = registries.get(key);
  if (!registry) {
    registry = new Map();
    registries.set(key, registry);
  }
  return registry;
}
