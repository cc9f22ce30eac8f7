/** Build-time defaults of the reference portal; `vite.config.js` reads them too. */
export const defaultCmsUrl = 'http://127.0.0.1:1337';

/** 410000: the whole province, so every published item shows. */
export const defaultRegionCode = '410000';
