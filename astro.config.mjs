// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { rehypeSectionLinks } from './src/mdx/rehypeSectionLinks.ts';
import { remarkChapterMeta } from './src/mdx/remarkChapterMeta.ts';

/**
 * In the browser, d3-transition never meets a colour (chart colours are CSS classes), so a stub
 * replaces d3-color's parser in the client bundle only; build-time chart code keeps the real one.
 */
/** @returns {import('vite').Plugin} */
function clientColorStub() {
  const stub = fileURLToPath(new URL('./src/scrolly/client/colorStub.ts', import.meta.url));
  return {
    name: 'traction-talent:client-color-stub',
    enforce: 'pre',
    /** @param {string} source */
    resolveId(source) {
      if (source === 'd3-color' && this.environment?.name === 'client') return stub;
      return null;
    },
  };
}

/**
 * The oldest browsers the site supports (README, "Browsers"): iPads stay in classrooms for years, so
 * Safari 15.4. The CSS minifier writes no syntax these lack (media queries as `max-width`, not
 * `width <= …`, which Safari before 16.4 ignores), and the script bundler lowers newer syntax.
 */
const BROWSER_TARGETS = ['chrome111', 'edge111', 'firefox115', 'safari15.4', 'ios15.4'];

/** The public address of the site, for canonical URLs, link previews and the sitemap. */
const site = process.env.SITE_URL ?? 'https://traction-and-talent.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Embeds are parts of chapters, not pages of their own.
    sitemap({ filter: (page) => !page.includes('/embed/') }),
  ],
  markdown: {
    // Chapters need a remark plugin (citation numbers, reading time), so MDX runs on unified.
    processor: unified({ remarkPlugins: [remarkChapterMeta], rehypePlugins: [rehypeHeadingIds, rehypeSectionLinks] }),
    // No code blocks in the story; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  build: {
    // Styles are small: inlining them (hashed into the CSP) saves render-blocking requests.
    inlineStylesheets: 'always',
  },
  security: {
    // A strict Content-Security-Policy as a <meta> tag, with hashes for Astro's own scripts and styles.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    plugins: [clientColorStub()],
    build: { target: BROWSER_TARGETS, cssTarget: BROWSER_TARGETS },
  },
});
