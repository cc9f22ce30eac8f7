import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Chinese first: editors and reviewers work in 简体中文; English stays available.
    locales: ['zh-Hans'],
  },
  bootstrap(_app: StrapiApp) {},
};
