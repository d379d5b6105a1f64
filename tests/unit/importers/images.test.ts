import { describe, expect, it } from 'vitest';
import type { Image } from '../../../src/domain/image.js';
import { buildEntry } from '../../../src/importers/build-document.js';
import { bodyFromMarkup } from '../../../src/importers/html.js';
import { createParsers, parseInput } from '../../../src/importers/parse-input.js';
import { textInput, fixtureInput } from '../../support/fixtures.js';

const NOW = new Date('2026-11-28T00:00:00Z');
const parsers = createParsers(() => NOW);
/** The stored images of one entry of a fixture: what the parser attaches plus what the body places. */
const imagesOf = (path: string, index = 0): Image[] =>
  buildEntry(parseInput(fixtureInput(path), parsers).entries[index]!, NOW).article?.article.images ?? [];
const urlsAndWidths = (image: Image | undefined) => image?.renditions.map((r) => [r.url, r.width]);

describe('images from RSS and Atom', () => {
  it('merges the Guardian media:content widths 140 and 460 into one image with its credit', () => {
    const [lead, ...rest] = imagesOf('feeds/guardian.rss');

    expect(rest).toEqual([]);
    expect(urlsAndWidths(lead)).toEqual([
      [expect.stringMatching(/^https:\/\/i\.guim\.co\.uk\/img\/media\/b73c8752.+\/master\/3000\.jpg\?w=140&q=55/), 140],
      [expect.stringMatching(/^https:\/\/i\.guim\.co\.uk\/img\/media\/b73c8752.+\/master\/3000\.jpg\?w=460&q=55/), 460],
    ]);
    expect(lead?.credit).toBe('Photograph: Networ/Sipa USA/REX/Shutterstock');
  });

  it('reads a media:group as one image, skips its video, adds the item thumbnail and resolves relative URLs', () => {
    const [lead, ...rest] = imagesOf('images/media-rss.xml');

    expect(rest).toEqual([]);
    expect(lead).toEqual({
      renditions: [
        { url: 'https://daily.example/img/harbour-320.jpg', width: 320, height: 180, mimeType: 'image/jpeg' },
        { url: 'https://daily.example/img/harbour-1280.jpg', width: 1280, height: 720, mimeType: 'image/jpeg' },
        { url: 'https://daily.example/news/thumbs/harbour.jpg', width: 150, height: 84 },
      ],
      caption: 'Boats return to the harbour.',
      credit: 'Photo: Jo Bloggs',
    });
  });

  it('reads image enclosures and ignores audio ones', () => {
    expect(imagesOf('images/media-rss.xml', 1)).toEqual([
      { renditions: [{ url: 'https://cdn.daily.example/budget.png', mimeType: 'image/png' }] },
    ]);
    expect(imagesOf('dev-corpus/feeds/rss_2.0_heated.xml')[0]?.renditions[0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/cdn\.substack\.com\/image\/fetch\//),
      mimeType: 'image/jpeg',
    });
  });

  it('reads an Atom enclosure link relative to the feed xml:base', () => {
    expect(imagesOf('images/atom-enclosure.atom')).toEqual([
      { renditions: [{ url: 'https://blog.example/posts/media/spring.webp', mimeType: 'image/webp' }] },
    ]);
  });

  it('takes pictures inside HTML bodies, resolved against the content xml:base, with alt text and width', () => {
    expect(imagesOf('dev-corpus/feeds/atom_xml_base.xml')).toEqual([
      { renditions: [{ url: 'https://numi.st/post/2022/travel-uke/IMG_1232.jpeg' }] },
    ]);
    const [wirecutter] = imagesOf('dev-corpus/feeds/rss_2.0_wirecutter.xml');
    expect(wirecutter?.altText).toBe('How to Teach Someone a Board Game (and Even Have Fun Doing It)');
    expect(wirecutter?.renditions[0]).toEqual({
      url: expect.stringMatching(/3x2-1\.jpg\?auto=webp&quality=60&width=630$/),
      width: 630,
      height: 420,
    });
    expect(wirecutter?.renditions.slice(1, 3)).toEqual([
      { url: expect.stringMatching(/width=630&dpr=1\.5$/), width: 945 },
      { url: expect.stringMatching(/width=630&dpr=2$/), width: 1260 },
    ]);
    expect(imagesOf('feeds/heise.atom')[0]?.altText).toBe('WildFly 10');
  });
});

describe('srcset', () => {
  it('adds the width candidates of an img srcset as renditions, resolved against the base, ignoring density candidates', () => {
    const html =
      '<p>x</p><img src="a-640.jpg" srcset="a-320.jpg 320w, /img/a-1280.jpg 1280w, a-2x.jpg 2x" width="640">';
    const [image] = buildEntry(
      {
        kind: 'article',
        headline: 'H',
        otherHeadlines: [],
        publishedAt: '2026-11-27T10:00:00.000Z',
        source: {},
        ...bodyFromMarkup(html, { baseUrl: 'https://news.example/s/' }),
      },
      NOW,
    ).article!.article.images!;

    expect(image?.renditions).toEqual([
      { url: 'https://news.example/s/a-640.jpg', width: 640 },
      { url: 'https://news.example/s/a-320.jpg', width: 320 },
      { url: 'https://news.example/img/a-1280.jpg', width: 1280 },
    ]);
  });
});

describe('images from JSON Feed and news-document/v1', () => {
  it('reads JSON Feed image then banner_image, resolved against the home page', () => {
    expect(imagesOf('images/json-feed-images.json').map((i) => i.renditions[0]?.url)).toEqual([
      'https://photos.example/img/market-main.jpg',
      'https://photos.example/img/market-banner.jpg',
    ]);
  });

  it('reads news-document/v1 images and refuses a javascript: rendition URL', () => {
    const doc = {
      format: 'news-document/v1',
      id: 'd1',
      language: 'en',
      headline: 'H',
      body: ['B.'],
      publishedAt: '2026-11-27T10:00:00Z',
    };
    const image = {
      renditions: [
        { url: 'https://img.example/a.jpg', width: 1200 },
        { url: 'https://img.example/a-s.jpg', width: 300 },
      ],
      caption: 'A',
      credit: 'B',
      altText: 'C',
    };
    const [entry] = parseInput(textInput('doc.json', JSON.stringify({ ...doc, images: [image] })), parsers).entries;

    expect(entry?.images).toEqual([image]);
    expect(() =>
      parseInput(
        textInput('bad.json', JSON.stringify({ ...doc, images: [{ renditions: [{ url: 'javascript:alert(1)' }] }] })),
        parsers,
      ),
    ).toThrow(/not a valid news-document\/v1: images/);
  });
});

describe('images from ninjs', () => {
  it('reads 1.x renditions and associations keyed by name', () => {
    const [lead] = imagesOf('dev-corpus/ninjs/1.4_complex_renditions.json');

    expect(urlsAndWidths(lead)).toEqual([
      ['http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg', 429],
      ['http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-small.jpg', 179],
    ]);
    expect(lead?.credit).toBe('Paulo Santalucia');
    expect(lead?.caption).toMatch(/^The Costa Concordia cruise ship lies on its side/);
  });

  it('puts the 1.x picture before the logo graphic', () => {
    const images = imagesOf('dev-corpus/ninjs/1.4_businesswire_body_xhtml.json');

    expect(images[0]?.renditions.map((r) => r.width)).toEqual([72, 143, 478, 2055]);
    expect(images.at(-1)?.renditions[0]?.url).toMatch(/dell_blue_rgb\.jpg$/);
  });

  it('reads 3.x associated pictures as lists with contentType, caption and credit', () => {
    const [tt] = imagesOf('ninjs/tt_text_image_3.json');
    const multimedia = imagesOf('dev-corpus/ninjs/3.1_007_multimedia.json');

    expect(tt?.renditions.map((r) => r.width)).toEqual([4724, 1024, 1024, 256]);
    expect(tt).toMatchObject({
      credit: 'Karl Melander/TT',
      caption: expect.stringMatching(/^En stor internationell försvarsövning/),
    });
    expect(multimedia).toHaveLength(2);
    expect(multimedia[1]?.renditions[0]?.url).toBe(
      'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904xyz000-big.jpg',
    );
  });

  it('uses the association URI when its renditions carry no href', () => {
    expect(imagesOf('dev-corpus/ninjs/3.1_003_associations.json').map((i) => i.renditions[0]?.url)).toEqual([
      'http://mms.businesswire.com/media/newsItemId/en/369394/3/0025lf.jpg',
      'http://mms.businesswire.com/media/newsItemId/en/221373/3/dell_blue_rgb.jpg',
    ]);
  });

  it('makes a picture item its own image, caption from the caption or text description and credit from the credit line', () => {
    const [ap] = imagesOf('dev-corpus/ninjs/3.0_ap_image.json');
    const [sipa] = imagesOf('dev-corpus/ninjs/3.0_sipa_image.json');

    expect(ap).toMatchObject({
      credit: 'ASSOCIATED PRESS',
      caption: expect.stringMatching(/^FILE - In this Monday, Nov\. 11, 2019 file photo/),
    });
    expect(ap?.renditions[0]).toMatchObject({ width: 3000, height: 2208, mimeType: 'image/jpeg' });
    expect(sipa).toMatchObject({
      credit: 'Insidefoto',
      caption: expect.stringMatching(/^Demonstration of the workers/),
      renditions: [{ width: 3543, height: 2362 }],
    });
  });
});
