/**
 * The rows of the strip: China's major model makers, each with the model family it releases.
 * The key is what a step names; `families` says which dataset models belong in the row, and
 * `family` is the line shown under the name.
 */
export const ORGANISATIONS = [
  { key: 'alibaba', name: 'Alibaba', family: 'Qwen', families: ['Qwen'] },
  { key: 'deepseek', name: 'DeepSeek', family: 'V and R', families: ['DeepSeek'] },
  { key: 'baidu', name: 'Baidu', family: 'ERNIE', families: ['ERNIE'] },
  { key: 'tencent', name: 'Tencent', family: 'Hunyuan', families: ['Hunyuan'] },
  { key: 'bytedance', name: 'ByteDance', family: 'Doubao and Seed', families: ['Doubao', 'Seed'] },
  { key: 'moonshot', name: 'Moonshot AI', family: 'Kimi', families: ['Kimi'] },
  { key: 'minimax', name: 'MiniMax', family: 'Text and M', families: ['MiniMax'] },
  { key: 'zhipu', name: 'Zhipu AI', family: 'GLM', families: ['GLM'] },
] as const;

export type OrganisationKey = (typeof ORGANISATIONS)[number]['key'];
