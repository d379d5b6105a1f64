import { describe, expect, it } from 'vitest';
import { codedOf, guardianTag } from '../../../../src/importers/taxonomy/vocabularies.js';

describe('vocabularies and codes', () => {
  it('writes an IPTC media topic as a QCode from ninjs 1.x scheme + code, a 2.x/3.x uri, or a QCode', () => {
    const expected = { scheme: 'http://cv.iptc.org/newscodes/mediatopic/', code: 'medtop:20000763', qcode: true };

    expect(codedOf({ scheme: 'http://cv.iptc.org/newscodes/mediatopic/', code: '20000763' })).toEqual(expected);
    expect(codedOf({ uri: 'https://cv.iptc.org/newscodes/mediatopic/20000763' })).toEqual(expected);
    expect(codedOf({ code: 'medtop:20000763' })).toEqual(expected);
  });

  it('writes an IPTC subject code as subj: (NITF refnum, subjectcode URI)', () => {
    expect(codedOf({ code: 'subj:07001000' }).code).toBe('subj:07001000');
    expect(codedOf({ uri: 'http://cv.iptc.org/newscodes/subjectcode/07001000' }).code).toBe('subj:07001000');
  });

  it("splits another vocabulary's uri into its scheme and the literal code", () => {
    expect(codedOf({ uri: 'http://tt.se/spec/subref/1.0/16000000', code: '16000000' })).toEqual({
      scheme: 'http://tt.se/spec/subref/1.0/',
      code: '16000000',
      qcode: false,
    });
    expect(codedOf({ uri: 'http://cvx.iptc.org/iso3166-1a2/it' })).toEqual({
      scheme: 'http://cvx.iptc.org/iso3166-1a2/',
      code: 'it',
      qcode: false,
    });
  });

  it('tells Guardian sections, contributors and keywords apart by their tag ids', () => {
    expect(guardianTag('https://www.theguardian.com/world/world')).toEqual({ role: 'section', code: 'world' });
    expect(guardianTag('https://www.theguardian.com/us-news/us-news')).toEqual({ role: 'section', code: 'us-news' });
    expect(guardianTag('https://www.theguardian.com/profile/davidsmith')).toEqual({
      role: 'contributor',
      code: 'profile/davidsmith',
    });
    expect(guardianTag('https://www.theguardian.com/us-news/donaldtrump')).toEqual({
      role: 'keyword',
      code: 'us-news/donaldtrump',
    });
    expect(guardianTag('https://www.theguardian.com/tone/comment')).toEqual({ role: 'genre', code: 'tone/comment' });
    expect(guardianTag('https://www.theguardian.com/type/article')).toEqual({ role: 'genre', code: 'type/article' });
    expect(guardianTag('http://www.sixapart.com/ns/types#tag')).toBeUndefined();
  });
});
