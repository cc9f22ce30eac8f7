import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::key-polluter.key-polluter');
