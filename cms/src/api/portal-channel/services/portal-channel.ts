import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::portal-channel.portal-channel');
