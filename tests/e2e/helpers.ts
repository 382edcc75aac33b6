/** Shared helpers for the end-to-end tests. */
export { builtPages, DIST } from '../quality/dist';
export { watchPage } from '../quality/pageWatch';

export const CHAPTER_SLUGS = ['introduction', 'motivations', 'ecosystems', 'chips', 'us-response', 'talent', 'conclusion'];
