/**
 * The closing chart's talent view: a slope chart in two panels, where researchers studied and where
 * they work, each from the tracker's first edition to its latest (the editions are the data's), on
 * one y scale. Lines in a panel are like measures.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Mark, Scene, Size, Variant } from '../contract';
import { leftAxis } from '../shared/axis';
import { plotFrame, type Frame } from '../shared/frame';
import { stackLabels } from '../shared/labels';
import { dotMark, emphasisClass, layers, pathMark, ruleY, textBlock } from '../shared/markBuilders';
import { wrapText } from '../shared/text';
import { describeState, GEOMETRY, lineClass, PANELS, resolveLines, VIEWS, type ClosingGapsData, type Panel, type ResolvedLine } from './lines';
import type { TalentState } from './state';
import type { Words } from '../../i18n/words';

interface Panels {
  frame: Frame;
  width: number;
  left: (panel: Panel) => number;
  /** The tracker's editions in the state, as dates ("2019-12"), oldest first. */
  editions: string[];
  /** x of an edition in a panel: room left of the first for its values, right of the last for the names. */
  xOf: (panel: Panel, edition: string) => number;
}

function panels(size: Size, variant: Variant, editions: string[]): Panels {
  const g = GEOMETRY[variant];
  const frame = plotFrame(size, { ...g.margins, right: variant === 'wide' ? 24 : 8 });
  const width = (frame.width - g.panelGap) / 2;
  const left = (panel: Panel) => frame.left + PANELS.indexOf(panel) * (width + g.panelGap);
  const xFirst = (panel: Panel) => left(panel) + (variant === 'wide' ? 52 : 40);
  const xLast = (panel: Panel) => left(panel) + width * (variant === 'wide' ? 0.52 : 0.62);
  const share = (edition: string) => (editions.length > 1 ? editions.indexOf(edition) / (editions.length - 1) : 0);
  return { frame, width, left, editions, xOf: (panel, edition) => xFirst(panel) + (xLast(panel) - xFirst(panel)) * share(edition) };
}

export function layoutTalent(data: ClosingGapsData, state: TalentState, size: Size, variant: Variant, words: Words): Scene {
  const lines = resolveLines(data, state, words);
  const p = panels(size, variant, [...new Set(lines.flatMap((line) => line.points.map((point) => point.date)))].sort());
  const y = scaleLinear().domain(VIEWS.talent.domain).range([p.frame.bottom, p.frame.top]);
  const emphasis = (seriesId: string) => emphasisClass(state.highlight, seriesId);
  const marks = { lines: [] as Mark[], dots: [] as Mark[], labels: [] as Mark[] };
  for (const panel of PANELS) {
    const inPanel = lines.filter((line) => line.panel === panel);
    for (const line of inPanel) {
      const muted = emphasis(line.seriesId);
      const at = (point: ResolvedLine['points'][number]) => [p.xOf(panel, point.date), y(point.value)] as const;
      marks.lines.push(pathMark(`talent-${line.key}-run-0`, `${lineClass(line.look)}${muted}`, line.points.map(at)));
      for (const point of line.points) marks.dots.push(dotMark(`talent-${line.key}-${point.date}`, `line-dot country-${line.look.country} is-open${muted}`, ...at(point), GEOMETRY[variant].dot + 0.5));
      // The first edition's value, left of its dot.
      const first = line.points[0]!;
      const [fx, fy] = at(first);
      marks.labels.push({ kind: 'text', key: `talent-${line.key}-first`, className: `line-label${muted}`, x: fx - 8, y: fy + GEOMETRY[variant].fontSize / 3, text: VIEWS.talent.value(first.value, words), anchor: 'end', size: GEOMETRY[variant].fontSize });
    }
    marks.labels.push(...endNames(inPanel, panel, p, y, variant, emphasis, words));
  }
  const title = words.t('closingGaps.title.talent');
  return { size, title, description: describeState(data, state, words), layers: layers({ axes: axes(p, y, variant, words), markers: [], lines: marks.lines, dots: marks.dots, callouts: [], labels: marks.labels }) };
}

function axes(p: Panels, y: ScaleLinear<number, number>, variant: Variant, words: Words): Mark[] {
  const { frame } = p;
  const fontSize = GEOMETRY[variant].fontSize;
  const marks: Mark[] = [...leftAxis(y, frame, { key: 'y-talent', title: words.t(`closingGaps.axis.y.talent.${variant}`), format: (value) => `${words.number(value)}%`, tickValues: VIEWS.talent.ticks, grid: true, fontSize })];
  for (const panel of PANELS) {
    const left = p.left(panel);
    marks.push(ruleY(`x-talent-${panel}-domain`, 'axis-domain', frame.bottom, left, left + p.width));
    for (const edition of p.editions) {
      const x = p.xOf(panel, edition);
      const year = edition.slice(0, 4);
      marks.push({ kind: 'line', key: `x-talent-${panel}-tick-${year}`, className: 'axis-tick', x1: x, y1: frame.bottom, x2: x, y2: frame.bottom + 5 });
      marks.push({ kind: 'text', key: `x-talent-${panel}-label-${year}`, className: 'axis-label', x, y: frame.bottom + 19, text: year, anchor: 'middle', size: fontSize });
    }
    marks.push({ kind: 'text', key: `x-talent-${panel}-title`, className: 'panel-title', x: left + 4, y: frame.top + fontSize, text: words.t(`closingGaps.panel.${panel}.${variant}`), size: fontSize, weight: 'bold' });
  }
  marks.push({ kind: 'text', key: 'x-talent-title', className: 'axis-title', x: frame.left + frame.width / 2, y: frame.bottom + 38, text: words.t(`closingGaps.axis.x.talent.${variant}`), anchor: 'middle', size: fontSize });
  return marks;
}

/** Names and last values right of the latest edition, stacked so they never overlap. */
function endNames(inPanel: ResolvedLine[], panel: Panel, p: Panels, y: ScaleLinear<number, number>, variant: Variant, emphasis: (id: string) => string, words: Words): Mark[] {
  const fontSize = GEOMETRY[variant].fontSize;
  const lineHeight = fontSize + 3;
  const lastY = (line: ResolvedLine) => y(line.points.at(-1)!.value);
  const latest = p.editions.at(-1)!;
  const order = inPanel.filter((line) => line.points.length > 1 || line.points[0]!.date === latest).sort((a, b) => lastY(a) - lastY(b));
  const xLatest = p.xOf(panel, latest);
  const room = p.left(panel) + p.width - xLatest - 10;
  const blocks = order.map((line) => [...wrapText(line.label, room, fontSize), VIEWS.talent.value(line.points.at(-1)!.value, words)]);
  const tops = stackLabels(
    order.map((line, index) => lastY(line) + fontSize / 3 - ((blocks[index]!.length - 1) * lineHeight) / 2),
    blocks.map((block) => block.length * lineHeight + 2),
    { top: p.frame.top + fontSize + lineHeight, bottom: p.frame.bottom },
  );
  return order.flatMap((line, index) => {
    const className = `line-label${line.look.country ? ` label-${line.look.country}` : ''}${emphasis(line.seriesId)}`;
    return textBlock(blocks[index]!, { key: `talent-${line.key}-name`, className, x: xLatest + 8, y: tops[index]!, lineHeight, size: fontSize, weight: (i, n) => (i === n - 1 ? 'bold' : 'normal') });
  });
}
