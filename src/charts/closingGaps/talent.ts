/**
 * The closing chart's talent view: a slope chart in two panels, where researchers studied and where
 * they work, each with the tracker's 2019 and 2022 editions, on one y scale. Lines in a panel are
 * like measures.
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
  /** x of an edition in a panel: room left of the first for its values, right of the second for the names. */
  x2019: (panel: Panel) => number;
  x2022: (panel: Panel) => number;
  xOf: (panel: Panel, date: string) => number;
}

function panels(size: Size, variant: Variant): Panels {
  const g = GEOMETRY[variant];
  const frame = plotFrame(size, { ...g.margins, right: variant === 'wide' ? 24 : 8 });
  const width = (frame.width - g.panelGap) / 2;
  const left = (panel: Panel) => frame.left + PANELS.indexOf(panel) * (width + g.panelGap);
  const x2019 = (panel: Panel) => left(panel) + (variant === 'wide' ? 52 : 40);
  const x2022 = (panel: Panel) => left(panel) + width * (variant === 'wide' ? 0.52 : 0.62);
  return { frame, width, left, x2019, x2022, xOf: (panel, date) => (date.startsWith('2019') ? x2019(panel) : x2022(panel)) };
}

export function layoutTalent(data: ClosingGapsData, state: TalentState, size: Size, variant: Variant, words: Words): Scene {
  const p = panels(size, variant);
  const y = scaleLinear().domain(VIEWS.talent.domain).range([p.frame.bottom, p.frame.top]);
  const lines = resolveLines(data, state, words);
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
    for (const [edition, x] of [['2019', p.x2019(panel)], ['2022', p.x2022(panel)]] as const) {
      marks.push({ kind: 'line', key: `x-talent-${panel}-tick-${edition}`, className: 'axis-tick', x1: x, y1: frame.bottom, x2: x, y2: frame.bottom + 5 });
      marks.push({ kind: 'text', key: `x-talent-${panel}-label-${edition}`, className: 'axis-label', x, y: frame.bottom + 19, text: edition, anchor: 'middle', size: fontSize });
    }
    marks.push({ kind: 'text', key: `x-talent-${panel}-title`, className: 'panel-title', x: left + 4, y: frame.top + fontSize, text: words.t(`closingGaps.panel.${panel}.${variant}`), size: fontSize, weight: 'bold' });
  }
  marks.push({ kind: 'text', key: 'x-talent-title', className: 'axis-title', x: frame.left + frame.width / 2, y: frame.bottom + 38, text: words.t(`closingGaps.axis.x.talent.${variant}`), anchor: 'middle', size: fontSize });
  return marks;
}

/** Names and last values right of the second edition, stacked so they never overlap. */
function endNames(inPanel: ResolvedLine[], panel: Panel, p: Panels, y: ScaleLinear<number, number>, variant: Variant, emphasis: (id: string) => string, words: Words): Mark[] {
  const fontSize = GEOMETRY[variant].fontSize;
  const lineHeight = fontSize + 3;
  const lastY = (line: ResolvedLine) => y(line.points.at(-1)!.value);
  const order = inPanel.filter((line) => line.points.length > 1 || line.points[0]!.date.startsWith('2022')).sort((a, b) => lastY(a) - lastY(b));
  const room = p.left(panel) + p.width - p.x2022(panel) - 10;
  const blocks = order.map((line) => [...wrapText(line.label, room, fontSize), VIEWS.talent.value(line.points.at(-1)!.value, words)]);
  const tops = stackLabels(
    order.map((line, index) => lastY(line) + fontSize / 3 - ((blocks[index]!.length - 1) * lineHeight) / 2),
    blocks.map((block) => block.length * lineHeight + 2),
    { top: p.frame.top + fontSize + lineHeight, bottom: p.frame.bottom },
  );
  return order.flatMap((line, index) => {
    const className = `line-label${line.look.country ? ` label-${line.look.country}` : ''}${emphasis(line.seriesId)}`;
    return textBlock(blocks[index]!, { key: `talent-${line.key}-name`, className, x: p.x2022(panel) + 8, y: tops[index]!, lineHeight, size: fontSize, weight: (i, n) => (i === n - 1 ? 'bold' : 'normal') });
  });
}
