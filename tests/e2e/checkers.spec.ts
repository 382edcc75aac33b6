/**
 * The browser-side gates catch what they guard against: an accessibility violation, a request to
 * another origin, a console error and a CSP violation, on small pages served through a route.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watchPage } from '../quality/pageWatch';
import { MIN_TARGET_PX, smallTargetsInPage } from '../quality/targetSize';

async function serve(page: Page, html: string) {
  // Nothing may leave the machine: outside requests are recorded by the watcher, then aborted.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route('**/__fixture/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('/__fixture/');
}

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>${head}</head><body><main><h1>Fixture</h1>${body}</main></body></html>`;

test('axe reports an image without alternative text, text without contrast and landmarks with the same name', async ({ page: browserPage }) => {
  await serve(
    browserPage,
    page(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"><p style="color:#ccc;background:#fff">faint</p>' +
        '<nav aria-label="Steps"><a href="#a">One</a></nav><nav aria-label="Steps"><a href="#b">Two</a></nav>',
    ),
  );
  const violations = await axeViolations(browserPage);
  expect(violations.join('\n')).toMatch(/image-alt/);
  expect(violations.join('\n')).toMatch(/color-contrast/);
  expect(violations.join('\n')).toMatch(/landmark-unique/);
});

test('the watcher reports a request to another origin', async ({ page: browserPage }) => {
  const watcher = watchPage(browserPage);
  await serve(browserPage, page('<img alt="" src="https://tracker.example.com/pixel.gif">'));
  await browserPage.waitForTimeout(300);
  expect(watcher.problems.join('\n')).toMatch(/request to another origin: https:\/\/tracker\.example\.com\/pixel\.gif/);
});

test('the watcher reports console errors and CSP violations', async ({ page: browserPage }) => {
  const watcher = watchPage(browserPage);
  await serve(
    browserPage,
    page('<p>inline script blocked by the policy</p><script>document.title = "ran"</script>', `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'">`),
  );
  await browserPage.waitForTimeout(300);
  expect(await browserPage.title()).toBe('Fixture');
  expect(watcher.problems.join('\n')).toMatch(/console error: .*Content Security Policy/);
});

test('the target checker reports citation numbers packed together and a small button beside a link, and passes words, big targets and a spaced small one', async ({ page: browserPage }) => {
  await serve(
    browserPage,
    page(
      '<p style="font-size:16px">A claim<sup><a href="#n1">1</a><a href="#n2">2</a></sup> and <a href="#w">words in a sentence</a> here.</p>' +
        '<p><a href="#t">term</a><button type="button" style="width:16px;height:16px;padding:0">?</button></p>' +
        '<p><button type="button" style="width:24px;height:24px">A</button><button type="button" style="width:24px;height:24px">B</button></p>' +
        '<p style="margin-top:40px"><button type="button" style="width:16px;height:16px;padding:0">x</button></p>',
    ),
  );
  const problems = await browserPage.evaluate(smallTargetsInPage, MIN_TARGET_PX);
  expect(problems).toHaveLength(3);
  expect(problems.join('\n')).toMatch(/"1" is .* too close to <a> "2"/);
  expect(problems.join('\n')).toMatch(/<button> "\?" is 16\.0 x 16\.0 px and too close to <a> "term"/);
});
