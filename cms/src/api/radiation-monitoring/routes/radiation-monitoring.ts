import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::radiation-monitoring.radiation-monitoring');
