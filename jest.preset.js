/**
 * Shared Jest settings for every package. Workspace packages are mapped to their TypeScript
 * sources so tests never run against a stale build.
 * @param {{ displayName: string, rootDir: string, [k: string]: unknown }} options
 */
module.exports = ({ displayName, rootDir, ...rest }) => ({
  displayName,
  rootDir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{src,test,tests}/**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: require('path').join(__dirname, 'tsconfig.jest.json') }],
  },
  moduleNameMapper: {
    '^@disclosure-hub/(config|workflows|search)$': '<rootDir>/../$1/src/index.ts',
  },
  ...rest,
});
