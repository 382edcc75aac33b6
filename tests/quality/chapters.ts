/** The chapters in reading order, as the tests expect them (the browser tests and the dist checks alike). */
export const CHAPTER_SLUGS = ['introduction', 'motivations', 'ecosystems', 'chips', 'us-response', 'talent', 'conclusion'];
