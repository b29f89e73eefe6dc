// The sheet as PDF pages (A4 or Letter): the same SVG the SVG export writes, drawn as vector paths and real text by
// svg2pdf.js into jsPDF, so lines stay sharp at any zoom and every word can be selected and searched. The text is set
// in DejaVu Sans, embedded in the file, because PDF's built-in fonts have no Cyrillic or Kazakh letters. Both
// libraries and the font load only when a PDF is asked for, from this server.
import boldFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularFontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { composeSvgPage } from './compose-svg.ts';
import { paginateSheet, type Sheet } from './sheet-layout.ts';

export type Paper = 'a4' | 'letter';
export const PDF_FONT = 'DejaVuSans';
/** Page margin in PDF points. */
const MARGIN = 28;

async function base64Of(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Every piece of text in the sheet is set in the embedded font. */
function withPdfFont(svgText: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement as unknown as SVGSVGElement;
  root.setAttribute('font-family', PDF_FONT);
  doc.querySelectorAll('[font-family]').forEach((el) => el.setAttribute('font-family', PDF_FONT));
  return root;
}

/**
 * The sheet on as many pages as it needs. The diagram with its title and legend is scaled to fit the first page;
 * a list of notes and sources too long for it flows onto further pages at the same scale, broken between lines,
 * rather than shrinking the whole sheet until the text cannot be read.
 */
export async function composePdf(graphSvg: string, sheet: Sheet, paper: Paper, title: string): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }, regular, bold] = await Promise.all([import('jspdf'), import('svg2pdf.js'), base64Of(regularFontUrl), base64Of(boldFontUrl)]);
  const pdf = new jsPDF({ unit: 'pt', format: paper, orientation: sheet.width > sheet.listsTop ? 'landscape' : 'portrait', compress: true });
  pdf.addFileToVFS('DejaVuSans.ttf', regular);
  pdf.addFont('DejaVuSans.ttf', PDF_FONT, 'normal');
  pdf.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  pdf.addFont('DejaVuSans-Bold.ttf', PDF_FONT, 'bold');
  pdf.setFont(PDF_FONT, 'normal');
  pdf.setProperties({ title, creator: 'Actornet' });
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const scale = Math.min((pageWidth - 2 * MARGIN) / sheet.width, (pageHeight - 2 * MARGIN) / sheet.listsTop);
  const width = sheet.width * scale;
  const pages = paginateSheet(sheet, (pageHeight - 2 * MARGIN) / scale);
  // svg2pdf reads computed styles, so each page's SVG is laid out off screen while it is drawn.
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
  document.body.append(host);
  try {
    for (const [i, page] of pages.entries()) {
      if (i > 0) pdf.addPage(paper, pdf.internal.pageSize.getWidth() > pdf.internal.pageSize.getHeight() ? 'landscape' : 'portrait');
      const svg = withPdfFont(composeSvgPage(graphSvg, sheet, page));
      host.replaceChildren(svg);
      await svg2pdf(svg, pdf, { x: (pageWidth - width) / 2, y: MARGIN, width, height: (page.bottom - page.top) * scale });
    }
  } finally {
    host.remove();
  }
  return pdf.output('blob');
}
