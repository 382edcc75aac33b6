/**
 * Where top-tier AI researchers studied and where they work, as a flow (Sankey) diagram built from
 * MacroPolo's Global AI Talent Tracker. The two ends (shares by country of undergraduate degree,
 * shares by country of work) are published for each edition; the flows between them mostly are not.
 * So the columns are drawn at their published sizes and only the flows a source publishes are
 * drawn between them: the rest of each node stays empty, and the chart says so. No flow is
 * inferred from the two ends.
 *
 * d3-sankey builds the graph and places the links on their nodes; the nodes themselves are placed
 * here, in fixed columns on one scale shared by every state (100% of researchers is the same height
 * in 2019 and 2022), so a step that changes edition visibly grows or shrinks each country.
 *
 * Encodings: country = colour and always a text label (country-us, country-cn, country-other); a
 * node computed as a remainder ("Other") has a dashed outline; flows are coloured by where they lead.
 */
import { sankey, type SankeyGraph } from 'd3-sankey';
import type { CategorySeries, FlowSeries, Series } from '../../data/schema';
import type { Mark, Scene, Size, Variant } from '../contract';
import type { Words } from '../../i18n/words';
import { stackLabels } from '../shared/labels';
import { layers, textBlock } from '../shared/markBuilders';
import { shortName, slug, wrapText } from '../shared/text';
import type { TalentSankeyState } from './state';

export interface TalentSankeyData {
  /** The tracker's series this chart may draw, by id (category series for columns, flow series). */
  series: Map<string, Series>;
}

type Column = 'origin' | 'grad' | 'work';

interface NodeSpec {
  id: string;
  column: Column;
  /** What the node stands for: a country or region, or a group's name. */
  name: string;
  value: number;
  /** A remainder computed as 100 minus the published shares (or several small ones merged). */
  computed: boolean;
  /** A remainder's kind, which names it ("Other" countries, a share "Not stated"). */
  remainder?: 'other' | 'notStated';
}

interface FlowSpec {
  seriesId: string;
  from: string;
  to: string;
  /** The published value: a share (%) of the "from" node, or a count in a cohort. */
  published: number;
  /** Height in the diagram's units (share of all researchers, or of the cohort). */
  value: number;
  unit: Series['unit'];
}

type GraphNode = NodeSpec & { fixedValue: number };
type GraphLink = { source: string; target: string; value: number; flow: FlowSpec };

const GEOMETRY = {
  wide: { top: 50, bottom: 44, nodeWidth: 14, padding: 8, maxNodes: 10, labelGap: 6, originX: 176, workX: 450, gradX: 313, fontSize: 13, cohortOriginX: 176, cohortWorkX: 380 },
  // A followed group sits further left on a phone, so its (wrapped) destinations fit on the right.
  narrow: { top: 44, bottom: 40, nodeWidth: 12, padding: 6, maxNodes: 6, labelGap: 5, originX: 98, workX: 210, gradX: 154, fontSize: 12, cohortOriginX: 100, cohortWorkX: 172 },
} as const;

/** On a phone, shares below this are merged into "Other", so every remaining label fits. */
const NARROW_MERGE_BELOW = 5;

const FLOW_END = /^(Undergraduate degree|Works|Graduate school) in (?:the )?(.+)$/;
const END_COLUMN: Record<string, Column> = { 'Undergraduate degree': 'origin', Works: 'work', 'Graduate school': 'grad' };

/** "Undergraduate degree in China" -> origin column, "China". */
export function parseFlowEnd(name: string): { column: Column; name: string } | undefined {
  const match = FLOW_END.exec(name);
  if (!match) return undefined;
  return { column: END_COLUMN[match[1]!]!, name: match[2]! };
}

export function countryClass(name: string): string {
  // A group of Chinese researchers ("Chinese graduate of a US graduate programme") is China's.
  if (/\bChina\b|\bChinese\b/.test(name)) return 'country-cn';
  if (/\bUnited States\b|^US\b|\bthe US\b/.test(name)) return 'country-us';
  return 'country-other';
}

function editionOf(series: Series): string {
  return series.asOf.slice(0, 4);
}

function getSeries<K extends Series['kind']>(data: TalentSankeyData, id: string, kind: K, role: string): Extract<Series, { kind: K }> {
  const series = data.series.get(id);
  if (!series) throw new Error(`talentSankey: "${id}" is not a talent-tracker series in the dataset (${role})`);
  if (series.kind !== kind) throw new Error(`talentSankey: "${id}" is a ${series.kind} series; the ${role} needs a ${kind} series`);
  return series as Extract<Series, { kind: K }>;
}

/** A column's nodes: the published shares in the series' order, then the remainder as "Other". */
function columnNodes(series: CategorySeries, column: Column, variant: Variant, { t }: Words): NodeSpec[] {
  const nodes: NodeSpec[] = [];
  let merged = 0;
  for (const point of series.points) {
    if (variant === 'narrow' && point.value < NARROW_MERGE_BELOW) {
      merged += point.value;
      continue;
    }
    nodes.push({ id: `${column}-${slug(point.category)}`, column, name: point.category, value: point.value, computed: false });
  }
  const published = series.points.reduce((sum, point) => sum + point.value, 0);
  const rest = Math.max(0, 100 - published) + merged;
  if (rest > 0.01) nodes.push({ id: `${column}-other`, column, name: t('talentSankey.node.other'), value: Math.round(rest * 10) / 10, computed: true, remainder: 'other' });
  return nodes;
}

interface Resolved {
  mode: 'ends' | 'cohort';
  nodes: NodeSpec[];
  flows: FlowSpec[];
  headers: Partial<Record<Column, string>>;
  /** Total the column heights are scaled to (100 for shares; the group's size for a cohort). */
  total: number;
  cohort?: FlowSeries;
  origin?: CategorySeries;
  work?: CategorySeries;
}

function resolveEnds(data: TalentSankeyData, state: TalentSankeyState, variant: Variant, words: Words): Resolved {
  const { t } = words;
  const origin = getSeries(data, state.origin!, 'category', 'origin column');
  const work = state.work ? getSeries(data, state.work, 'category', 'work column') : undefined;
  if (work && editionOf(work) !== editionOf(origin)) {
    throw new Error(`talentSankey: origin "${origin.id}" (${editionOf(origin)}) and work "${work.id}" (${editionOf(work)}) are from different editions`);
  }
  const nodes = [...columnNodes(origin, 'origin', variant, words), ...(work ? columnNodes(work, 'work', variant, words) : [])];
  const flows: FlowSpec[] = [];
  for (const id of state.flows) {
    const series = getSeries(data, id, 'flow', 'flows');
    if (editionOf(series) !== editionOf(origin)) throw new Error(`talentSankey: flow "${id}" is from ${editionOf(series)}, the columns from ${editionOf(origin)}`);
    for (const point of series.points) {
      const from = parseFlowEnd(point.from);
      const to = parseFlowEnd(point.to);
      if (!from || from.column !== 'origin' || !to || to.column === 'origin') {
        throw new Error(`talentSankey: flow "${id}" (${point.from} -> ${point.to}) does not run from an undergraduate country to a graduate school or workplace`);
      }
      const fromNode = nodes.find((node) => node.column === 'origin' && node.name === from.name);
      if (!fromNode) throw new Error(`talentSankey: flow "${id}" leaves "${from.name}", which the origin column does not show`);
      const toId = `${to.column}-${slug(to.name)}`;
      if (to.column === 'work') {
        if (!work) throw new Error(`talentSankey: flow "${id}" needs the work column`);
        if (!nodes.some((node) => node.id === toId)) throw new Error(`talentSankey: flow "${id}" reaches "${to.name}", which the work column does not show`);
      } else if (!nodes.some((node) => node.id === toId)) {
        // Graduate-school nodes exist only through the flows that reach them.
        nodes.push({ id: toId, column: 'grad', name: to.name, value: 0, computed: true });
      }
      const value = (fromNode.value * point.value) / 100;
      if (to.column === 'grad') nodes.find((node) => node.id === toId)!.value += value;
      flows.push({ seriesId: id, from: fromNode.id, to: toId, published: point.value, value, unit: series.unit });
    }
  }
  const headers: Partial<Record<Column, string>> = {
    origin: t(`talentSankey.header.origin.${variant}`, { edition: editionOf(origin) }),
  };
  if (work) headers.work = t(`talentSankey.header.work.${variant}`, { edition: editionOf(work) });
  if (nodes.some((node) => node.column === 'grad')) headers.grad = t(`talentSankey.header.grad.${variant}`);
  return { mode: 'ends', nodes, flows, headers, total: 100, origin, ...(work ? { work } : {}) };
}

function resolveCohort(data: TalentSankeyData, state: TalentSankeyState, variant: Variant, { t }: Words): Resolved {
  const series = getSeries(data, state.cohort!, 'flow', 'cohort');
  const froms = [...new Set(series.points.map((point) => point.from))];
  if (froms.length !== 1) throw new Error(`talentSankey: cohort "${series.id}" must leave one group; it leaves ${froms.join(', ')}`);
  const sum = series.points.reduce((total, point) => total + point.value, 0);
  const total = series.unit === 'percent' ? 100 : sum;
  const nodes: NodeSpec[] = [{ id: `cohort-from`, column: 'origin', name: froms[0]!, value: total, computed: false }];
  const flows: FlowSpec[] = [];
  for (const point of series.points) {
    const id = `cohort-${slug(point.to)}`;
    nodes.push({ id, column: 'work', name: point.to, value: point.value, computed: false });
    flows.push({ seriesId: series.id, from: 'cohort-from', to: id, published: point.value, value: point.value, unit: series.unit });
  }
  if (series.unit === 'percent' && sum < 100) nodes.push({ id: 'cohort-not-stated', column: 'work', name: t('talentSankey.node.notStated'), value: Math.round((100 - sum) * 10) / 10, computed: true, remainder: 'notStated' });
  const headers = {
    origin: t(`talentSankey.header.group.${variant}`),
    work: t('talentSankey.header.asOf', { year: series.asOf.slice(0, 4) }),
  };
  return { mode: 'cohort', nodes, flows, headers, total, cohort: series };
}

export function resolveState(data: TalentSankeyData, state: TalentSankeyState, variant: Variant, words: Words): Resolved {
  return state.cohort ? resolveCohort(data, state, variant, words) : resolveEnds(data, state, variant, words);
}

function formatValue(words: Words, value: number, unit: Series['unit']): string {
  return unit === 'percent' ? words.t('charts.percent', { value: words.number(value) }) : words.number(value);
}

/** A count of people, or a share (a share needs no unit beyond its sign). */
function amount(words: Words, value: number, unit: Series['unit']): string {
  return unit === 'percent' ? formatValue(words, value, unit) : words.t('talentSankey.people', { count: formatValue(words, value, unit) });
}

/** The name of the group the published flows leave (the origin column's node they start from). */
function flowOrigin(resolved: Resolved): string {
  return resolved.nodes.find((node) => node.id === resolved.flows[0]!.from)!.name;
}

export function describeState(data: TalentSankeyData, state: TalentSankeyState, variant: Variant, words: Words): string {
  const { t } = words;
  const resolved = resolveState(data, state, variant, words);
  const nodeText = (column: Column) =>
    words.list(
      resolved.nodes
        .filter((node) => node.column === column)
        .map((node) => {
          const values = { name: node.name, value: formatValue(words, node.value, resolved.cohort?.unit ?? 'percent') };
          return node.computed && node.remainder === 'other' ? t('talentSankey.describe.nodeRest', values) : t('talentSankey.node.label', values);
        }),
      'items',
    );
  const byId = new Map(resolved.nodes.map((node) => [node.id, node]));
  if (resolved.mode === 'cohort') {
    const series = resolved.cohort!;
    const flows = words.list(
      resolved.flows.map((flow) => t('talentSankey.describe.cohortFlow', { name: byId.get(flow.to)!.name, value: formatValue(words, flow.published, flow.unit) })),
      'clauses',
    );
    return t('talentSankey.describe.cohort', { label: series.label, group: resolved.nodes[0]!.name, total: amount(words, resolved.total, series.unit), flows });
  }
  const parts = [t('talentSankey.describe.origin', { edition: editionOf(resolved.origin!), nodes: nodeText('origin') })];
  if (resolved.work) parts.push(t('talentSankey.describe.work', { nodes: nodeText('work') }));
  if (resolved.flows.length) {
    const flows = resolved.flows.map((flow) =>
      t(flow.to.startsWith('grad') ? 'talentSankey.describe.flowToGrad' : 'talentSankey.describe.flowTo', { value: formatValue(words, flow.published, flow.unit), name: byId.get(flow.to)!.name }),
    );
    parts.push(t('talentSankey.describe.flows', { origin: flowOrigin(resolved), flows: words.list(flows, 'items') }));
  } else if (resolved.work) {
    parts.push(t('talentSankey.describe.noFlows'));
  }
  return parts.join(' ');
}

/** Vertical placement of one column's nodes, top-down in order, on the shared scale. */
function stack(nodes: GraphNode[], top: number, ky: number, padding: number): void {
  let y = top;
  for (const node of nodes) {
    (node as GraphNode & { y0: number; y1: number }).y0 = y;
    (node as GraphNode & { y0: number; y1: number }).y1 = y + node.value * ky;
    y += node.value * ky + padding;
  }
}

/** A filled ribbon between two vertical edges: smooth, the width of the link at both ends. */
function ribbon(x0: number, y0: number, x1: number, y1: number, width: number): string {
  const xm = (x0 + x1) / 2;
  const h = width / 2;
  const r = (value: number) => Math.round(value * 10) / 10;
  return (
    `M${r(x0)},${r(y0 - h)}C${r(xm)},${r(y0 - h)} ${r(xm)},${r(y1 - h)} ${r(x1)},${r(y1 - h)}` +
    `L${r(x1)},${r(y1 + h)}C${r(xm)},${r(y1 + h)} ${r(xm)},${r(y0 + h)} ${r(x0)},${r(y0 + h)}Z`
  );
}

interface Placed {
  resolved: Resolved;
  graph: SankeyGraph<GraphNode, GraphLink>;
  columnX: Record<Column, number>;
  inColumn: (column: Column) => PlacedNode[];
  prefix: string;
  unit: Series['unit'];
  words: Words;
  emphasis: (name: string) => string;
}
type PlacedNode = GraphNode & { x0: number; x1: number; y0: number; y1: number };

/**
 * d3-sankey builds the graph (which link leaves and enters which node) and, once the nodes are
 * placed in their fixed columns on the shared scale, stacks each node's links along its edge.
 */
function placeGraph(resolved: Resolved, state: TalentSankeyState, size: Size, variant: Variant, words: Words): Placed {
  const g = GEOMETRY[variant];
  const innerHeight = size.height - g.top - g.bottom;
  // One scale for every state: 100% of researchers fills the column with its most nodes.
  const ky = (innerHeight - (g.maxNodes - 1) * g.padding) / 100;
  const cohort = resolved.mode === 'cohort';
  const scale = cohort ? (ky * 100) / resolved.total : ky;
  const columnX: Record<Column, number> = { origin: cohort ? g.cohortOriginX : g.originX, grad: g.gradX, work: cohort ? g.cohortWorkX : g.workX };
  const graph: SankeyGraph<GraphNode, GraphLink> = {
    nodes: resolved.nodes.map((node) => ({ ...node, fixedValue: node.value })),
    links: resolved.flows.map((flow) => ({ source: flow.from, target: flow.to, value: flow.value, flow })),
  };
  const generator = sankey<GraphNode, GraphLink>()
    .nodeId((node) => node.id)
    .nodeWidth(g.nodeWidth)
    .nodePadding(g.padding)
    .extent([
      [0, g.top],
      [size.width, size.height - g.bottom],
    ]);
  generator(graph);
  for (const node of graph.nodes) {
    node.x0 = columnX[node.column];
    node.x1 = node.x0 + g.nodeWidth;
  }
  const inColumn = (column: Column) => graph.nodes.filter((node) => node.column === column) as PlacedNode[];
  stack(inColumn('origin'), g.top, scale, g.padding);
  stack(inColumn('work'), g.top, scale, g.padding);
  // Graduate-school nodes line up with the node their flows leave.
  const grad = inColumn('grad');
  if (grad.length) {
    const source = graph.links.find((link) => typeof link.target === 'object' && (link.target as GraphNode).column === 'grad')?.source as PlacedNode | undefined;
    stack(grad, source?.y0 ?? g.top, scale, g.padding);
  }
  for (const link of graph.links) link.width = link.value * scale;
  for (const node of graph.nodes) node.sourceLinks?.sort((a, b) => ((a.target as PlacedNode).y0 ?? 0) - ((b.target as PlacedNode).y0 ?? 0));
  generator.update(graph);
  const highlight = state.highlight;
  return {
    resolved,
    graph,
    columnX,
    inColumn,
    prefix: cohort ? `cohort-${resolved.cohort!.id}` : 'node',
    unit: resolved.cohort?.unit ?? 'percent',
    words,
    emphasis: (name) => (highlight.length === 0 ? '' : highlight.some((wanted) => name === wanted || name.includes(wanted)) ? ' is-highlighted' : ' is-muted'),
  };
}

export function layoutTalentSankey(data: TalentSankeyData, state: TalentSankeyState, size: Size, variant: Variant, words: Words): Scene {
  const p = placeGraph(resolveState(data, state, variant, words), state, size, variant, words);
  const flows = flowMarks(p, variant);
  return {
    size,
    title: p.resolved.mode === 'cohort' ? p.resolved.cohort!.label : words.t('talentSankey.title'),
    description: describeState(data, state, variant, words),
    layers: layers({
      headers: headerMarks(p, variant),
      flows: flows.filter((mark) => mark.kind === 'path'),
      nodes: nodeMarks(p, variant),
      labels: [...labelMarks(p, size, variant), ...flows.filter((mark) => mark.kind === 'text')],
      notes: noteMarks(p.resolved, size, variant, words),
    }),
  };
}

function nodeMarks({ graph, prefix, emphasis }: Placed, variant: Variant): Mark[] {
  return (graph.nodes as PlacedNode[]).map((node) => ({
    kind: 'rect',
    key: `${prefix}-${node.id}`,
    className: `sankey-node ${countryClass(node.name)}${node.computed && node.column !== 'grad' ? ' is-computed' : ''}${emphasis(node.name)}`,
    x: node.x0,
    y: node.y0,
    width: GEOMETRY[variant].nodeWidth,
    height: Math.max(1, node.y1 - node.y0),
  }));
}

/** Labels: left column to the left of its nodes (right-aligned), others to the right. */
function labelMarks(p: Placed, size: Size, variant: Variant): Mark[] {
  const cohort = p.resolved.mode === 'cohort';
  return (['origin', 'grad', 'work'] as Column[]).flatMap((column) => {
    const nodes = p.inColumn(column);
    if (!nodes.length) return [];
    if (cohort) return column === 'origin' ? groupLabel(p, nodes[0]!, variant) : destinationLabels(p, nodes, size, variant);
    return columnLabels(p, nodes, column === 'origin', size, variant);
  });
}

function labelText({ unit, words }: Placed, node: PlacedNode, variant: Variant): string {
  const name = variant === 'narrow' || node.name.length > 18 ? shortName(node.name, words) : node.name;
  // A graduate-school node's size is computed (a share of a share): it is named, not numbered;
  // the published shares sit on its flows.
  if (node.column === 'grad') return name;
  return words.t('talentSankey.node.label', { name, value: formatValue(words, node.value, unit) });
}

/** The followed group's name is long: wrapped beside its (tall) node. */
function groupLabel({ prefix, unit, emphasis, words }: Placed, node: PlacedNode, variant: Variant): Mark[] {
  const { fontSize, labelGap } = GEOMETRY[variant];
  const lines = [...wrapText(shortName(node.name, words), node.x0 - labelGap - 2, fontSize), amount(words, node.value, unit)];
  const top = (node.y0 + node.y1) / 2 - ((lines.length - 1) * (fontSize + 3)) / 2 + fontSize / 3;
  return textBlock(lines, { key: `${prefix}-label-from`, className: `sankey-label${emphasis(node.name)}`, x: node.x0 - labelGap, y: top, lineHeight: fontSize + 3, anchor: 'end', size: fontSize, weight: (i, n) => (i === n - 1 ? 'bold' : 'normal') });
}

/** Where the group went: long names, wrapped to the room right of the column, and stacked. */
function destinationLabels(p: Placed, nodes: PlacedNode[], size: Size, variant: Variant): Mark[] {
  const g = GEOMETRY[variant];
  const lineHeight = g.fontSize + 2;
  const blocks = nodes.map((node) => wrapText(labelText(p, node, variant), size.width - node.x1 - g.labelGap - 4, g.fontSize));
  const tops = stackLabels(
    nodes.map((node, index) => (node.y0 + node.y1) / 2 + g.fontSize / 3 - ((blocks[index]!.length - 1) * lineHeight) / 2),
    blocks.map((block) => block.length * lineHeight + 2),
    { top: g.top + g.fontSize, bottom: size.height - g.bottom + g.fontSize },
  );
  return nodes.flatMap((node, index) => {
    const emphasis = p.emphasis(node.name);
    const weight = emphasis === ' is-highlighted' ? 'bold' : 'normal';
    return textBlock(blocks[index]!, { key: '', className: `sankey-label${emphasis}`, x: node.x1 + g.labelGap, y: tops[index]!, lineHeight, anchor: 'start', size: g.fontSize, weight: () => weight }).map((mark, lineIndex) => ({
      ...mark,
      // The first line keeps the node's key, so a state that names the node the same way moves it.
      key: `${p.prefix}-label-${node.id}${lineIndex ? `-${lineIndex}` : ''}`,
    }));
  });
}

function columnLabels(p: Placed, nodes: PlacedNode[], leftSide: boolean, size: Size, variant: Variant): Mark[] {
  const g = GEOMETRY[variant];
  const ys = stackLabels(
    nodes.map((node) => (node.y0 + node.y1) / 2 + g.fontSize / 3),
    g.fontSize + 2,
    { top: g.top + g.fontSize, bottom: size.height - g.bottom + g.fontSize },
  );
  return nodes.map((node, index) => ({
    kind: 'text',
    key: `${p.prefix}-label-${node.id}`,
    className: `sankey-label${node.column === 'grad' ? ' sankey-label--grad' : ''}${p.emphasis(node.name)}`,
    x: leftSide ? node.x0 - g.labelGap : node.x1 + g.labelGap,
    y: ys[index]!,
    text: labelText(p, node, variant),
    anchor: leftSide ? 'end' : 'start',
    size: g.fontSize,
    weight: p.emphasis(node.name) === ' is-highlighted' ? 'bold' : 'normal',
  }));
}

function headerMarks({ resolved, columnX }: Placed, variant: Variant): Mark[] {
  const g = GEOMETRY[variant];
  return (Object.entries(resolved.headers) as [Column, string][]).map(([column, text]) => ({
    kind: 'text',
    key: `header-${resolved.mode}-${column}`,
    className: 'sankey-header',
    x: column === 'origin' ? columnX.origin + g.nodeWidth : column === 'work' ? columnX.work : columnX.grad + g.nodeWidth / 2,
    y: g.top - 16,
    text,
    anchor: column === 'origin' ? 'end' : column === 'work' ? 'start' : 'middle',
    size: g.fontSize,
    weight: 'bold',
  }));
}

/** Ribbons, and the published share on each near where it leaves: a share of the "from" group. */
function flowMarks({ resolved, graph, emphasis, words }: Placed, variant: Variant): Mark[] {
  const fontSize = GEOMETRY[variant].fontSize;
  return graph.links.flatMap((link): Mark[] => {
    const source = link.source as PlacedNode;
    const target = link.target as PlacedNode;
    const flow = link.flow;
    const key = `flow-${flow.seriesId}-${slug(flow.to)}`;
    const ribbonMark: Mark = { kind: 'path', key, className: `sankey-flow ${countryClass(target.name)}${emphasis(target.name)}`, d: ribbon(source.x1, link.y0!, target.x0, link.y1!, link.width!) };
    // A followed group's values are already written beside where each ribbon arrives.
    if (resolved.mode === 'cohort') return [ribbonMark];
    const x = source.x1 + (variant === 'wide' ? 30 : 18);
    return [ribbonMark, { kind: 'text', key: `${key}-value`, className: 'sankey-flow-label', x, y: link.y0! + fontSize / 3, text: formatValue(words, flow.published, flow.unit), size: fontSize, weight: 'bold' }];
  });
}

/** A note on what is not drawn, at the foot of the chart. */
function noteText(resolved: Resolved, variant: Variant, { t }: Words): string | undefined {
  if (resolved.mode === 'ends' && resolved.work) {
    return resolved.flows.length ? t(`talentSankey.note.someFlows.${variant}`, { origin: flowOrigin(resolved) }) : t(`talentSankey.note.noFlows.${variant}`);
  }
  if (resolved.mode === 'ends') return resolved.flows.length ? t(`talentSankey.note.flowsOnly.${variant}`, { origin: flowOrigin(resolved) }) : undefined;
  if (resolved.cohort!.unit !== 'percent') return t(`talentSankey.note.people.${variant}`, { year: resolved.cohort!.asOf.slice(0, 4) });
  return t(`talentSankey.note.shares.${variant}`);
}

function noteMarks(resolved: Resolved, size: Size, variant: Variant, words: Words): Mark[] {
  const text = noteText(resolved, variant, words);
  return text ? [{ kind: 'text', key: 'note-0', className: 'sankey-note muted-text', x: 4, y: size.height - 10, text, size: GEOMETRY[variant].fontSize }] : [];
}
