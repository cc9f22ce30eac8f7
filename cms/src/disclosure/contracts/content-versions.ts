/** One saved version (`create`, `editor.edit`) or signature (`reviewer.approve`, `confidentiality.clear`, …). */
export interface ContentVersion {
  /** The fingerprint of the canonical content (fields and attachment hashes). */
  fingerprint: string;
  event: string;
  actorId: string;
  actorName: string | null;
  at: string;
  /** True for a signature: the actor signed this content. */
  signed: boolean;
}

/** One top-level field that differs; values as canonical JSON. */
export interface ContentChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * What changed, and what a reviewer is asked to sign
 * (`GET /disclosure-workflow/items/:uid/:documentId/versions?locale=`, admin).
 */
export interface ContentVersions {
  /** Oldest first: every saved version and every signature. */
  versions: ContentVersion[];
  /** The draft as it is now: what a reviewer is asked to sign. */
  current: { fingerprint: string };
  lastSigned: { fingerprint: string; by: string; byName: string | null; at: string } | null;
  /** The draft against the last signed version (or the first version when nothing was signed yet). */
  diff: ContentChange[];
}
