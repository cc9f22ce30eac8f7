/** Fixed at build time by vite.config.js from CMS_URL and PORTAL_REGION_CODE. */
declare const __CMS_URL__: string;
declare const __REGION_CODE__: string;

export const cmsUrl: string = __CMS_URL__;
export const regionCode: string = __REGION_CODE__;
export const pageSize = 20;
