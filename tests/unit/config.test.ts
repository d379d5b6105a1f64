import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.js';

describe('readConfig', () => {
  it('has local defaults outside Lambda', () => {
    expect(readConfig({})).toEqual({
      tableName: 'news-content',
      region: 'us-east-1',
      dynamodbEndpoint: undefined,
      graphiql: true,
      introspection: true,
      production: false,
      cacheMaxAge: 60,
      cacheStaleWhileRevalidate: 300,
      corsOrigins: [],
      operatorApiKey: undefined,
      operatorApiKeySecretArn: undefined,
      webUrlTemplates: {},
      logLevel: 'INFO',
      inLambda: false,
    });
  });

  it('turns GraphiQL and introspection off on prod unless asked for', () => {
    expect(readConfig({ STAGE: 'prod' })).toMatchObject({ production: true, graphiql: false, introspection: false });
    expect(readConfig({ STAGE: 'prod', INTROSPECTION: 'true' })).toMatchObject({ introspection: true });
  });

  it('reads the webUrl templates per language from WEB_URL_TEMPLATES', () => {
    expect(readConfig({ WEB_URL_TEMPLATES: '{"en":"https://news.example/{slug}"}' }).webUrlTemplates).toEqual({
      en: 'https://news.example/{slug}',
    });
  });

  it('names WEB_URL_TEMPLATES when it is not JSON or not usable', () => {
    expect(() => readConfig({ WEB_URL_TEMPLATES: 'https://news.example/{slug}' })).toThrow(
      /WEB_URL_TEMPLATES must be JSON/,
    );
    expect(() => readConfig({ WEB_URL_TEMPLATES: '{"en":"https://news.example/"}' })).toThrow(
      'WEB_URL_TEMPLATES has a template for "en" without {slug} or {id}',
    );
  });

  it('refuses a short operator key', () => {
    expect(() => readConfig({ OPERATOR_API_KEY: 'short' })).toThrow('OPERATOR_API_KEY must be at least 16 characters');
  });

  it('requires TABLE_NAME inside Lambda', () => {
    expect(() => readConfig({ AWS_LAMBDA_FUNCTION_NAME: 'graphql' })).toThrow(/TABLE_NAME is not set/);
  });

  it('names the variable that is malformed', () => {
    expect(() => readConfig({ DYNAMODB_ENDPOINT: 'localhost:8000' })).toThrow(ConfigError);
    expect(() => readConfig({ GRAPHIQL: 'maybe' })).toThrow(/GRAPHIQL must be true or false/);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });

  it('reads every setting', () => {
    const config = readConfig({
      TABLE_NAME: 't',
      AWS_REGION: 'eu-west-1',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
      GRAPHIQL: 'false',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      tableName: 't',
      region: 'eu-west-1',
      dynamodbEndpoint: 'http://127.0.0.1:9',
      graphiql: false,
      logLevel: 'DEBUG',
    });
  });
});
