import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::drinking-water-source-report.drinking-water-source-report');
