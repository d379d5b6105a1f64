import { describe, expect, it } from 'vitest';
import { templatesProblem, webUrlFor } from '../../../src/domain/web-url.js';

const templates = {
  en: 'https://news.example/{slug}',
  'pt-BR': 'https://news.example/br/{slug}',
  '*': 'https://news.example/{language}/{slug}?id={id}',
};

describe('webUrlFor', () => {
  it('uses the template of the exact language tag', () => {
    expect(webUrlFor(templates, { id: 'a1', slug: 'ola', language: 'pt-BR' })).toBe('https://news.example/br/ola');
  });

  it("falls back to the primary language's template for a regional variant", () => {
    expect(webUrlFor(templates, { id: 'a1', slug: 'hello', language: 'en-GB' })).toBe('https://news.example/hello');
  });

  it('uses "*" for any other language, with every placeholder filled and encoded', () => {
    expect(webUrlFor(templates, { id: 'a/1', slug: 'hej', language: 'sv' })).toBe(
      'https://news.example/sv/hej?id=a%2F1',
    );
  });

  it('gives no URL for a language without a template and no "*"', () => {
    expect(webUrlFor({ en: 'https://news.example/{slug}' }, { id: 'a', slug: 'hola', language: 'es' })).toBeUndefined();
  });
});

describe('templatesProblem', () => {
  it('accepts language tags and "*" with http(s) templates', () => {
    expect(templatesProblem(templates)).toBeUndefined();
  });

  it('names the key that is not a language tag', () => {
    expect(templatesProblem({ english: 'https://x.example/{slug}' })).toBe(
      'has "english", which is neither a language tag nor "*"',
    );
  });

  it('refuses a template without a placeholder, and one that is not an http(s) URL', () => {
    expect(templatesProblem({ en: 'https://x.example/' })).toBe('has a template for "en" without {slug} or {id}');
    expect(templatesProblem({ en: 'javascript:{slug}' })).toBe('has a template for "en" that is not an http(s) URL');
    expect(templatesProblem(['https://x.example/{slug}'])).toBe('must be a JSON object');
  });
});
