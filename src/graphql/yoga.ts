import { createYoga } from 'graphql-yoga';
import { logger } from '../observability/logger.js';
import { createContext, type Dependencies } from './context.js';
import { DEFAULT_QUERY } from './default-query.js';
import { maskError } from './errors.js';
import { renderGraphiQLPage, useGraphiQLAssets } from './graphiql.js';
import { schema } from './schema.js';

export interface YogaOptions extends Dependencies {
  graphiql: boolean;
}

/** What the Lambda runtime hands yoga along with each request. */
export interface ServerContext {
  requestId: string;
}

/** The GraphQL HTTP app; the handler builds one per cold start. */
export function createGraphQLApp({ graphiql, ...dependencies }: YogaOptions) {
  return createYoga<ServerContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: graphiql ? { title: 'News GraphQL', defaultQuery: DEFAULT_QUERY } : false,
    renderGraphiQL: renderGraphiQLPage,
    plugins: graphiql ? [useGraphiQLAssets()] : [],
    context: ({ request }) => createContext(dependencies, request.headers.get('accept-language')),
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => logger.debug(String(args[0]), { details: args.slice(1) }),
      info: (...args) => logger.info(String(args[0]), { details: args.slice(1) }),
      warn: (...args) => logger.warn(String(args[0]), { details: args.slice(1) }),
      error: (...args) => logger.error(String(args[0]), { details: args.slice(1) }),
    },
  });
}

export type GraphQLApp = ReturnType<typeof createGraphQLApp>;
