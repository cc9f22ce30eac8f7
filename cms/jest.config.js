/** @type {import('jest').Config} */
module.exports = require('../jest.preset.js')({
  displayName: 'cms',
  rootDir: __dirname,
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // Compile the Strapi app once for every suite: parallel suites compiling into one dist/ would
  // overwrite each other.
  globalSetup: '<rootDir>/tests/global-setup.js',
  setupFilesAfterEnv: ['<rootDir>/tests/setup-timeout.js'],
});
