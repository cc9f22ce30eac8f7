import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::air-quality-daily.air-quality-daily');
