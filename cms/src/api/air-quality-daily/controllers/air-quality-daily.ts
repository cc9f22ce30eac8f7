import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::air-quality-daily.air-quality-daily');
