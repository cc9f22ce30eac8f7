/** @type {import('jest').Config} */
module.exports = require('../jest.preset.js')({
  displayName: 'cms',
  rootDir: __dirname,
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // `*.postgres.test.ts` suites prove what holds only on PostgreSQL (several Strapi processes on one
  // database): `npm run test:postgres` (TEST_DATABASE=postgres) collects them; on SQLite they are
  // not collected at all, rather than collected and skipped.
  testPathIgnorePatterns:
    process.env.TEST_DATABASE === 'postgres' ? ['/node_modules/'] : ['/node_modules/', '\\.postgres\\.test\\.ts$'],
  // Compile the Strapi app once for every suite: parallel suites compiling into one dist/ would
  // overwrite each other.
  globalSetup: '<rootDir>/tests/global-setup.js',
  setupFilesAfterEnv: ['<rootDir>/tests/setup-timeout.js'],
});
