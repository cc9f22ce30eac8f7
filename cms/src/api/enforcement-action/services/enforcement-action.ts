import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::enforcement-action.enforcement-action');
