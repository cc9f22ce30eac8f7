import { factories } from '@strapi/strapi';

// Departments are configuration: the public may read them, nobody writes them over the API.
export default factories.createCoreRouter('api::department.department', { only: ['find', 'findOne'] });
