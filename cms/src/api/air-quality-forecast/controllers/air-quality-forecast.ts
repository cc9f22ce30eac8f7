import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::air-quality-forecast.air-quality-forecast');
