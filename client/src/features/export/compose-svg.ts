// Wraps the graph SVG from cytoscape-svg in a larger SVG that adds the sheet's title, legend and sources as text.
import { SHEET_FONT, pageMarks, type Mark, type Sheet, type SheetPage } from './sheet-layout.ts';

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Width and height attributes of an SVG document's root element. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const num = (attr: string) => Number(new RegExp(`\\b${attr}="([\\d.]+)`).exec(root)?.[1] ?? 0);
  return { width: num('width'), height: num('height') };
}

function markToSvg(m: Sheet['marks'][number]): string {
  switch (m.t) {
    case 'text':
      return `<text x="${m.x}" y="${m.y}" font-size="${m.size}"${m.bold ? ' font-weight="bold"' : ''} fill="${m.color}">${escapeXml(m.text)}</text>`;
    case 'icon': {
      const stroke = m.stroke ? ` stroke="${m.stroke}" stroke-width="${m.strokeWidth}"` : '';
      return `<path transform="translate(${m.x} ${m.y}) scale(${m.size / 24})" d="${m.d}" fill="${m.fill}"${stroke}/>`;
    }
    case 'line': {
      const dash = m.dash.length > 0 ? ` stroke-dasharray="${m.dash.join(' ')}"` : '';
      return `<line x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}" stroke="${m.color}" stroke-width="${m.width}" opacity="${m.opacity}"${dash}/>`;
    }
  }
}

/** An SVG document of the given size (in sheet units) holding the marks and, when given, the nested graph SVG. */
function svgDocument(width: number, height: number, scale: number, marks: readonly Mark[], graph: string | null): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}" font-family='${SHEET_FONT}'>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...marks.map(markToSvg),
    ...(graph === null ? [] : [graph]),
    `</svg>`,
  ].join('\n');
}

/** The graph SVG from Cytoscape as an element nested in the sheet at its place. */
function nestedGraph(graphSvg: string, sheet: Sheet): string {
  return graphSvg
    .replace(/<\?xml[^>]*\?>/i, '')
    .replace(/<!DOCTYPE[^>]*>/i, '')
    .trim()
    .replace(/^<svg\b/i, `<svg x="${sheet.graph.x}" y="${sheet.graph.y}"`);
}

export function composeSvg(graphSvg: string, sheet: Sheet, scale: number): string {
  return svgDocument(sheet.width, sheet.height, scale, sheet.marks, nestedGraph(graphSvg, sheet));
}

/** One page of the sheet (see paginateSheet) as its own SVG document, for a PDF page. */
export function composeSvgPage(graphSvg: string, sheet: Sheet, page: SheetPage): string {
  return svgDocument(sheet.width, page.bottom - page.top, 1, pageMarks(sheet, page), page.graph ? nestedGraph(graphSvg, sheet) : null);
}
