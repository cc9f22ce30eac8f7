// Booting Strapi and Meilisearch takes seconds. `testTimeout` is a global Jest option that the root
// multi-project run ignores, so the Strapi suites set it here.
jest.setTimeout(180_000);
