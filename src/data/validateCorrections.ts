/**
 * Checks the corrections log (content/corrections/*.yaml) and orders it for readers. Pure, like
 * validate.ts: it takes file texts and what the site knows of its chapters and sources, and
 * returns entries and problems, each naming the file, the entry and the field. The content loader
 * runs the per-entry checks (parseCorrections); the pages, which know each chapter's ids once the
 * chapters are rendered, run the rest (crossCheckCorrections, from src/story/validateStory.ts).
 */
import { parse as parseYaml } from 'yaml';
import { CORRECTION_KINDS, correctionSchema, type Correction } from './correctionSchema';
import { fieldPath, type DatasetProblem } from './validate';

export interface RawCorrectionsFile {
  /** Relative to the project root, as shown in messages (content/corrections/chips.yaml). */
  path: string;
  text: string;
}

export interface LocatedCorrection {
  file: string;
  entry: Correction;
}

/** Each entry against the schema, and ids unique across files (an id is the entry's link). */
export function parseCorrections(files: readonly RawCorrectionsFile[]): { entries: LocatedCorrection[]; problems: DatasetProblem[] } {
  const entries: LocatedCorrection[] = [];
  const problems: DatasetProblem[] = [];
  const firstSeen = new Map<string, string>();
  for (const file of files) {
    let content: unknown;
    try {
      content = parseYaml(file.text);
    } catch (error) {
      problems.push({ file: file.path, message: `cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
      continue;
    }
    if (content === null || content === undefined) continue;
    if (!Array.isArray(content)) {
      problems.push({ file: file.path, message: 'must hold a list of entries (each starting with "- id: ...")' });
      continue;
    }
    content.forEach((raw: unknown, index) => {
      const id = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' && raw.id ? raw.id : `#${index + 1} (no id)`;
      const result = correctionSchema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file: file.path, record: id, field: fieldPath(issue.path), message: issue.message });
        return;
      }
      const earlier = firstSeen.get(result.data.id);
      if (earlier) {
        problems.push({ file: file.path, record: id, field: 'id', message: `duplicate id: already used in ${earlier}` });
        return;
      }
      firstSeen.set(result.data.id, file.path);
      entries.push({ file: file.path, entry: result.data });
    });
  }
  return { entries, problems };
}

export interface CorrectionsContext {
  /** Each chapter's slug, in reading order, with the ids a correction may anchor to (chapterAnchors). */
  chapters: ReadonlyMap<string, readonly string[]>;
  sourceIds: ReadonlySet<string>;
}

/** The chapter exists, the anchor is an id in it, the sources exist. */
export function crossCheckCorrections(entries: readonly LocatedCorrection[], context: CorrectionsContext): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const slugs = [...context.chapters.keys()];
  for (const { file, entry } of entries) {
    const problem = (field: string, message: string) => problems.push({ file, record: entry.id, field, message });
    // On /corrections/ a chapter's slug is its group's id and an entry's id is its own.
    if (context.chapters.has(entry.id)) problem('id', `"${entry.id}" is a chapter's slug, which names that chapter's group on /corrections/: choose another id`);
    const anchors = context.chapters.get(entry.chapter);
    if (!anchors) {
      problem('chapter', `"${entry.chapter}" is not a chapter (content/chapters/${entry.chapter}.mdx); the chapters are: ${slugs.join(', ')}`);
    } else if (!anchors.includes(entry.anchor)) {
      problem('anchor', `"${entry.anchor}" is not an id in chapter "${entry.chapter}"; its ids are: ${anchors.join(', ')}`);
    }
    entry.sources.forEach((id, index) => {
      if (!context.sourceIds.has(id)) problem(`sources[${index}]`, `cites source "${id}", which the sources collection does not hold`);
    });
  }
  return problems;
}

/** Every check, from file texts: what the unit tests run over broken examples and the real files. */
export function validateCorrections(files: readonly RawCorrectionsFile[], context: CorrectionsContext): { entries: LocatedCorrection[]; problems: DatasetProblem[] } {
  const { entries, problems } = parseCorrections(files);
  return { entries, problems: [...problems, ...crossCheckCorrections(entries, context)] };
}

type Ordered = Pick<Correction, 'id' | 'date' | 'kind'>;

/**
 * Newest first. Entries of one day: corrections, then clarifications, updates and kept reports
 * (what was wrong matters most to a reader), then by id, so the order never depends on how the
 * files were read.
 */
export function newestFirst<T extends Ordered>(entries: readonly T[]): T[] {
  const rank = (entry: T) => CORRECTION_KINDS.indexOf(entry.kind);
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** The chapters that have entries, in reading order, each with its entries newest first. */
export function correctionsByChapter<T extends Ordered & Pick<Correction, 'chapter'>>(entries: readonly T[], chapterOrder: readonly string[]): { chapter: string; entries: T[] }[] {
  return chapterOrder
    .map((chapter) => ({ chapter, entries: newestFirst(entries.filter((entry) => entry.chapter === chapter)) }))
    .filter((group) => group.entries.length > 0);
}

export interface ChapterCorrectionStatus {
  /** "corrected" for a correction or clarification, "updated" for an update. */
  status: 'corrected' | 'updated';
  date: string;
}

/**
 * What a chapter's header says about its latest change: its newest entry that changed something
 * (a no-change entry changed nothing). On a day with both, the correction is the one to name.
 */
export function chapterCorrectionStatus(entries: readonly Pick<Correction, 'date' | 'chapter' | 'kind'>[], chapter: string): ChapterCorrectionStatus | undefined {
  const changes = entries.filter((entry) => entry.chapter === chapter && entry.kind !== 'no-change');
  const latest = changes.reduce<(typeof changes)[number] | undefined>((best, entry) => {
    if (!best || entry.date > best.date) return entry;
    if (entry.date === best.date && best.kind === 'update' && entry.kind !== 'update') return entry;
    return best;
  }, undefined);
  if (!latest) return undefined;
  return { status: latest.kind === 'update' ? 'updated' : 'corrected', date: latest.date };
}
