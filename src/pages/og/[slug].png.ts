/** /og/<chapter-slug>.png and /og/site.png: the link-preview images (1200x630). */
import type { APIRoute } from 'astro';
import { getChart } from '../../charts/registry';
import { buildSequence } from '../../scrolly/buildSequence';
import { getChapters } from '../../data/chapters';
import { getDataset } from '../../data/dataset';
import { getSequences } from '../../data/sequences';
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
  const chapter = (await getChapters()).find((entry) => entry.id === slug)!;
  const main = (await getSequences()).find((entry) => entry.chapter.id === slug)?.sequence;
  let chartSvg: string | undefined;
  if (main) {
    // The main chart in its final state: the fullest picture of what the chapter shows.
    const last = main.steps.at(-1)!;
    const built = buildSequence({ chart: getChart(main.chart), dataset: await getDataset(), sequenceId: main.id, steps: [last], where: `content/chapters/${slug}.mdx` });
    chartSvg = paintScene(built.firstScenes.wide);
  }
  const png = await renderPreviewImage({ kicker: chapter.data.kicker, title: chapter.data.title, summary: chapter.data.summary, siteName: t('site.title'), chartSvg });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
