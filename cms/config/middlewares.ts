export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Machine producers' measurement batches: read raw with their own size limit (src/disclosure/ingestion).
  'global::measurement-ingestion',
  'strapi::body',
  // Public reads of disclosures, invalidated by every publication (see src/disclosure/graphql/response-cache.ts).
  'global::response-cache',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
