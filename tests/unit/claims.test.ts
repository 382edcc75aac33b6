/**
 * Every claim of the brief (content/claims.yaml, C01-C25) is told somewhere: declared in the
 * frontmatter of a chapter allowed to tell it, and marked in that chapter's text with
 * {/* claim Cxx *\/} at the passage that tells it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ROOT, claimMarkers, readChapters } from './chapterText';

interface Claim {
  id: string;
  chapters: string[];
  claim: string;
}

const claims = parse(readFileSync(`${ROOT}content/claims.yaml`, 'utf8')) as Claim[];
const chapters = readChapters();

describe('claims coverage', () => {
  it('lists the 25 claims of the brief', () => {
    expect(claims.map((claim) => claim.id)).toEqual(Array.from({ length: 25 }, (_, index) => `C${String(index + 1).padStart(2, '0')}`));
  });

  for (const claim of claims) {
    it(`${claim.id} is declared by one of its chapters (${claim.chapters.join(' or ')})`, () => {
      const declaring = chapters.filter((chapter) => ((chapter.frontmatter.claims as string[] | undefined) ?? []).includes(claim.id));
      expect(declaring.map((chapter) => chapter.slug)).not.toEqual([]);
      for (const chapter of declaring) expect(claim.chapters, `${claim.id} in ${chapter.slug}`).toContain(chapter.slug);
    });
  }

  for (const chapter of chapters) {
    it(`${chapter.slug}: every declared claim is marked in the text, and every marker is declared`, () => {
      const declared = ((chapter.frontmatter.claims as string[] | undefined) ?? []).slice().sort();
      const marked = [...new Set(claimMarkers(chapter.body))].sort();
      expect(marked).toEqual(declared);
    });
  }
});
