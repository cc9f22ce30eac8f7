import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::drinking-water-source-report.drinking-water-source-report');
