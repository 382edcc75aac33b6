/** The Introduction's one sequence: notable models by country, then their open part. */
import type { SequenceExpectation } from './expect';

export const SEQUENCES: SequenceExpectation[] = [
  {
    id: 'notable-models',
    steps: {
      'all-models': {
        classes: { 'bar-rest-us-2023': /is-total/, 'bar-rest-cn-2024': /is-total/ },
        absent: ['bar-open-us-2025'],
        noneWith: ['bar-value'],
      },
      'open-part': {
        classes: { 'bar-open-us-2019': /is-open/, 'bar-rest-us-2019': /is-closed/ },
        notClasses: { 'bar-rest-cn-2024': /is-total/ },
      },
      'open-only': {
        attributes: { 'bar-rest-us-2023': { opacity: '0' } },
        texts: { 'value-us-2023': /^\d+$/, 'value-cn-2024': /^\d+$/, 'y-title': /open/i },
        classes: { 'bar-open-us-2019': /is-muted/ },
      },
      'share-2024': {
        texts: { 'value-cn-2024': /^\d+%$/, 'y-label-1': /^100%$/ },
        absent: ['value-us-2023', 'bar-open-cn-2025'],
        attributes: { 'bar-rest-us-2023': { opacity: '1' } },
      },
      'early-2025': {
        classes: { 'bar-open-cn-2025': /is-partial/ },
        texts: { 'value-cn-2025': /^\d+%$/, 'x-label-2025': '*', 'x-title': 'May' },
      },
    },
  },
];
