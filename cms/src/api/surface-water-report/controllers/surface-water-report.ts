import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::surface-water-report.surface-water-report');
