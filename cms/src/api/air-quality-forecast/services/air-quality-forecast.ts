import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::air-quality-forecast.air-quality-forecast');
