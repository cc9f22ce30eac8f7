import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::environmental-incident.environmental-incident');
