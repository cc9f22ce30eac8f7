import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::enforcement-action.enforcement-action');
