import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::environmental-incident.environmental-incident');
