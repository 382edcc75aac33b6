/**
 * A sequence's states, fetched from /states/<id>.json once per page (ScrollySequence and the
 * embed share this). Resolves to null when they cannot be had (offline, a saved copy of the page):
 * the chart then keeps the state it was drawn in, and the text goes on working.
 */
import type { SequenceStates } from '../../charts/compactStates';

const requests = new Map<string, Promise<SequenceStates | null>>();

export function loadStates(href: string): Promise<SequenceStates | null> {
  let request = requests.get(href);
  if (!request) {
    request = fetch(href)
      .then((response) => (response.ok ? (response.json() as Promise<SequenceStates>) : null))
      .catch(() => null);
    requests.set(href, request);
  }
  return request;
}
