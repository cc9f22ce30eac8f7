import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::drinking-water-source-report.drinking-water-source-report');
