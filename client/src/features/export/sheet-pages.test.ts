import { describe, expect, it } from 'vitest';
import { sheetInput, source } from '../../test-fixtures.ts';
import { composeSvgPage } from './compose-svg.ts';
import { layoutSheet, pageMarks, paginateSheet } from './sheet-layout.ts';

describe('a sheet on several pages', () => {
  const sheet = layoutSheet(
    sheetInput({
      notes: [{ number: 1, on: 'On the map', text: 'A note' }],
      sources: Array.from({ length: 60 }, (_, i) => ({ n: i + 1, source: source(`s${i + 1}`, { title: `Source number ${i + 1} with a title long enough to say something` }) })),
    }),
  );
  const texts = (marks: ReturnType<typeof pageMarks>) => marks.flatMap((m) => (m.t === 'text' ? [m.text] : []));

  it('keeps the diagram, title and legend on the first page and flows the lists on, every line once, none cut', () => {
    const capacity = sheet.listsTop + 200;
    const pages = paginateSheet(sheet, capacity);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.map((p) => p.graph)).toEqual([true, ...pages.slice(1).map(() => false)]);
    const all = pages.flatMap((p) => texts(pageMarks(sheet, p)));
    expect(all).toEqual(texts(sheet.marks));
    for (const page of pages) {
      expect(page.bottom - page.top).toBeLessThanOrEqual(capacity);
      for (const m of pageMarks(sheet, page)) if (m.t === 'text') expect(m.y).toBeGreaterThanOrEqual(m.size);
      for (const m of pageMarks(sheet, page)) if (m.t === 'text') expect(m.y + 6).toBeLessThanOrEqual(page.bottom - page.top);
    }
    for (let n = 1; n <= 60; n++) expect(all.some((t) => t.startsWith(`[${n}] `))).toBe(true);
    expect(texts(pageMarks(sheet, pages[0]!))).toContain('Legend');
    const second = composeSvgPage('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><g id="graph"/></svg>', sheet, pages[1]!);
    expect(second).not.toContain('id="graph"');
    expect(composeSvgPage('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><g id="graph"/></svg>', sheet, pages[0]!)).toContain('id="graph"');
  });

  it('is one page when everything fits', () => {
    expect(paginateSheet(sheet, sheet.height + 10)).toEqual([{ top: 0, bottom: sheet.height, graph: true }]);
  });
});
