import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::surface-water-report.surface-water-report');
