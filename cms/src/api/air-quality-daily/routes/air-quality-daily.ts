import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::air-quality-daily.air-quality-daily');
