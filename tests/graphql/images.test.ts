import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticle } from '../support/factories.js';
import { graphqlClient } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
const globalId = (id: string) => Buffer.from(`Article:${id}`).toString('base64');

const withImages = makeArticle({
  images: [
    {
      renditions: [
        { url: 'https://img.example/a-1280.jpg', width: 1280, height: 720, mimeType: 'image/jpeg' },
        { url: 'https://img.example/a-320.jpg', width: 320, height: 180 },
        { url: 'https://img.example/a-640.jpg', width: 640 },
      ],
      caption: 'Boats.',
      credit: 'Jo Bloggs',
      altText: 'Boats in a harbour',
    },
    { renditions: [{ url: 'https://img.example/b.jpg' }] },
  ],
});
const withOldPhoto = makeArticle({ photo: { credit: 'Old credit' } });
const withoutPictures = makeArticle();

beforeAll(async () => {
  table = await createTestTable('images');
  for (const doc of [withImages, withOldPhoto, withoutPictures]) await table.articles.saveArticle(doc);
  query = graphqlClient(table);
}, 120_000);
afterAll(() => table.drop());

const IMAGE_QUERY =
  'query($id: ID!) { article(id: $id) { image { small: url(width: 300) medium: url(width: 600) huge: url(width: 5000) largest: url caption credit altText renditions { url width height mimeType } } images { url } photo { caption credit } } }';

describe('Article.image', () => {
  it('serves url(width:) as the smallest rendition at least that wide, else the largest', async () => {
    const { data } = await query(IMAGE_QUERY, { id: globalId(withImages.article.id) });

    expect(data.article.image).toMatchObject({
      small: 'https://img.example/a-320.jpg',
      medium: 'https://img.example/a-640.jpg',
      huge: 'https://img.example/a-1280.jpg',
      largest: 'https://img.example/a-1280.jpg',
      caption: 'Boats.',
      credit: 'Jo Bloggs',
      altText: 'Boats in a harbour',
    });
    expect(data.article.image.renditions[0]).toEqual({
      url: 'https://img.example/a-1280.jpg',
      width: 1280,
      height: 720,
      mimeType: 'image/jpeg',
    });
  });

  it('lists every image, the lead first', async () => {
    const { data } = await query(IMAGE_QUERY, { id: globalId(withImages.article.id) });

    expect(data.article.images).toEqual([
      { url: 'https://img.example/a-1280.jpg' },
      { url: 'https://img.example/b.jpg' },
    ]);
  });

  it("keeps the deprecated photo: the stored one, else the lead image's caption and credit", async () => {
    const fromImage = await query(IMAGE_QUERY, { id: globalId(withImages.article.id) });
    const stored = await query(IMAGE_QUERY, { id: globalId(withOldPhoto.article.id) });
    const none = await query(IMAGE_QUERY, { id: globalId(withoutPictures.article.id) });

    expect(fromImage.data.article.photo).toEqual({ caption: 'Boats.', credit: 'Jo Bloggs' });
    expect(stored.data.article).toMatchObject({
      photo: { caption: null, credit: 'Old credit' },
      image: null,
      images: [],
    });
    expect(none.data.article).toMatchObject({ photo: null, image: null, images: [] });
  });
});
