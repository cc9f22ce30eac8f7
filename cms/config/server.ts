import { assertProductionSecrets } from '../src/lib/secrets';

export default ({ env }: { env: StrapiEnv }) => {
  assertProductionSecrets(process.env);
  return {
    host: env('HOST', '127.0.0.1'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    proxy: env.bool('IS_PROXIED', false),
    app: {
      keys: env.array('APP_KEYS'),
    },
    cron: {
      enabled: !env.bool('STRAPI_DISABLE_CRON', false),
    },
  };
};
