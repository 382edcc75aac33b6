/** Text in other languages than the page's (the checker that holds every page to it: qualityCheckers.test.ts). */
import { describe, expect, it } from 'vitest';
import { languageRuns } from '../../src/i18n/languages';

describe('languageRuns', () => {
  it('marks a title written wholly in another language as one run', () => {
    expect(languageRuns('Garante privacy blocca DeepSeek in Italia', 'it')).toEqual([{ text: 'Garante privacy blocca DeepSeek in Italia', lang: 'it' }]);
  });

  it('marks each Chinese name in an English title, with the punctuation between its characters', () => {
    expect(languageRuns('Report on the Qwen3 launch (PingWest / 硅星人)')).toEqual([
      { text: 'Report on the Qwen3 launch (PingWest / ' },
      { text: '硅星人', lang: 'zh' },
      { text: ')' },
    ]);
    expect(languageRuns('A 开源，生态 B')).toEqual([{ text: 'A ' }, { text: '开源，生态', lang: 'zh' }, { text: ' B' }]);
  });

  it('leaves English alone', () => {
    expect(languageRuns('Open LLM Leaderboard, 2025')).toEqual([{ text: 'Open LLM Leaderboard, 2025' }]);
  });
});
