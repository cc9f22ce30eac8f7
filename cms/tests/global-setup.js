// Compiles the Strapi server (TypeScript → cms/dist) once before the integration suites run, and
// builds the admin panel when a selected suite drives it in a browser (only if it changed).
const path = require('node:path');
const { ensureAdminBuild } = require('./helpers/admin-build');

const adminSuites = ['tests/admin-ui.test.ts'];

function selectsAdminSuite(globalConfig) {
  const patterns = globalConfig?.testPathPatterns?.patterns ?? globalConfig?.testPathPattern ?? [];
  const list = (Array.isArray(patterns) ? patterns : [patterns]).map((p) =>
    typeof p === 'string' ? p : String(p?.pattern ?? p),
  );
  if (list.filter(Boolean).length === 0) return true;
  return list.some((p) => adminSuites.some((suite) => new RegExp(p, 'i').test(suite)));
}

module.exports = async (globalConfig) => {
  const { compileStrapi } = require('@strapi/strapi');
  const started = Date.now();
  await compileStrapi({ appDir: path.resolve(__dirname, '..') });
  process.stdout.write(`\n[cms] compiled the Strapi app in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (selectsAdminSuite(globalConfig)) {
    const building = Date.now();
    if (ensureAdminBuild())
      process.stdout.write(`[cms] built the admin panel in ${((Date.now() - building) / 1000).toFixed(1)} s\n`);
  }
};
