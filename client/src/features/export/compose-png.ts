// Draws the export sheet on a canvas: the graph PNG from Cytoscape plus the same legend and sources as the SVG.
import { SHEET_FONT, type Sheet } from './sheet-layout.ts';

export async function composePng(image: ImageBitmap, sheet: Sheet, scale: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(sheet.width * scale);
  canvas.height = Math.ceil(sheet.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, sheet.width, sheet.height);
  ctx.drawImage(image, sheet.graph.x, sheet.graph.y, sheet.graph.width, sheet.graph.height);
  for (const m of sheet.marks) {
    ctx.save();
    if (m.t === 'text') {
      ctx.font = `${m.bold ? 'bold ' : ''}${m.size}px ${SHEET_FONT}`;
      ctx.fillStyle = m.color;
      ctx.fillText(m.text, m.x, m.y);
    } else if (m.t === 'icon') {
      ctx.translate(m.x, m.y);
      ctx.scale(m.size / 24, m.size / 24);
      const path = new Path2D(m.d);
      ctx.fillStyle = m.fill;
      ctx.fill(path);
      if (m.stroke) {
        ctx.strokeStyle = m.stroke;
        ctx.lineWidth = m.strokeWidth;
        ctx.stroke(path);
      }
    } else {
      ctx.globalAlpha = m.opacity;
      ctx.strokeStyle = m.color;
      ctx.lineWidth = m.width;
      ctx.setLineDash(m.dash);
      ctx.beginPath();
      ctx.moveTo(m.x1, m.y1);
      ctx.lineTo(m.x2, m.y2);
      ctx.stroke();
    }
    ctx.restore();
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded'))), 'image/png'),
  );
}
