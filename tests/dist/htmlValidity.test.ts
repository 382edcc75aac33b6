/**
 * The Nu HTML Checker, started once (a Java start costs more than the checking): every built page
 * must be valid, and two small pages written here show that the checker finds invalid markup
 * and passes valid markup, so a checker that silently passes fails here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileForUrlPath } from '../quality/dist';
import { validateHtml, type HtmlError } from '../quality/htmlValidity';
import { DIST, PAGES } from './built';

const fixtures = mkdtempSync(join(tmpdir(), 'tt-html-'));
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;
const good = join(fixtures, 'good.html');
const bad = join(fixtures, 'bad.html');
writeFileSync(good, page('<p>fine</p>'));
writeFileSync(bad, page('<p>an invalid element: <blink>no</blink></p><div id="x"></div><div id="x"></div>'));

let errors: HtmlError[] = [];
// One run reads every page: minutes on a busy machine.
beforeAll(() => {
  errors = validateHtml([good, bad, ...PAGES.map((path) => fileForUrlPath(DIST, path)!)]);
}, 300_000);
const inFixtures = (error: HtmlError) => error.file.startsWith(fixtures);

it('the checker finds invalid markup and passes valid markup', () => {
  const found = errors.filter(inFixtures);
  expect(found.length).toBeGreaterThanOrEqual(2);
  expect(found.every((error) => error.file === bad)).toBe(true);
  expect(found.map((error) => error.message).join(' ')).toMatch(/blink/);
});

it('every page is valid HTML (Nu HTML Checker)', () => {
  expect(errors.filter((error) => !inFixtures(error))).toEqual([]);
});
