import { queryLimitsPlugin } from '../src/disclosure/graphql/query-limits';
export default ({ env }: { env: StrapiEnv }) => {
  const production = env('NODE_ENV', 'development') === 'production';
  return {
    'users-permissions': {
      config: {
        jwtSecret: env('JWT_SECRET'),
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        landingPage: !production,
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 8),
        defaultLimit: 25,
        maxLimit: 100,
        apolloServer: {
          introspection: !production,
          plugins: [
            queryLimitsPlugin({
              maxCost: env.int('GRAPHQL_COST_LIMIT', 5000),
              maxPageSize: 100,
              defaultPageSize: 25,
            }),
          ],
        },
      },
    },
    upload: {
      config: {
        sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 200 * 1024 * 1024),
        breakpoints: { large: 1000, medium: 750, small: 500 },
      },
    },
  };
};
