import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../../src/importers/html.js';

describe('htmlToParagraphs', () => {
  it('splits block elements into paragraphs and keeps inline text', () => {
    expect(
      htmlToParagraphs('<section><p>Für <b>Lucien</b> Favre &amp; co.</p><p>Zweiter&nbsp;Absatz</p></section>'),
    ).toEqual(['Für Lucien Favre & co.', 'Zweiter Absatz']);
  });

  it('drops scripts, styles and images', () => {
    expect(htmlToParagraphs('<p>Text<script>alert(1)</script><img src="x.jpg"/></p><style>p{}</style>')).toEqual([
      'Text',
    ]);
  });
});
