/** @type {import('jest').Config} */
module.exports = require('../jest.preset.js')({ displayName: 'search', rootDir: __dirname });
