/** /states/<sequence-id>.json: every state of one scrolly sequence, fetched by the browser client. */
import type { APIRoute } from 'astro';
import { getStory } from '../../story/story';
import { getBuiltSequence } from '../../story/sequences';

export async function getStaticPaths() {
  return (await getStory()).sequences.map(({ definition }) => ({ params: { sequence: definition.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { payload } = await getBuiltSequence(params.sequence!);
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
