import { loadDomainConfig, type CatalogEntry } from '@disclosure-hub/config';

/** The disclosure catalogue from `config/`, keyed by Strapi content-type uid. */
export function catalogByUid(): ReadonlyMap<string, CatalogEntry> {
  const config = loadDomainConfig();
  return new Map(config.catalog.categories.map((entry) => [entry.contentType, entry]));
}

export function isDisclosureUid(uid: string): boolean {
  return catalogByUid().has(uid);
}

export function disclosureUids(): string[] {
  return [...catalogByUid().keys()];
}
