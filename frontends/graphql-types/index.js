// Types only: see index.d.ts. The schema itself is `@disclosure-hub/graphql-types/schema.graphql`.
module.exports = {};
