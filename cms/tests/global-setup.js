// Compiles the Strapi server (TypeScript → cms/dist) once before the integration suites run.
const path = require('node:path');

module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  const started = Date.now();
  await compileStrapi({ appDir: path.resolve(__dirname, '..') });
  process.stdout.write(`\n[cms] compiled the Strapi app in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};
