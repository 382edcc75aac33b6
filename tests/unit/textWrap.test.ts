/**
 * Chart labels measured and wrapped for English and for Chinese: Chinese characters are set a full
 * em wide, and a Chinese run breaks between characters, with the punctuation rules of Chinese
 * typesetting; English text measures and wraps as it always has.
 */
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/charts/shared/labels';
import { breakPieces, wrapText } from '../../src/charts/shared/text';

describe('estimateTextWidth', () => {
  it('measures Latin text as before: 0.58 em a character', () => {
    expect(estimateTextWidth('DeepSeek-V3', 10)).toBe('DeepSeek-V3'.length * 10 * 0.58);
    expect(estimateTextWidth('3.4 × 10²⁴', 12)).toBe('3.4 × 10²⁴'.length * 12 * 0.58);
  });

  it('sets Chinese characters and full-width punctuation a full em wide', () => {
    expect(estimateTextWidth('人工智能', 10)).toBe(40);
    expect(estimateTextWidth('开源，', 10)).toBe(30);
    expect(estimateTextWidth('Qwen 通义千问', 10)).toBeCloseTo(5 * 5.8 + 40);
    expect(estimateTextWidth('　「」', 10), 'the ideographic space and corner brackets').toBe(30);
  });

  it('leaves half-width forms narrow, and measures bold Latin wider', () => {
    expect(estimateTextWidth('ｱｲ', 10)).toBeCloseTo(2 * 5.8);
    expect(estimateTextWidth('China', 10, { bold: true })).toBe('China'.length * 10 * 0.6);
    expect(estimateTextWidth('中国', 10, { bold: true })).toBe(20);
  });
});

describe('breakPieces', () => {
  it('keeps a Latin word whole', () => {
    expect(breakPieces('DeepSeek-V3')).toEqual(['DeepSeek-V3']);
  });

  it('breaks Chinese between characters, never before closing or after opening punctuation', () => {
    expect(breakPieces('开放权重')).toEqual(['开', '放', '权', '重']);
    expect(breakPieces('（开源）模型。')).toEqual(['（开', '源）', '模', '型。']);
    expect(breakPieces('《出口管制》')).toEqual(['《出', '口', '管', '制》']);
  });

  it('keeps a number with what it counts or dates, and no more', () => {
    expect(breakPieces('2025年1月20日')).toEqual(['2025年', '1月', '20日']);
    expect(breakPieces('２０２５年')).toEqual(['２０２５年']);
    expect(breakPieces('超过9万个')).toEqual(['超', '过', '9万', '个']);
    expect(breakPieces('H20芯片')).toEqual(['H20', '芯', '片']);
  });

  it('never ends a line on an opening quote nor starts one on a closing quote', () => {
    expect(breakPieces('他说“开源”')).toEqual(['他', '说', '“开', '源”']);
    for (let width = 20; width <= 60; width += 5) {
      for (const line of wrapText('他说“开源”，‘开放权重’。', width, 10)) expect(line, `at ${width}`).not.toMatch(/^[”’，。]|[“‘]$/);
    }
  });
});

describe('wrapText', () => {
  it('wraps English at spaces, as before', () => {
    expect(wrapText('Open models from China and the United States', 100, 10)).toEqual(['Open models from', 'China and the', 'United States']);
  });

  it('wraps Chinese between characters within the width, with no line starting with closing punctuation', () => {
    expect(wrapText('中国的开放权重模型', 50, 10)).toEqual(['中国的开放', '权重模型']);
    const lines = wrapText('模型，开源，下载量。', 20, 10);
    expect(lines.join('')).toBe('模型，开源，下载量。');
    for (const line of lines) expect(line).not.toMatch(/^[，。]/);
  });

  it('keeps the spaces between Latin and Chinese words, and adds none inside a Chinese run', () => {
    expect(wrapText('通义千问 Qwen 的衍生模型', 1000, 10)).toEqual(['通义千问 Qwen 的衍生模型']);
    expect(wrapText('通义千问 Qwen 的衍生模型', 60, 10).join('|')).toBe('通义千问|Qwen 的衍生|模型');
  });

  it('ends the last kept line in "…" when the text needs more lines', () => {
    expect(wrapText('中国的开放权重模型下载量', 50, 10, 1)).toEqual(['中国的开…']);
    // Cut inside a Chinese run: no space comes between the lines joined again.
    expect(wrapText('中国的20年开放模型', 50, 10, 1)).toEqual(['中国的20…']);
    expect(wrapText('Open models from China and the United States', 100, 10, 2)).toEqual(['Open models from', 'China and the Un…']);
  });
});
