/** /og/<chapter-slug>.png and /og/site.png: the link-preview images (1200x630). */
import type { APIRoute } from 'astro';
import { getChapters } from '../../data/chapters';
import { getStory } from '../../story/story';
import { getBuiltSequence } from '../../story/sequences';
import { paintScene } from '../../og/paintScene';
import { renderPreviewImage } from '../../og/previewImage';
import { t } from '../../i18n/strings';

export async function getStaticPaths() {
  const chapters = await getChapters();
  return [{ params: { slug: 'site' } }, ...chapters.map((chapter) => ({ params: { slug: chapter.id } }))];
}

export const GET: APIRoute = async ({ params }) => {
  const slug = params.slug!;
  if (slug === 'site') {
    const png = await renderPreviewImage({ kicker: t('site.tagline'), title: t('site.title'), summary: t('site.description'), siteName: t('site.title') });
    return new Response(png, { headers: { 'Content-Type': 'image/png' } });
  }
  const { chapters, sequences } = await getStory();
  const chapter = chapters.find(({ entry }) => entry.id === slug)!.entry;
  const main = sequences.find((entry) => entry.chapter.id === slug)?.definition;
  let chartSvg: string | undefined;
  if (main) {
    // The main chart in its final state: the fullest picture of what the chapter shows.
    const built = await getBuiltSequence(main.id);
    chartSvg = paintScene(built.scenes.wide[built.stepIds.at(-1)!]!);
  }
  const png = await renderPreviewImage({ kicker: chapter.data.kicker, title: chapter.data.title, summary: chapter.data.summary, siteName: t('site.title'), chartSvg });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
