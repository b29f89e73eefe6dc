import { describe, expect, it } from 'vitest';
import { source } from '../../test-fixtures.ts';
import { composeSvg, escapeXml, svgSize } from './compose-svg.ts';
import { layoutSheet, wrapText } from './sheet-layout.ts';

describe('export sheet', () => {
  const graphSvg = '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><g/></svg>';

  it('reads the graph SVG size', () => {
    expect(svgSize(graphSvg)).toEqual({ width: 400, height: 300 });
  });

  it('composes the graph with the legend and the numbered sources, escaped', () => {
    const sheet = layoutSheet({
      title: 'Diagram',
      caption: 'Who funds whom — кто кого финансирует',
      dateLine: 'Exported 2026-12-01',
      filterNote: 'Filters: retracted relationships left out.',
      kinds: new Set(['ORGANIZATION']),
      restricted: false,
      edgeStyles: new Set(['CONTESTED']),
      graphWidth: 400,
      graphHeight: 300,
      sources: [{ n: 1, source: source('s', { title: 'A & B <report>' }) }],
    });
    const svg = composeSvg(graphSvg, sheet, 2);
    expect(svg).toContain('Organization');
    expect(svg).toContain('Contested');
    expect(svg).toContain('кто кого финансирует');
    expect(svg).toContain('Exported 2026-12-01');
    expect(svg).toContain('Filters: retracted relationships left out.');
    // The legend shows exactly what is drawn.
    expect(svg).not.toContain('>Person<');
    expect(svg).not.toContain('>Confirmed<');
    expect(svg).not.toContain('Restricted (person at risk)');
    expect(svg).toContain('[1] A &amp; B &lt;report&gt;.');
    expect(svg).toMatch(/<svg x="[\d.]+" y="[\d.]+" xmlns/);
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    expect(svg).toContain(`width="${sheet.width * 2}"`);
  });

  it('wraps long lines on word boundaries', () => {
    expect(wrapText('aaa bbb ccc ddd', 7)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(escapeXml(`"'`)).toBe('&quot;&apos;');
  });
});
