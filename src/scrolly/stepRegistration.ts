/**
 * How a <Step> tells its <Scrolly> which chart state it wants. MDX renders children before their
 * parent, so the Step writes its registration into its markup as a JSON block, in document order,
 * and the Scrolly lifts every block out of the rendered HTML before the page is written.
 */
import type { StepRegistration } from './buildSequence';

const MARKER = 'data-step-registration';
const BLOCK = new RegExp(`<script type="application/json" ${MARKER}>([\\s\\S]*?)</script>`, 'g');

export function encodeStepRegistration(registration: StepRegistration): string {
  const json = JSON.stringify(registration).replace(/</g, '\\u003c');
  return `<script type="application/json" ${MARKER}>${json}</script>`;
}

/**
 * Where a step's own small figure goes (printed handouts, and readers without JavaScript): the
 * Step marks the spot, and the Scrolly, which has laid out every state, puts the figure there.
 */
export function stepFigurePlaceholder(stepId: string): string {
  return `<template data-step-figure="${stepId}"></template>`;
}

export function fillStepFigures(html: string, figureFor: (stepId: string) => string): string {
  return html.replace(/<template data-step-figure="([^"]+)"><\/template>/g, (_match, stepId: string) => figureFor(stepId));
}

export function extractStepRegistrations(html: string): { html: string; steps: StepRegistration[] } {
  const steps: StepRegistration[] = [];
  const stripped = html.replace(BLOCK, (_match, json: string) => {
    steps.push(JSON.parse(json) as StepRegistration);
    return '';
  });
  return { html: stripped, steps };
}
