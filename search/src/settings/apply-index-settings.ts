import type { DomainConfig } from '@disclosure-hub/config';
import { indexUidFor } from '../locales/search-locales';
import type { MeiliClient } from '../meili-client';
import type { IndexSettings } from '../meili-types';
import { SearchError } from '../search-error';
import { buildIndexSettings } from './build-index-settings';
import { settingsDifferences } from './settings-differences';

/** Input of {@link applyIndexSettings}. */
export interface ApplyIndexSettingsInput {
  client: MeiliClient;
  locale: string;
  /** Index prefix (tests use their own); the index is `<prefix>-<locale>`. */
  indexPrefix?: string;
  /** Apply to this index instead of the locale's live index (a rebuild's new index). */
  indexUid?: string;
  config?: DomainConfig;
  /** Settings to apply instead of {@link buildIndexSettings}'s (operators' experiments, tests). */
  settings?: IndexSettings;
}

/**
 * Creates the index if it is missing, applies {@link buildIndexSettings}, waits for the task, and
 * reads the settings back. Throws `SETTINGS_NOT_APPLIED` with `details.differences` when
 * Meilisearch holds anything else, so a silently ignored setting is caught at deploy time.
 */
export async function applyIndexSettings(input: ApplyIndexSettingsInput): Promise<IndexSettings> {
  const { client } = input;
  const uid = input.indexUid ?? indexUidFor(input.locale, { prefix: input.indexPrefix });
  const settings = input.settings ?? buildIndexSettings(input.locale, { config: input.config });
  await ensureIndex(client, uid);
  await client.waitForTask((await client.updateSettings(uid, settings)).taskUid);
  const actual = await client.getSettings(uid);
  const differences = settingsDifferences(settings, actual);
  if (differences.length > 0) {
    throw new SearchError(
      'SETTINGS_NOT_APPLIED',
      `索引 ${uid} 的设置与预期不符 / index ${uid} holds other settings than applied: ${differences
        .map((d) => d.field)
        .join(', ')}`,
      { details: { indexUid: uid, differences } },
    );
  }
  return settings;
}

/** Creates `uid` with primary key `id` unless it exists; a concurrent creation counts as success. */
export async function ensureIndex(client: MeiliClient, uid: string): Promise<void> {
  try {
    await client.getIndex(uid);
    return;
  } catch (error) {
    if (!(error instanceof SearchError && error.meiliCode === 'index_not_found')) throw error;
  }
  try {
    await client.waitForTask((await client.createIndex(uid, { primaryKey: 'id' })).taskUid);
  } catch (error) {
    if (!(error instanceof SearchError && error.meiliCode === 'index_already_exists')) throw error;
  }
}
