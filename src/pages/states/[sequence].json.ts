/** /states/<sequence-id>.json: every state of one scrolly sequence, fetched by the browser client. */
import type { APIRoute } from 'astro';
import { getChart } from '../../charts/registry';
import { compactStates, type SequenceStates } from '../../charts/compactStates';
import { getDataset } from '../../data/dataset';
import { getSequences, type StorySequence } from '../../data/sequences';
import { buildSequence } from '../../scrolly/buildSequence';

export async function getStaticPaths() {
  return (await getSequences()).map((story) => ({ params: { sequence: story.sequence.id }, props: story }));
}

export const GET: APIRoute = async ({ props }) => {
  const { chapter, sequence } = props as StorySequence;
  const built = buildSequence({
    chart: getChart(sequence.chart),
    dataset: await getDataset(),
    sequenceId: sequence.id,
    steps: sequence.steps,
    where: `content/chapters/${chapter.id}.mdx`,
  });
  const body: SequenceStates = { ...compactStates(built.scenes), steps: sequence.steps.map(({ id, description }) => ({ id, description })) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
