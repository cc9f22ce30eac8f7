import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::radiation-monitoring.radiation-monitoring');
