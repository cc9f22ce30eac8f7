import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::eia-project.eia-project');
