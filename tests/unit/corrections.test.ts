/**
 * The corrections log: a broken entry stops the build naming the file, the entry and the field
 * (and, for an anchor, the ids it could have used); the real entries point at chapters, passages
 * and sources that exist; chapters show the date of their latest change.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { chapterAnchors, CHAPTER_BLOCK_IDS } from '../../src/data/chapterAnchors';
import { readCorrectionFiles } from '../../src/data/readCorrections';
import { readDataset } from '../../src/data/readDataset';
import { formatProblem } from '../../src/data/validate';
import {
  chapterCorrectionStatus,
  correctionsByChapter,
  validateCorrections,
  type CorrectionsContext,
  type RawCorrectionsFile,
} from '../../src/data/validateCorrections';
import type { Correction } from '../../src/data/correctionSchema';
import { ROOT } from './chapterText';
import { realChapterAnchors } from './chapterIds';

const entry = {
  id: 'w9-h20-charge',
  date: '2026-12-07',
  kind: 'correction',
  chapter: 'chips',
  anchor: 'weights-rule',
  parts: ['text', 'data'],
  review: 'W9',
  wrong: 'The chapter said one thing.',
  right: 'The right thing.',
  oldWords: ['a phrase that was wrong'],
  sources: ['a-source'],
};

const context: CorrectionsContext = {
  chapters: new Map([
    ['introduction', ['why-open', 'notable-models', 'key-points', 'quiz', 'notes']],
    ['chips', ['the-rules', 'export-rules', 'weights-rule', 'key-points', 'quiz', 'notes']],
  ]),
  sourceIds: new Set(['a-source', 'another-source']),
};

const file = (entries: unknown[], name = 'chips.yaml'): RawCorrectionsFile => ({ path: `content/corrections/${name}`, text: stringify(entries) });
const problemsOf = (...files: RawCorrectionsFile[]) => validateCorrections(files, context).problems.map(formatProblem);

describe('a broken corrections entry stops the build with the file, the entry and the field', () => {
  it('accepts a well-formed entry', () => {
    expect(problemsOf(file([entry]))).toEqual([]);
    expect(problemsOf(file([{ ...entry, kind: 'no-change', oldWords: undefined, review: undefined }]))).toEqual([]);
  });

  it('an anchor that is not an id in the chapter, listing the ids it could use', () => {
    expect(problemsOf(file([{ ...entry, anchor: 'weights-rules' }]))).toEqual([
      'content/corrections/chips.yaml › record "w9-h20-charge" › field "anchor": "weights-rules" is not an id in chapter "chips"; its ids are: the-rules, export-rules, weights-rule, key-points, quiz, notes',
    ]);
    // An id of another chapter is no anchor in this one.
    expect(problemsOf(file([{ ...entry, anchor: 'notable-models' }]))[0]).toContain('"notable-models" is not an id in chapter "chips"');
  });

  it('an unknown chapter', () => {
    expect(problemsOf(file([{ ...entry, chapter: 'chip' }]))).toEqual([
      'content/corrections/chips.yaml › record "w9-h20-charge" › field "chapter": "chip" is not a chapter (content/chapters/chip.mdx); the chapters are: introduction, chips',
    ]);
  });

  it('an unknown source', () => {
    expect(problemsOf(file([{ ...entry, sources: ['a-source', 'no-such-source'] }]))).toEqual([
      'content/corrections/chips.yaml › record "w9-h20-charge" › field "sources[1]": cites source "no-such-source", which the sources collection does not hold',
    ]);
  });

  it('a duplicate id, within a file or across files', () => {
    expect(problemsOf(file([entry]), file([{ ...entry, anchor: 'quiz' }], 'more.yaml'))).toEqual([
      'content/corrections/more.yaml › record "w9-h20-charge" › field "id": duplicate id: already used in content/corrections/chips.yaml',
    ]);
    expect(problemsOf(file([entry, entry]))).toHaveLength(1);
  });

  it("an id that is a chapter's slug (the chapter's group on /corrections/ has that id)", () => {
    expect(problemsOf(file([{ ...entry, id: 'chips' }]))).toEqual([
      'content/corrections/chips.yaml › record "chips" › field "id": "chips" is a chapter\'s slug, which names that chapter\'s group on /corrections/: choose another id',
    ]);
  });

  it('fields the schema refuses', () => {
    expect(problemsOf(file([{ ...entry, kind: 'erratum' }]))).toEqual([
      'content/corrections/chips.yaml › record "w9-h20-charge" › field "kind": must be one of correction, clarification, update, no-change',
    ]);
    expect(problemsOf(file([{ ...entry, parts: [] }]))).toEqual(['content/corrections/chips.yaml › record "w9-h20-charge" › field "parts": must name at least one part changed']);
    expect(problemsOf(file([{ ...entry, parts: ['prose'] }]))[0]).toContain('field "parts[0]": must be one of text, chart, data, quiz, guide, glossary, sources');
    expect(problemsOf(file([{ ...entry, date: '2026-12' }]))).toEqual(['content/corrections/chips.yaml › record "w9-h20-charge" › field "date": must be a full date written 2024-07-09']);
    expect(problemsOf(file([{ ...entry, anchor: '#weights-rule' }]))[0]).toContain('field "anchor": an anchor is an id in the chapter, written without "#" or spaces');
    expect(problemsOf(file([{ ...entry, sources: [] }]))[0]).toContain('field "sources": must cite at least one source');
    const { right: _right, ...noRight } = entry;
    expect(problemsOf(file([noRight]))).toEqual(['content/corrections/chips.yaml › record "w9-h20-charge" › field "right": needs what is right ("right")']);
    expect(problemsOf(file([{ ...entry, oldWords: [] }]))[0]).toContain('field "oldWords": leave oldWords out rather than empty');
    expect(problemsOf(file([{ ...entry, author: 'me' }]))[0]).toContain('record "w9-h20-charge"');
  });

  it('a file that is not a list', () => {
    expect(problemsOf({ path: 'content/corrections/chips.yaml', text: stringify(entry) })).toEqual([
      'content/corrections/chips.yaml: must hold a list of entries (each starting with "- id: ...")',
    ]);
  });
});

describe('the ids a correction may anchor to', () => {
  const sequences = [{ id: 'export-rules', steps: [{ id: 'first-rule', description: '', state: {} }, { id: 'weights-rule', description: '', state: {} }] }];
  const headings = [
    { depth: 1, slug: 'page-title' },
    { depth: 2, slug: 'the-rules-one-by-one' },
    { depth: 3, slug: 'a-detail' },
    { depth: 4, slug: 'too-deep' },
  ];

  it('are the section headings, the sequences and their steps, and the blocks the page shows', () => {
    expect(chapterAnchors({ sequences, headings, blocks: { keyPoints: true, quiz: true, notes: true } })).toEqual([
      'the-rules-one-by-one',
      'a-detail',
      'export-rules',
      'first-rule',
      'weights-rule',
      CHAPTER_BLOCK_IDS.keyPoints,
      CHAPTER_BLOCK_IDS.quiz,
      CHAPTER_BLOCK_IDS.notes,
    ]);
    expect(chapterAnchors({ sequences: [], headings: [], blocks: { keyPoints: false, quiz: true, notes: false } })).toEqual(['quiz']);
  });
});

describe('how the log is read', () => {
  const at = (date: string, kind: Correction['kind'], chapter = 'chips') => ({ date, kind, chapter });

  it("a chapter's header names its latest change: a correction or clarification as corrected, an update as updated, a kept report not at all", () => {
    expect(chapterCorrectionStatus([at('2026-12-07', 'correction'), at('2026-12-01', 'update')], 'chips')).toEqual({ status: 'corrected', date: '2026-12-07' });
    expect(chapterCorrectionStatus([at('2026-12-07', 'correction'), at('2026-12-09', 'update')], 'chips')).toEqual({ status: 'updated', date: '2026-12-09' });
    expect(chapterCorrectionStatus([at('2026-12-07', 'clarification')], 'chips')).toEqual({ status: 'corrected', date: '2026-12-07' });
    expect(chapterCorrectionStatus([at('2026-12-07', 'update'), at('2026-12-20', 'no-change')], 'chips')).toEqual({ status: 'updated', date: '2026-12-07' });
    expect(chapterCorrectionStatus([at('2026-12-20', 'no-change')], 'chips')).toBeUndefined();
    expect(chapterCorrectionStatus([at('2026-12-07', 'correction', 'talent')], 'chips')).toBeUndefined();
    // On one day, the correction is the one to name.
    expect(chapterCorrectionStatus([at('2026-12-07', 'update'), at('2026-12-07', 'correction')], 'chips')?.status).toBe('corrected');
  });

  it('groups entries by chapter in reading order, newest first within a chapter', () => {
    const entries = [
      { ...at('2026-12-01', 'update', 'chips'), id: 'a' },
      { ...at('2026-12-09', 'correction', 'talent'), id: 'b' },
      { ...at('2026-12-07', 'correction', 'chips'), id: 'c' },
      { ...at('2026-12-07', 'no-change', 'introduction'), id: 'd' },
    ];
    const groups = correctionsByChapter(entries, ['introduction', 'motivations', 'chips', 'talent']);
    expect(groups.map((group) => [group.chapter, group.entries.map((entry) => entry.id)])).toEqual([
      ['introduction', ['d']],
      ['chips', ['c', 'a']],
      ['talent', ['b']],
    ]);
  });

  it('orders the entries of one day by kind (corrections first), then by id', () => {
    const entries = [
      { ...at('2026-12-07', 'no-change'), id: 'a-kept' },
      { ...at('2026-12-07', 'update'), id: 'b-update' },
      { ...at('2026-12-07', 'correction'), id: 'z-correction' },
      { ...at('2026-12-07', 'clarification'), id: 'c-clarification' },
      { ...at('2026-12-07', 'correction'), id: 'y-correction' },
    ];
    expect(correctionsByChapter(entries, ['chips'])[0]!.entries.map((entry) => entry.id)).toEqual(['y-correction', 'z-correction', 'c-clarification', 'b-update', 'a-kept']);
  });
});

describe('the real corrections log in content/corrections', () => {
  it('points at chapters, passages and sources that exist, with unique ids', async () => {
    const dataset = readDataset(ROOT);
    const { entries, problems } = validateCorrections(readCorrectionFiles(ROOT), {
      chapters: await realChapterAnchors(),
      sourceIds: new Set(dataset.sources.map((source) => source.id)),
    });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
    // Compiling the seven chapters' MDX takes about a second, several on a busy machine: over
    // Vitest's 5 s default, which would fail the check on load rather than on a broken entry.
  }, 60_000);
});
