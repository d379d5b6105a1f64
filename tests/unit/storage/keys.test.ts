import { describe, expect, it } from 'vitest';
import { articleFeedKeys, articleKey, slugKey, translationKey } from '../../../src/storage/keys.js';

describe('keys', () => {
  it('keep an article and its translations in one item collection', () => {
    expect(articleKey('a1')).toEqual({ PK: 'ARTICLE#a1', SK: 'ARTICLE' });
    expect(translationKey('a1', 'es')).toEqual({ PK: 'ARTICLE#a1', SK: 'LANG#es' });
  });

  it('make slugs unique per language', () => {
    expect(slugKey('north-korea', 'en')).toEqual({ PK: 'SLUG#north-korea', SK: 'LANG#en' });
  });

  it('sort feeds by publication time, then id', () => {
    expect(articleFeedKeys({ id: 'a1', publishedAt: '2024-11-16T00:00:00.000Z', language: 'en' })).toEqual({
      GSI1PK: 'FEED#ALL',
      GSI1SK: '2024-11-16T00:00:00.000Z#a1',
      GSI2PK: 'FEED#LANG#en',
      GSI2SK: '2024-11-16T00:00:00.000Z#a1',
    });
  });
});
