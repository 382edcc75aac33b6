/** The words of the modelFamilyStrips chart (src/charts/modelFamilyStrips/): titles, axes, labels, descriptions, table and key. */
export default {
  'modelFamilyStrips.title': 'Releases of China’s major AI model families, by organisation and licence',
  // Each row's organisation and, under it, its model family (organisations.ts).
  'modelFamilyStrips.row.alibaba.name': 'Alibaba',
  'modelFamilyStrips.row.alibaba.family': 'Qwen',
  'modelFamilyStrips.row.deepseek.name': 'DeepSeek',
  'modelFamilyStrips.row.deepseek.family': 'V and R',
  'modelFamilyStrips.row.baidu.name': 'Baidu',
  'modelFamilyStrips.row.baidu.family': 'ERNIE',
  'modelFamilyStrips.row.tencent.name': 'Tencent',
  'modelFamilyStrips.row.tencent.family': 'Hunyuan',
  'modelFamilyStrips.row.bytedance.name': 'ByteDance',
  'modelFamilyStrips.row.bytedance.family': 'Doubao and Seed',
  'modelFamilyStrips.row.moonshot.name': 'Moonshot AI',
  'modelFamilyStrips.row.moonshot.family': 'Kimi',
  'modelFamilyStrips.row.minimax.name': 'MiniMax',
  'modelFamilyStrips.row.minimax.family': 'Text and M',
  'modelFamilyStrips.row.zhipu.name': 'Zhipu AI',
  'modelFamilyStrips.row.zhipu.family': 'GLM',
  // What a model's licence allows, in a description or a table cell.
  'modelFamilyStrips.licence.permissive': 'open, permissive licence',
  'modelFamilyStrips.licence.custom': 'open, maker’s own licence with conditions',
  'modelFamilyStrips.licence.restricted': 'open, with limits on commercial use',
  'modelFamilyStrips.licence.closed': 'closed',
  // A step's arrow caption on a phone: "Baidu: closed, then open" -> "closed → open".
  'modelFamilyStrips.arrow.change': '{from} → {to}',
  // {models} is a list of describe.model joined with "; ".
  'modelFamilyStrips.describe.row': '{organisation}, {family}: {count} releases, {open} with open weights: {models}.',
  'modelFamilyStrips.describe.model': '{model} ({date}, {licence})',
  // {rows} is a list of row names joined with ", ".
  'modelFamilyStrips.describe.waiting': 'Rows not yet filled: {rows}.',
  'modelFamilyStrips.describe.until': 'Releases after {date} are not yet drawn.',
  'modelFamilyStrips.describe.period': 'Shaded: {label}, {from} to {to}, with {count} releases, {open} of them open.',
  'modelFamilyStrips.describe.arrow': 'An arrow runs from {from} to {to}: {caption}.',
  'modelFamilyStrips.table.caption': 'Releases of China’s major AI model families, with their licences',
  'modelFamilyStrips.table.organisation': 'Organisation',
  'modelFamilyStrips.table.access': 'Access',
  'modelFamilyStrips.table.closed': 'closed (API or app only)',
  'modelFamilyStrips.legend.permissive': 'Open, permissive licence (Apache 2.0, MIT)',
  'modelFamilyStrips.legend.custom': 'Open, maker’s own licence with conditions',
  'modelFamilyStrips.legend.restricted': 'Open, with limits on commercial use (research only, non-commercial or revenue share)',
  'modelFamilyStrips.legend.closed': 'Closed: app or API only',
} as const satisfies Record<`modelFamilyStrips.${string}`, string>;
