/** An embedded chart opened at a step (?step=<step-id>): shows that state at once. */
import type { CompactStates } from '../../charts/compactStates';
import { expandState } from '../../charts/compactStates';
import { applyScene } from './applyScene';

const figure = document.querySelector<HTMLElement>('[data-embed]');
const payloadElement = document.querySelector('script[data-embed-payload]');
const stepId = new URLSearchParams(window.location.search).get('step');
if (figure && payloadElement && stepId) {
  const payload = JSON.parse(payloadElement.textContent ?? '{}') as CompactStates & { steps: { id: string; description: string }[] };
  const step = payload.steps.find((candidate) => candidate.id === stepId);
  if (step) {
    figure.dataset.state = step.id;
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = figure.querySelector<SVGSVGElement>(`[data-variant="${variant}"] svg`);
      const scene = expandState(payload, variant, step.id);
      if (svg && scene) applyScene(svg, scene, 0);
    }
    const description = figure.querySelector('[data-embed-step-description]');
    if (description) description.textContent = step.description;
  }
}
