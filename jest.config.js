/** @type {import('jest').Config} */
module.exports = {
  projects: ['<rootDir>/config', '<rootDir>/workflows', '<rootDir>/search', '<rootDir>/cms'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
