import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::eia-project.eia-project');
