import { describe, expect, it } from 'vitest';
import { edge, entity, sheetInput } from '../../test-fixtures.ts';
import { numberNotes } from '../maps/map-notes.ts';
import { composeSvg } from './compose-svg.ts';
import { layoutSheet } from './sheet-layout.ts';
import { sheetNotes } from './sheet-notes.ts';

const TYPES = new Map([['FUNDED', 'funded']]);

describe('map notes on a sheet', () => {
  const view = {
    nodes: [entity('org-a', { name: 'Союз матерей' }), entity('org-b', { name: 'Beta' }), entity('person-r', { name: '[restricted]', redacted: true, kind: 'PERSON' })],
    edges: [edge('e1', 'org-a', 'org-b', { type: 'FUNDED' })],
  };
  const notes = [
    { text: 'Compiled from the report', target: 'MAP' as const, targetId: null },
    { text: 'Registered 2019', target: 'ENTITY' as const, targetId: 'org-a' },
    { text: 'Not drawn', target: 'ENTITY' as const, targetId: 'org-gone' },
    { text: 'Paid twice', target: 'EDGE' as const, targetId: 'e1' },
    { text: '[restricted]', target: 'ENTITY' as const, targetId: 'person-r' },
    { text: 'Also noted', target: 'ENTITY' as const, targetId: 'org-a' },
  ];

  it('numbers every note by its place on the map, and leaves out notes on what is not drawn', () => {
    expect(numberNotes(notes, new Set(['org-a', 'e1', 'person-r'])).map((n) => n.number)).toEqual([1, 2, 4, 5, 6]);
    expect(numberNotes(notes, null).map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('lists each note with what it is pinned to and puts its number on that label', () => {
    const labels = new Map([
      ['person-r', '[restricted]'],
      ['e1', 'funded [1]'],
    ]);
    const out = sheetNotes(notes, view, labels, TYPES);
    expect(out.labels.get('org-a')).toBe('Союз матерей · notes 2, 6');
    expect(out.labels.get('e1')).toBe('funded [1] · note 4');
    expect(out.labels.get('person-r')).toBe('[restricted] · note 5');
    expect(out.labels.has('org-b')).toBe(false);
    expect(out.notes).toEqual([
      { number: 1, on: 'On the map', text: 'Compiled from the report' },
      { number: 2, on: 'Союз матерей', text: 'Registered 2019' },
      { number: 4, on: 'Союз матерей – funded – Beta', text: 'Paid twice' },
      { number: 5, on: '[restricted]', text: '[restricted]' },
      { number: 6, on: 'Союз матерей', text: 'Also noted' },
    ]);

    const sheet = layoutSheet(sheetInput({ notes: out.notes }));
    const svg = composeSvg('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"></svg>', sheet, 1);
    expect(svg).toContain('Notes (numbers as on the diagram’s labels)');
    expect(svg).toContain('>4. Союз матерей – funded – Beta: Paid twice<');
    // The notes come before the sources, below the legend.
    expect(svg.indexOf('Notes (numbers')).toBeLessThan(svg.indexOf('No sources cited'));
    expect(svg.indexOf('Legend')).toBeLessThan(svg.indexOf('Notes (numbers'));
  });
});
