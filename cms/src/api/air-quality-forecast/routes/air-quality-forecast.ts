import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::air-quality-forecast.air-quality-forecast');
