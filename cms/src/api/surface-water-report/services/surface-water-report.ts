import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::surface-water-report.surface-water-report');
