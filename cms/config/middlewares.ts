export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // Public reads of disclosures, invalidated by every publication (see src/disclosure/graphql/response-cache.ts).
  'global::response-cache',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
