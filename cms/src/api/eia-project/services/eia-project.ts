import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::eia-project.eia-project');
