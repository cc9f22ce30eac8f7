import { factories } from '@strapi/strapi';

// Channels are managed by the bureau (admin, full-access tokens); the public role has no grant on
// them, and `secret` is private, so no API ever returns it.
export default factories.createCoreRouter('api::portal-channel.portal-channel');
