import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::portal-channel.portal-channel');
