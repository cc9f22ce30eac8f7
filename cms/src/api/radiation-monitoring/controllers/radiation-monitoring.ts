import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::radiation-monitoring.radiation-monitoring');
