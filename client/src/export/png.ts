import { downloadBlob } from './download';

export interface PngOptions {
  fileName: string;
  title: string;
  /** A line under the title: the filters the chart shows. */
  subtitle?: string;
  /** Drawn under the chart: recharts renders its legend as HTML, outside the SVG. */
  legend?: readonly { label: string; color: string }[];
}

const SCALE = 2;
const PADDING = 24;
const TITLE_FONT = '600 18px system-ui, sans-serif';
const TEXT_FONT = '13px system-ui, sans-serif';
const STYLE_PROPERTIES = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'font-size', 'font-family', 'font-weight'];

/** A standalone copy of a chart's SVG: computed styles inlined, since CSS does not travel with it. */
function standaloneSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const sources = svg.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((node, index) => {
    const computed = getComputedStyle(sources[index]);
    const style = STYLE_PROPERTIES.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    node.setAttribute('style', `${style};${node.getAttribute('style') ?? ''}`);
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

function loadImage(markup: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

/** Draws the chart in `container` (its largest SVG) with a title and legend onto a canvas and downloads it as PNG. */
export async function exportChartPng(container: HTMLElement, options: PngOptions): Promise<void> {
  const svgs = [...container.querySelectorAll('svg')].filter((svg) => svg.getBoundingClientRect().width > 100);
  const svg = svgs.sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0];
  if (!svg) throw new Error('There is no chart to export yet.');
  const { markup, width, height } = standaloneSvg(svg as SVGSVGElement);
  const image = await loadImage(markup);

  const header = options.subtitle ? 52 : 32;
  const legendHeight = options.legend?.length ? 28 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = (width + PADDING * 2) * SCALE;
  canvas.height = (height + header + legendHeight + PADDING * 2) * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.scale(SCALE, SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#15212e';
  context.font = TITLE_FONT;
  context.fillText(options.title, PADDING, PADDING + 14);
  if (options.subtitle) {
    context.font = TEXT_FONT;
    context.fillStyle = '#4f5d6d';
    context.fillText(options.subtitle, PADDING, PADDING + 36);
  }
  context.drawImage(image, PADDING, PADDING + header, width, height);
  let x = PADDING;
  const y = PADDING + header + height + 18;
  context.font = TEXT_FONT;
  for (const item of options.legend ?? []) {
    context.fillStyle = item.color;
    context.fillRect(x, y - 9, 10, 10);
    context.fillStyle = '#15212e';
    context.fillText(item.label, x + 14, y);
    x += context.measureText(item.label).width + 32;
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The image could not be created.');
  downloadBlob(blob, `${options.fileName}.png`);
}
