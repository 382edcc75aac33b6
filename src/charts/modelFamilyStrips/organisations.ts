/**
 * The rows of the strip: China's major model makers, each with the model family it releases.
 * The key is what a step names; `families` says which dataset models belong in the row. The row's
 * name and the line under it (its family) are in the dictionary (`modelFamilyStrips.row.<key>.*`).
 */
export const ORGANISATIONS = [
  { key: 'alibaba', families: ['Qwen'] },
  { key: 'deepseek', families: ['DeepSeek'] },
  { key: 'baidu', families: ['ERNIE'] },
  { key: 'tencent', families: ['Hunyuan'] },
  { key: 'bytedance', families: ['Doubao', 'Seed'] },
  { key: 'moonshot', families: ['Kimi'] },
  { key: 'minimax', families: ['MiniMax'] },
  { key: 'zhipu', families: ['GLM'] },
] as const;

export type OrganisationKey = (typeof ORGANISATIONS)[number]['key'];
