/** An embedded chart opened at a step (?step=<step-id>): shows that state as soon as it arrives. */
import { expandState } from '../../charts/compactStates';
import { applyScene } from './applyScene';
import { loadStates } from './states';

const figure = document.querySelector<HTMLElement>('[data-embed]');
const stepId = new URLSearchParams(window.location.search).get('step');
if (figure?.dataset.states && stepId) {
  void loadStates(figure.dataset.states).then((states) => {
    const step = states?.steps.find((candidate) => candidate.id === stepId);
    if (!states || !step) return;
    figure.dataset.shownStep = step.id;
    for (const variant of ['wide', 'narrow'] as const) {
      const svg = figure.querySelector<SVGSVGElement>(`[data-variant="${variant}"] svg`);
      const scene = expandState(states, variant, step.id);
      if (svg && scene) applyScene(svg, scene, 0);
    }
    const description = figure.querySelector('[data-embed-step-description]');
    if (description) description.textContent = step.description;
  });
}
