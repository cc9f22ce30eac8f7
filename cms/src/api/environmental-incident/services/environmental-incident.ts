import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::environmental-incident.environmental-incident');
