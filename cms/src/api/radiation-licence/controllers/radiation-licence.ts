import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::radiation-licence.radiation-licence');
