import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalLink } from '../../../src/importers/links.js';
import { createParsers, parseInput } from '../../../src/importers/parse-input.js';
import { textInput } from '../../support/fixtures.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const fixtureText = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('canonicalLink', () => {
  it.each([
    ['https://t.example/click?id=3&url=https%3A%2F%2Fwww.example.com%2Fa%3Fb%3D1', 'https://www.example.com/a?b=1'],
    [
      'https://redir.folha.com.br/redir/online/poder/rss091/*https://www1.folha.uol.com.br/poder/2023/12/x.shtml',
      'https://www1.folha.uol.com.br/poder/2023/12/x.shtml',
    ],
    ['https://news.google.com/articles/x?hl=pt&u=https://g1.globo.com/a.ghtml', 'https://g1.globo.com/a.ghtml'],
  ])('unwraps the redirect %s', (link, target) => {
    expect(canonicalLink(link)).toBe(target);
  });

  it('resolves a relative link against the base', () => {
    expect(canonicalLink('post/a/', 'https://insanity.industries/')).toBe('https://insanity.industries/post/a/');
  });

  it.each([
    'https://www.theguardian.com/us-news/2018/jan/31/x',
    'https://www.google.com/search?q=cats',
    'tag:blogs.akamai.com,2019://2.3337',
  ])('leaves %s as it is', (link) => {
    expect(canonicalLink(link, 'https://example.com/')).toBe(link);
  });
});

describe('story identity from links', () => {
  it('gives a Guardian item whose guid is its link wrapped in a tracker the identity of the plain link', () => {
    const plain =
      'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord';
    const text = fixtureText('feeds/guardian.rss').replace(
      `<guid>${plain}</guid>`,
      `<guid>https://track.example/c?url=${encodeURIComponent(plain)}</guid>`,
    );

    const [first] = parseInput(textInput('guardian.rss', text), parsers).entries;

    expect(first?.sourceId).toBe(plain);
  });

  it('resolves the relative links of an RSS feed against the item xml:base and the channel link', () => {
    const text = fixtureText('dev-corpus/feeds/rss_2.0_relative_urls.xml')
      .replace('<link>https://insanity.industries/post/pareto-optimal-compression/</link>', '<link>./</link>')
      .replace(/<guid>https:\/\/insanity\.industries\/post\/pareto-optimal-compression\/<\/guid>/, '')
      .replace('<item xml:base="https://insanity.industries/post/pacman-tracking-leftover-packages/">', '<item>')
      .replace(
        '<link>https://insanity.industries/post/pacman-tracking-leftover-packages/</link>',
        '<link>/post/pacman-tracking-leftover-packages/</link>',
      );

    const [pareto, pacman] = parseInput(textInput('relative.xml', text), parsers).entries;

    expect(pareto).toMatchObject({
      sourceId: 'https://insanity.industries/post/pareto-optimal-compression/',
      source: { url: 'https://insanity.industries/post/pareto-optimal-compression/' },
    });
    expect(pacman?.source.url).toBe('https://insanity.industries/post/pacman-tracking-leftover-packages/');
  });

  it('gives an Atom entry link relative to the feed link its absolute address', () => {
    const text = fixtureText('dev-corpus/feeds/atom_akamai.xml').replace(
      'href="http://feedproxy.google.com/~r/TheAkamaiBlog/~3/NnQEuqRSyug/time-to-transfer-risk-why-security-complexity-vpns-are-no-longer-sustainable.html"',
      'href="2019/07/time-to-transfer-risk.html"',
    );

    const [entry] = parseInput(textInput('akamai.xml', text), parsers).entries;

    expect(entry?.source.url).toBe('https://blogs.akamai.com/2019/07/time-to-transfer-risk.html');
    expect(entry?.sourceId).toBe('tag:blogs.akamai.com,2019://2.3337');
  });
});
