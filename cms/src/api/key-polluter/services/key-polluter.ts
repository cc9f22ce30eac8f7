import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::key-polluter.key-polluter');
