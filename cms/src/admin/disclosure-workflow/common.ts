import { useIntl } from 'react-intl';
import catalog from '@disclosure-hub/config/data/catalog.json';
import departmentsFile from '@disclosure-hub/config/data/departments.json';

export const pluginId = 'disclosure-workflow';

interface Named {
  name: { zh: string; en: string };
}
export const categories = (catalog as { categories: (Named & { key: string; contentType: string })[] }).categories;
export const departments = (departmentsFile as { departments: (Named & { code: string })[] }).departments;

const disclosureUids = new Set(categories.map((c) => c.contentType));
/** Whether a content-manager model is a disclosure type: the workflow owns its publication. */
export const isDisclosureUid = (uid: string | undefined) => uid !== undefined && disclosureUids.has(uid);

/** Translation helpers keyed under the plugin id; Chinese first, English beside it. */
export function useT() {
  const intl = useIntl();
  const zh = intl.locale.startsWith('zh');
  const t = (key: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `${pluginId}.${key}`, defaultMessage: key }, values);
  const named = (n: Named | undefined, fallback: string) => (n ? (zh ? n.name.zh : n.name.en) : fallback);
  return {
    t,
    zh,
    intl,
    /** A `{ zh, en }` pair from the server in the admin's language. */
    pick: (m: { zh: string; en: string } | string) => (typeof m === 'string' ? m : zh ? m.zh : m.en),
    departmentName: (code: string) =>
      named(
        departments.find((d) => d.code === code),
        code,
      ),
    categoryName: (key: string) =>
      named(
        categories.find((c) => c.key === key),
        key,
      ),
    // A nested state (`published.live`) reads as its top-level state.
    stateName: (state: string) => t(`state.${state.split('.')[0]}`),
    eventName: (event: string) => t(`event.${event}`),
  };
}

/** The message of a refused request, as the server phrased it. */
export function errorMessage(error: unknown): string {
  const body = (error as { response?: { data?: { error?: { message?: string } } } })?.response?.data;
  return body?.error?.message ?? (error instanceof Error ? error.message : String(error));
}
/** The HTTP status of a refused request (the admin's fetch client sets it on its error). */
export const errorStatus = (error: unknown): number | undefined => (error as { status?: number } | null)?.status;
export const errorCode = (error: unknown): string | undefined =>
  (error as { response?: { data?: { error?: { details?: { code?: string } } } } })?.response?.data?.error?.details
    ?.code;

export const editViewPath = (uid: string, documentId: string, locale: string) =>
  `/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
