import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article.js';
import type { Progress } from '../../../src/domain/editorial.js';
import { partialDate } from '../../../src/domain/event.js';
import { importInputs } from '../../../src/importers/importer.js';
import { changeArticleStatus } from '../../../src/domain/takedown.js';
import type { NameRefreshJob } from '../../../src/domain/name-copies.js';
import { refreshNameMessages } from '../../../src/queue/name-refresh-worker.js';
import { DynamoEditorialRepository } from '../../../src/storage/editorial-store.js';
import { refreshNameCopies } from '../../../src/storage/name-copies.js';
import { Table } from '../../../src/storage/table.js';
import { covering, makeArticle, makeEvent, makePerson, mentioning, participants } from '../../support/factories.js';
import { textInput } from '../../support/fixtures.js';
import { sqsRecord } from '../../support/sqs-events.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
/** A budget of 2 edges per call, so a merge of a few articles takes several calls. */
let editor: DynamoEditorialRepository;
beforeAll(async () => {
  table = await createTestTable('editorial');
  editor = new DynamoEditorialRepository(new Table(table.client, table.tableName), table, 2);
});
afterAll(() => table.drop());

const AT = '2026-11-29T03:00:00.000Z';

/** Calls a bounded operation until it reports complete; returns how many calls it took. */
async function untilComplete(call: () => Promise<Progress>): Promise<number> {
  for (let calls = 1; calls <= 20; calls++) if ((await call()).complete) return calls;
  throw new Error('not complete after 20 calls');
}

const articleIdsOf = async (filter: { personId?: string; eventId?: string }) =>
  (await table.articles.listArticles(filter, { first: 50 })).edges.map((e) => e.node.id).sort();
const person = async (id: string) => (await table.people.getWithEvents(id))?.person;
const article = async (id: string) =>
  (await table.entities.getMany([{ type: 'Article', id }])).get(`Article:${id}`) as Article | undefined;
const setStatus = (articleId: string, status: 'PUBLISHED' | 'UNPUBLISHED') =>
  changeArticleStatus(table, { articleId, status, actor: 'test', reason: 'legal notice' });
const feedSummary = async (id: string) =>
  (await table.articles.listArticles({}, { first: 100 })).edges.find((e) => e.node.id === id)?.node.article;
const importDocument = (name: string, doc: object) =>
  importInputs(
    table,
    [
      textInput(
        `${name}.json`,
        JSON.stringify({
          format: 'news-document/v1',
          id: name,
          language: 'en',
          headline: `About ${name}`,
          body: ['A paragraph of text.'],
          publishedAt: '2026-11-01T10:00:00Z',
          ...doc,
        }),
      ),
    ],
    { source: 'test' },
  );

describe('updatePerson', () => {
  it('renames a person: lookups follow, the old name stays an alias, the new slug leads to the same id', async () => {
    const ada = makePerson('Ada Byron', { aliases: ['Lady Byron'] });
    await table.people.savePerson(ada);

    const { before, after } = await editor.updatePerson(ada.id, { name: 'Ada Lovelace' }, AT);

    expect(before.name).toBe('Ada Byron');
    expect(after).toMatchObject({ id: 'ada-byron', name: 'Ada Lovelace', aliases: ['Lady Byron', 'Ada Byron'] });
    expect(await table.people.findIdsByName('ada lovelace')).toEqual(['ada-byron']);
    expect(await table.people.findIdsByName('Ada Byron')).toEqual(['ada-byron']);
    expect(await editor.resolve('Person', ['ada-lovelace'])).toEqual(new Map([['ada-lovelace', { to: 'ada-byron' }]]));
    const listed = await table.people.listPeople({ nameStartsWith: 'ada l' }, { first: 5 });
    expect(listed.edges.map((e) => e.node.id)).toEqual(['ada-byron']);
  });

  it('keeps an edited description and alias list when a later import names the person', async () => {
    await importDocument('grace-1', { people: [{ name: 'Grace Hopper', role: 'a rear admiral' }] });
    await editor.updatePerson('grace-hopper', { description: 'computer scientist', aliases: ['Amazing Grace'] }, AT);

    await importDocument('grace-2', { people: [{ name: 'Grace Hopper', role: 'the navy officer' }] });

    expect(await person('grace-hopper')).toMatchObject({
      description: 'computer scientist',
      aliases: ['Amazing Grace'],
      overrides: ['aliases', 'description'],
      mentionCount: 2,
    });
  });

  it('links an import that uses the new name to the renamed person instead of creating another', async () => {
    await importDocument('ali-1', { people: [{ name: 'Cassius Clay' }] });
    await editor.updatePerson('cassius-clay', { name: 'Muhammad Ali' }, AT);

    await importDocument('ali-2', { people: [{ name: 'Muhammad Ali' }] });

    expect(await person('muhammad-ali')).toBeUndefined();
    expect((await person('cassius-clay'))?.mentionCount).toBe(2);
    // Both articles copy the name as stored now, the one imported before the rename too.
    for (const id of await articleIdsOf({ personId: 'cassius-clay' })) {
      expect((await article(id))?.people).toEqual([{ personId: 'cassius-clay', name: 'Muhammad Ali' }]);
      expect((await feedSummary(id))?.namesCanonical).toBe(true);
    }
  });
});

describe('name copies', () => {
  const renamed = (list: { name: string }[] | undefined) => list?.map((p) => p.name);
  let articles: string[];
  const tesla = makePerson('Nikola Tesla');
  const expo = makeEvent('Electrical Exposition', { participants: participants(tesla) });
  beforeAll(async () => {
    await table.people.savePerson(tesla);
    await table.events.saveEvent(expo);
    articles = [];
    for (let i = 0; i < 5; i++) {
      const document = makeArticle({ people: mentioning(tesla), events: covering(expo) });
      await table.articles.saveArticle({ ...document, article: { ...document.article, namesCanonical: true } });
      articles.push(document.article.id);
    }
  });

  it('refreshes the copies a page of articles per step, the job carrying where it got to', async () => {
    await table.people.savePerson({ ...tesla, name: 'N. Tesla' });

    const table2 = new Table(table.client, table.tableName);
    const first = await refreshNameCopies(table2, { type: 'Person', id: tesla.id }, 2);
    const refreshedFirst = await Promise.all(articles.map(async (id) => renamed((await article(id))?.people)?.[0]));
    const second = first && (await refreshNameCopies(table2, first, 2));
    const last = second && (await refreshNameCopies(table2, second, 2));

    expect(first).toEqual({ type: 'Person', id: tesla.id, cursor: expect.any(String) });
    expect(refreshedFirst.filter((name) => name === 'N. Tesla')).toHaveLength(2);
    expect(second).toEqual({ type: 'Person', id: tesla.id, cursor: expect.any(String) });
    // Five articles, two a step: the third step reads the last one and hands over to the sweep.
    expect(last).toEqual({ type: 'Person', id: tesla.id, sweep: true });
    for (const id of articles) {
      expect(renamed((await article(id))?.people)).toEqual(['N. Tesla']);
      expect(renamed((await feedSummary(id))?.people)).toEqual(['N. Tesla']);
    }
  });

  it('sweeps again after the first pass: an article written meanwhile with the old name is relinked, the rest untouched', async () => {
    const late = makeArticle({ people: [{ personId: tesla.id, name: 'Nikola Tesla' }] });
    await table.articles.saveArticle({ ...late, article: { ...late.article, namesCanonical: true } });
    const versions = await Promise.all(articles.map(async (id) => (await article(id))?.version));

    const steps: (NameRefreshJob | undefined)[] = [];
    for (let job: NameRefreshJob | undefined = { type: 'Person', id: tesla.id, sweep: true }; job; ) {
      job = await refreshNameCopies(new Table(table.client, table.tableName), job, 4);
      steps.push(job);
    }

    expect(steps).toEqual([{ type: 'Person', id: tesla.id, cursor: expect.any(String), sweep: true }, undefined]);
    expect(renamed((await article(late.article.id))?.people)).toEqual(['N. Tesla']);
    expect(await Promise.all(articles.map(async (id) => (await article(id))?.version))).toEqual(versions);
  });

  it('runs each queued step once per message, queues the next, refuses a malformed one, and changes nothing twice', async () => {
    await table.events.saveEvent({ ...expo, name: 'Electrical Exhibition' });
    const queued: [NameRefreshJob, number | undefined][] = [];
    const queue = { start: async (job: NameRefreshJob, delay?: number) => void queued.push([job, delay]) };
    const step = (job: NameRefreshJob) => refreshNameCopies(new Table(table.client, table.tableName), job, 3);
    const body = JSON.stringify({ type: 'Event', id: expo.id });

    const failures = await refreshNameMessages(
      [sqsRecord('m1', body), sqsRecord('m2', '{"type":"Planet","id":"mars"}')],
      step,
      queue,
    );
    const versions = await Promise.all(articles.map(async (id) => (await article(id))?.version));
    const again = await refreshNameMessages([sqsRecord('m1', body, 2)], step, queue);
    const versionsAgain = await Promise.all(articles.map(async (id) => (await article(id))?.version));
    await refreshNameMessages([sqsRecord('m3', JSON.stringify(queued[0]?.[0]))], step, queue);

    expect(failures).toEqual([{ messageId: 'm2', error: expect.stringContaining('not a name refresh job') }]);
    expect(again).toEqual([]);
    expect(versionsAgain).toEqual(versions);
    // Five articles cover the expo: three a step, then the sweep, five minutes on.
    expect(queued).toEqual([
      [{ type: 'Event', id: expo.id, cursor: expect.any(String) }, 0],
      [{ type: 'Event', id: expo.id, cursor: expect.any(String) }, 0],
      [{ type: 'Event', id: expo.id, sweep: true }, 300],
    ]);
    for (const id of articles) expect(renamed((await article(id))?.events)).toEqual(['Electrical Exhibition']);
  });

  it('drops the claim to current copies when an article is unpublished or republished', async () => {
    const [id] = articles as [string];

    await setStatus(id, 'UNPUBLISHED');
    await setStatus(id, 'PUBLISHED');

    expect((await article(id))?.namesCanonical).toBeUndefined();
    expect((await feedSummary(id))?.namesCanonical).toBeUndefined();
    expect((await article(articles[1] as string))?.namesCanonical).toBe(true);
  });
});

describe('updateEvent', () => {
  it('re-dates an event: the timelines sort it by the new date and the uncertain date is cleared', async () => {
    const kim = makePerson('Kim Jong-un');
    await table.people.savePerson(kim);
    const summit = makeEvent('Hanoi summit', {
      statedDate: { text: 'February 1200', month: 2 },
      dateUncertain: true,
      participants: participants(kim),
    });
    await table.events.saveEvent(summit);

    const { after } = await editor.updateEvent(
      summit.id,
      { start: partialDate('2019-02-27', 'DAY'), end: partialDate('2019-02-28', 'DAY'), place: { name: 'Hanoi' } },
      AT,
    );

    expect(after).toMatchObject({
      start: { value: '2019-02-27' },
      end: { value: '2019-02-28' },
      place: { name: 'Hanoi' },
    });
    expect(after.dateUncertain).toBeUndefined();
    expect(after.statedDate).toBeUndefined();
    const inTimeline = await table.events.listEvents({ from: '2019-02', to: '2019-02' }, { first: 5 });
    expect(inTimeline.edges.map((e) => e.node.id)).toContain(summit.id);
    const ofKim = await table.events.listEvents({ personId: kim.id }, { first: 5 });
    expect(ofKim.edges.map((e) => e.node.start?.value)).toEqual(['2019-02-27']);
  });

  it('marks a date uncertain: the start goes, the stated text is kept', async () => {
    await table.events.saveEvent(makeEvent('Treaty signing', { start: partialDate('1200-04', 'MONTH') }));

    const { after } = await editor.updateEvent(
      'treaty-signing-1200-04',
      { statedDate: { text: 'April 1200', month: 4 } },
      AT,
    );

    expect(after).toMatchObject({ dateUncertain: true, statedDate: { text: 'April 1200', month: 4 } });
    expect(after.start).toBeUndefined();
  });

  it('adds and removes participants, and an import does not add a removed one back', async () => {
    await importDocument('g7-1', {
      people: [{ name: 'Olaf Scholz' }, { name: 'Rishi Sunak' }],
      events: [{ name: 'G7 Apulia', kind: 'SUMMIT', start: '2024-06', participants: ['Olaf Scholz', 'Rishi Sunak'] }],
    });
    await table.people.savePerson(makePerson('Giorgia Meloni'));

    const { after } = await editor.updateEvent(
      'g7-apulia-2024-06',
      { addParticipants: ['giorgia-meloni'], removeParticipants: ['rishi-sunak'], kind: 'MEETING' },
      AT,
    );
    await importDocument('g7-2', {
      people: [{ name: 'Rishi Sunak' }],
      events: [{ name: 'G7 Apulia', kind: 'SUMMIT', start: '2024-06', participants: ['Rishi Sunak'] }],
    });

    const listed = await table.events.listParticipants('g7-apulia-2024-06', { first: 10 });
    expect(listed.edges.map((e) => e.node.personId)).toEqual(['giorgia-meloni', 'olaf-scholz']);
    expect(after).toMatchObject({ kind: 'MEETING', participantCount: 2, removedParticipants: ['rishi-sunak'] });
    const [stored] = (await table.events.listEvents({ kind: 'MEETING' }, { first: 5 })).edges;
    expect(stored?.node).toMatchObject({ id: 'g7-apulia-2024-06', participantCount: 2 });
  });
});

describe('mergePeople', () => {
  it('moves mentions, participation and names to the survivor in bounded calls, and a later import links there', async () => {
    const [into, from] = [makePerson('Vladimir Putin'), makePerson('V. Putin', { aliases: ['Putin V.'] })];
    await Promise.all([table.people.savePerson(into), table.people.savePerson(from)]);
    const both = makeArticle({ people: mentioning(into, from) });
    const only = [1, 2, 3].map(() => makeArticle({ people: mentioning(from) }));
    for (const doc of [both, ...only]) await table.articles.saveArticle(doc);
    const summit = makeEvent('Helsinki summit', { participants: participants(from) });
    const talks = makeEvent('Minsk talks', { participants: participants(into, from) });
    await table.events.saveEvent(summit);
    await table.events.saveEvent(talks);

    const calls = await untilComplete(() => editor.mergePeople(into.id, from.id, AT));

    expect(calls).toBeGreaterThan(2);
    expect(await articleIdsOf({ personId: into.id })).toEqual([both, ...only].map((d) => d.article.id).sort());
    expect(await articleIdsOf({ personId: from.id })).toEqual([]);
    expect(await person(into.id)).toMatchObject({ mentionCount: 4, aliases: ['V. Putin', 'Putin V.'] });
    expect(await person(from.id)).toBeUndefined();
    expect((await article(both.article.id))?.people.map((p) => p.personId)).toEqual([into.id]);
    expect((await feedSummary(both.article.id))?.people.map((p) => p.personId)).toEqual([into.id]);
    expect(await table.people.findIdsByName('putin v')).toEqual([into.id]);
    expect(await editor.resolve('Person', [from.id])).toEqual(new Map([[from.id, { to: into.id }]]));
    for (const event of [summit, talks]) {
      const listed = await table.events.listParticipants(event.id, { first: 5 });
      expect(listed.edges.map((e) => e.node.personId)).toEqual([into.id]);
    }
    const counts = await table.entities.getMany([{ type: 'Event', id: talks.id }]);
    expect(counts.get(`Event:${talks.id}`)).toMatchObject({ participantCount: 1 });

    await importDocument('putin-later', { people: [{ name: 'V. Putin' }] });
    expect(await person('v-putin')).toBeUndefined();
    expect((await person(into.id))?.mentionCount).toBe(5);
  });

  it('finishes a merge whose first call stopped half-way when called again', async () => {
    const [into, from] = [makePerson('Boris Johnson'), makePerson('Alexander Boris de Pfeffel Johnson')];
    await Promise.all([table.people.savePerson(into), table.people.savePerson(from)]);
    const docs = [1, 2, 3, 4, 5].map(() => makeArticle({ people: mentioning(from) }));
    for (const doc of docs) await table.articles.saveArticle(doc);

    const first = await editor.mergePeople(into.id, from.id, AT);
    const rest = await untilComplete(() => editor.mergePeople(into.id, from.id, AT));

    expect(first).toMatchObject({ complete: false, moved: 2 });
    expect(rest).toBe(2);
    expect((await person(into.id))?.mentionCount).toBe(5);
    await expect(editor.mergePeople(into.id, 'nobody-at-all', AT)).rejects.toThrow('no person with id "nobody-at-all"');
  });
});

describe('mergeEvents', () => {
  it('moves coverage and participants to the surviving event and counts each participant once', async () => {
    const [a, b, c] = [makePerson('Emmanuel Macron'), makePerson('Xi Jinping'), makePerson('Narendra Modi')];
    await Promise.all([a, b, c].map((p) => table.people.savePerson(p)));
    const into = makeEvent('G20 Bali', { start: partialDate('2022-11', 'MONTH'), participants: participants(a, b) });
    const from = makeEvent('Bali G20 summit', { participants: participants(b, c) });
    await table.events.saveEvent(into);
    await table.events.saveEvent(from);
    const docs = [makeArticle({ events: covering(from) }), makeArticle({ events: covering(into, from) })];
    for (const doc of docs) await table.articles.saveArticle(doc);

    await untilComplete(() => editor.mergeEvents(into.id, from.id, AT));

    expect(await articleIdsOf({ eventId: into.id })).toEqual(docs.map((d) => d.article.id).sort());
    expect((await article(docs[1]?.article.id ?? ''))?.events.map((e) => e.eventId)).toEqual([into.id]);
    const listed = await table.events.listParticipants(into.id, { first: 5 });
    expect(listed.edges.map((e) => e.node.personId)).toEqual([a.id, c.id, b.id].sort());
    const found = await table.entities.getMany([
      { type: 'Event', id: into.id },
      { type: 'Event', id: from.id },
    ]);
    expect(found.get(`Event:${into.id}`)).toMatchObject({ participantCount: 3 });
    expect(found.has(`Event:${from.id}`)).toBe(false);
    const ofXi = await table.events.listEvents({ personId: b.id }, { first: 5 });
    expect(ofXi.edges.map((e) => e.node.id)).toEqual([into.id]);
  });
});

describe('deletePerson and deleteEvent', () => {
  it('takes a person off articles (their text stays) and events, and imports do not recreate them until restored', async () => {
    await importDocument('hoax-1', {
      people: [{ name: 'John Hoax' }, { name: 'Mary Real' }],
      events: [{ name: 'Fake rally', kind: 'OTHER', start: '2026-10', participants: ['John Hoax', 'Mary Real'] }],
    });
    const [doc] = await articleIdsOf({ personId: 'john-hoax' });

    await untilComplete(() => editor.deletePerson('john-hoax', 'invented by the source', AT));
    await importDocument('hoax-2', { people: [{ name: 'John Hoax' }] });

    expect(await person('john-hoax')).toBeUndefined();
    expect((await article(doc ?? ''))?.people.map((p) => p.personId)).toEqual(['mary-real']);
    const body = await table.entities.getMany([{ type: 'ArticleBody', id: doc ?? '' }]);
    expect(body.get(`ArticleBody:${doc}`)).toMatchObject({ body: ['A paragraph of text.'] });
    expect(await table.people.findIdsByName('John Hoax')).toEqual([]);
    const left = await table.events.listParticipants('fake-rally-2026-10', { first: 5 });
    expect(left.edges.map((e) => e.node.personId)).toEqual(['mary-real']);

    expect(await editor.restorePerson('john-hoax')).toBe(true);
    await importDocument('hoax-3', { people: [{ name: 'John Hoax' }] });
    expect((await person('john-hoax'))?.mentionCount).toBe(1);
  });

  it('deletes an event from its articles and its participants timelines, and imports skip it', async () => {
    await importDocument('storm-1', {
      people: [{ name: 'Ana Weather' }],
      events: [{ name: 'Storm Zed', kind: 'DISASTER', start: '2026-09', participants: ['Ana Weather'] }],
    });
    const [doc] = await articleIdsOf({ eventId: 'storm-zed-2026-09' });

    await untilComplete(() => editor.deleteEvent('storm-zed-2026-09', 'duplicate of an older event', AT));
    await importDocument('storm-1', {
      headline: 'Storm Zed, updated',
      people: [{ name: 'Ana Weather' }],
      events: [{ name: 'Storm Zed', kind: 'DISASTER', start: '2026-09', participants: ['Ana Weather'] }],
    });

    expect((await article(doc ?? ''))?.events).toEqual([]);
    expect(await articleIdsOf({ eventId: 'storm-zed-2026-09' })).toEqual([]);
    expect((await table.events.listEvents({ personId: 'ana-weather' }, { first: 5 })).edges).toEqual([]);
    const found = await table.entities.getMany([{ type: 'Event', id: 'storm-zed-2026-09' }]);
    expect(found.size).toBe(0);
  });
});

describe("merges and deletes of an unpublished article's people and events", () => {
  it('moves the links of an article unpublished during a merge to the survivor when it is republished', async () => {
    const [into, from] = [makePerson('Olena Zelenska'), makePerson('O. Zelenska')];
    await Promise.all([table.people.savePerson(into), table.people.savePerson(from)]);
    const [intoEvent, fromEvent] = [makeEvent('Kyiv forum'), makeEvent('Forum in Kyiv')];
    await Promise.all([table.events.saveEvent(intoEvent), table.events.saveEvent(fromEvent)]);
    const doc = makeArticle({ people: mentioning(from), events: covering(fromEvent) });
    await table.articles.saveArticle(doc);
    await setStatus(doc.article.id, 'UNPUBLISHED');

    await untilComplete(() => editor.mergePeople(into.id, from.id, AT));
    await untilComplete(() => editor.mergeEvents(intoEvent.id, fromEvent.id, AT));
    const republished = await setStatus(doc.article.id, 'PUBLISHED');

    expect(republished.people).toEqual([{ personId: into.id, name: into.name }]);
    expect((await article(doc.article.id))?.people.map((p) => p.personId)).toEqual([into.id]);
    expect((await article(doc.article.id))?.events.map((e) => e.eventId)).toEqual([intoEvent.id]);
    expect((await feedSummary(doc.article.id))?.people.map((p) => p.personId)).toEqual([into.id]);
    expect(await articleIdsOf({ personId: into.id })).toEqual([doc.article.id]);
    expect(await articleIdsOf({ eventId: intoEvent.id })).toEqual([doc.article.id]);
    expect(await articleIdsOf({ personId: from.id })).toEqual([]);
    expect((await person(into.id))?.mentionCount).toBe(1);
  });

  it('drops a person and an event deleted while the article was unpublished when it is republished', async () => {
    const [kept, gone] = [makePerson('Kept Person'), makePerson('Gone Person')];
    await Promise.all([table.people.savePerson(kept), table.people.savePerson(gone)]);
    const event = makeEvent('Rally that never was');
    await table.events.saveEvent(event);
    const doc = makeArticle({ people: mentioning(kept, gone), events: covering(event) });
    await table.articles.saveArticle(doc);
    await setStatus(doc.article.id, 'UNPUBLISHED');

    await untilComplete(() => editor.deletePerson(gone.id, 'invented', AT));
    await untilComplete(() => editor.deleteEvent(event.id, 'invented', AT));
    await setStatus(doc.article.id, 'PUBLISHED');

    const stored = await article(doc.article.id);
    expect(stored?.people.map((p) => p.personId)).toEqual([kept.id]);
    expect(stored?.events).toEqual([]);
    expect((await feedSummary(doc.article.id))?.events).toEqual([]);
    expect(await articleIdsOf({ personId: kept.id })).toEqual([doc.article.id]);
    expect(await articleIdsOf({ personId: gone.id })).toEqual([]);
    expect((await person(kept.id))?.mentionCount).toBe(1);
  });
});
