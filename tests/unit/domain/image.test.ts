import { describe, expect, it } from 'vitest';
import { pickRendition, type Image } from '../../../src/domain/image.js';

const image: Image = {
  renditions: [{ url: 'l', width: 1280 }, { url: 's', width: 320 }, { url: 'u' }, { url: 'm', width: 640 }],
};

describe('pickRendition', () => {
  it('picks the smallest rendition at least as wide as asked', () => {
    expect(pickRendition(image, 600)?.url).toBe('m');
    expect(pickRendition(image, 640)?.url).toBe('m');
    expect(pickRendition(image, 100)?.url).toBe('s');
  });

  it('picks the largest when none is wide enough, and without a width', () => {
    expect(pickRendition(image, 4000)?.url).toBe('l');
    expect(pickRendition(image)?.url).toBe('l');
  });

  it("serves the source's first rendition when no width is known", () => {
    expect(pickRendition({ renditions: [{ url: 'only' }] }, 600)?.url).toBe('only');
    expect(pickRendition({ renditions: [{ url: 'main' }, { url: 'other' }] })?.url).toBe('main');
  });
});
