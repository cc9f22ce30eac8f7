// The CMS address and the portal's region are fixed at build time, so the output is plain static files.
import { defineConfig } from 'vite';
import { defaultCmsUrl, defaultRegionCode } from './index.js';

export default defineConfig({
  base: './',
  define: {
    __CMS_URL__: JSON.stringify((process.env.CMS_URL || defaultCmsUrl).replace(/\/+$/, '')),
    __REGION_CODE__: JSON.stringify(process.env.PORTAL_REGION_CODE || defaultRegionCode),
  },
  build: { outDir: 'dist', emptyOutDir: true },
});
