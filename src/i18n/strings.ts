/**
 * Every word of the interface (not the story) lives here, keyed, so that a translation means adding
 * one dictionary. Components call `t('key')`; `{name}` placeholders are filled from the second argument.
 */
const en = {
  'site.title': 'Traction & Talent',
  'site.tagline': "China's open-source AI strategy and the US response",
  'site.description':
    "An illustrated, sourced story about why China bet on open-weight AI models, how the United States answered, and what chips and talent have to do with it.",
  'site.skipLink': 'Skip to content',
  'site.home': 'Cover',
  'site.sources': 'Sources',
  'site.glossary': 'Glossary',
  'site.teach': 'Teachers',
  'site.corrections': 'Corrections and updates',
  'site.chapters': 'Chapters',
  'site.mainNav': 'Main',
  'site.footer.data': 'Figures come from the dataset behind this site; every one names its source and date.',
  'site.footer.storyAsOf': 'The story runs to {date}; each chapter gives the date its own sources reach.',

  'cover.chapterList': 'The chapters',
  'cover.readingTime': '{minutes} min read',
  'cover.start': 'Start reading',
  'cover.sourcesLink': 'All {count} sources',
  'cover.storyAsOf': 'Story as of {date}',
  'cover.figureStep': 'Step through this chart in “{chapter}”',
  'cover.figureData': 'Its data, as a table',

  'chapter.kicker': 'Chapter {n}',
  'chapter.previous': 'Previous chapter',
  'chapter.next': 'Next chapter',
  'chapter.pagination': 'Chapters',
  'chapter.sourcesHeading': 'Sources for this chapter',
  'chapter.sourcesIntro': 'Numbers refer to the notes in the text; each source links to its entry in the full bibliography.',
  'chapter.keyPoints': 'Key points',
  'chapter.asOf': 'As of {date}',
  'chapter.readingTime': '{minutes} min read',
  'chapter.backToText': 'Back to the text',
  'chapter.fullEntry': 'Full entry',
  'chapter.corrected': 'Corrected {date}',
  'chapter.updated': 'Updated {date}',
  /** Read after "Corrected 7 December 2026" in the chapter's header link; unseen. */
  'chapter.correctionsLinkSuffix': ': what changed, in the corrections log',
  'chapter.outlineNotice': 'This chapter is an outline; its full text and charts are being written.',

  'sources.title': 'Sources',
  'sources.intro':
    'Every figure and claim on this site cites one of these sources. Each entry gives the publisher, the date it was published, the date it was read for this site and what kind of source it is; where the address is itself a copy or relay of someone else’s work, the original it copies; and where the text was read in a copy, which one.',
  'sources.published': 'Published {date}',
  'sources.accessed': 'accessed {date}',
  'sources.kindLabel.government': 'Government',
  'sources.kindLabel.company': 'Company',
  'sources.kindLabel.research': 'Research',
  'sources.kindLabel.press': 'Press',
  'sources.kindLabel.dataset': 'Dataset',
  /** Followed by the original the record's address copies or relays (its `copyOf`). */
  'sources.copyOf': 'Copy of',
  /** Followed by the copy that was actually read (its `via`). */
  'sources.readIn': 'Read in:',
  'sources.licence': 'Licence: {licence}',
  'sources.kind.government': 'Government documents',
  'sources.kind.company': 'Company statements',
  'sources.kind.research': 'Research and analysis',
  'sources.kind.press': 'Press',
  'sources.kind.dataset': 'Datasets',
  'sources.citedIn': 'Cited in: {chapters}',

  'corrections.title': 'Corrections and updates',
  'corrections.intro':
    'When something on this site proves wrong, misleading or out of date, we change it and record the change here: the date, what the site said, what is right, and the sources. Reported errors that we checked and kept are listed too, with our reasons. Entries are grouped by chapter and dated, newest first; each links to the passage it concerns, and each chapter shows the date of its latest correction or update below its title.',
  'corrections.none': 'Nothing has been corrected or updated yet.',
  'corrections.chapters': 'Chapters with entries',
  'corrections.entries': '{count} entries',
  'corrections.entry': '1 entry',
  'corrections.kind.correction': 'Correction',
  'corrections.kind.clarification': 'Clarification',
  'corrections.kind.update': 'Update',
  'corrections.kind.no-change': 'Checked, not changed',
  'corrections.wrong': 'What the site said',
  'corrections.reported': 'What was reported',
  'corrections.right': 'What is right',
  'corrections.kept': 'Why we kept it',
  'corrections.oldWords': 'Words removed from the site',
  /** Read out before each removed quotation (a <del> is not announced by every screen reader). */
  'corrections.removed': 'Removed: ',
  'corrections.parts': 'Changed in',
  'corrections.part.text': 'the text',
  'corrections.part.chart': 'the chart',
  'corrections.part.data': 'the data',
  'corrections.part.quiz': 'the quiz',
  'corrections.part.guide': 'the teacher guide',
  'corrections.part.glossary': 'the glossary',
  'corrections.part.sources': 'the sources',
  'corrections.sources': 'Sources',
  'corrections.passage': 'The passage in “{chapter}”',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. The story starts on the cover.',

  'cite.label': 'Source {n}: {title}',

  'print.chapter': 'Print this chapter',
  'present.start': 'Present',
  'present.startLabel': 'Present this chapter full screen, one step at a time',
  'present.exit': 'Exit presentation',
  'print.guide': 'Print this guide',

  'quiz.heading': 'Check your understanding',
  'quiz.intro': 'Choose an answer to see if you are right and why.',
  'quiz.showAnswer': 'Show the answer',
  'quiz.correct': 'Correct.',
  'quiz.incorrect': 'Not quite.',
  'quiz.rightAnswer': 'Right answer',
  'quiz.sources': 'Sources: ',

  'teach.title': 'For teachers',
  'teach.intro':
    'A lesson plan for each chapter: objectives, vocabulary, discussion questions at two levels, an activity with the chapter’s data, and the points where the evidence is contested. Each guide prints as a handout.',
  'teach.lesson': '{minutes}-minute lesson',
  'teach.level': 'Level: {level}',
  'teach.guideFor': 'Teacher guide: {title}',
  'teach.readChapter': 'Read the chapter',
  'teach.objectives': 'Learning objectives',
  'teach.vocabulary': 'Key vocabulary',
  'teach.questions': 'Discussion questions',
  'teach.recall': 'Recall: can students find it?',
  'teach.analysis': 'Analysis: weigh the evidence',
  'teach.perspective': 'Other view',
  'teach.answer': 'Answer',
  'teach.guidance': 'For the teacher',
  'teach.activity': 'Activity',
  'teach.activityMinutes': '{minutes} minutes',
  'teach.activityChart': 'Uses the chart “{caption}”',
  'teach.activityData': 'Data for this activity',
  'teach.contested': 'Contested points and how to teach them',
  'teach.time': 'Estimated time: {minutes} minutes',
  'teach.quiz': 'The chapter ends with a short quiz students can take on their own.',

  'share.stepLink': 'Link to this step',
  'share.copied': 'Link copied',
  'share.copyFallback': 'Copy this link:',

  'data.title': 'Data',
  'data.intro':
    'Everything this site shows comes from a dataset built for it. Download each collection, or the data behind each chart, as CSV or JSON; every record names its sources, and every series its "as of" date.',
  'data.licence': 'Licence',
  'data.collections': 'The dataset',
  'data.collectionsCaption': 'Dataset collections',
  'data.file': 'Collection',
  'data.holds': 'What it holds',
  'data.rows': 'Rows (CSV)',
  'data.download': 'Download',
  'data.charts': 'Data behind each chart',
  'data.chartsIntro':
    'The rows each chart draws, with its "as of" date on every row; a row names its own sources where the chart records them, otherwise all the sources behind the chart.',
  /** Read out before an exponent drawn as raised digits ("10" + this + "24"): unseen, so spaced. */
  'text.toThePowerOf': ' to the power of ',

  'chart.download': 'Download the data:',
  'chart.embed': 'Embed this chart',
  'chart.embedIntro': 'Copy this code into your page:',
  'chart.embedCode': 'Embed code',
  'embed.fromChapter': 'From “{title}” in {site}',
  'embed.open': 'Open the chapter',

  'citeThis.heading': 'Cite this chapter',

  'term.show': 'What is “{term}”?',
  'term.more': 'More in the glossary',

  'glossary.title': 'Glossary',
  'glossary.intro': 'The terms this story uses, in plain words. Chapters link each term here where they first use it.',
  'glossary.related': 'Related: ',
  'glossary.sources': 'Sources: ',

  'scrolly.previous': 'Previous step',
  'scrolly.next': 'Next step',
  'scrolly.counter': 'Step {current} of {total}',
  // Each sequence's controls are a landmark of their own: the caption tells them apart.
  'scrolly.controls': 'Step through the chart: {chart}',
  'scrolly.motionToggle': 'Animate charts',
  // On an upright phone the chart's key is folded away behind this button, to leave the screen to the drawing.
  'scrolly.key': 'Key',
  'scrolly.chartNow': 'Chart:',
  'scrolly.showTable': 'Show the data as a table',
  'scrolly.source': 'Source: {sources}',
  'scrolly.sourceAsOf': 'Data as of {date}.',
  'scrolly.estimate': 'Includes estimates.',

  'country.US': 'United States',
  'country.CN': 'China',
  'country.TW': 'Taiwan',
  'country.EU': 'European Union',
  'country.GB': 'United Kingdom',
  'country.FR': 'France',
  'country.DE': 'Germany',
  'country.IT': 'Italy',
  'country.KR': 'South Korea',
  'country.JP': 'Japan',
  'country.IN': 'India',
  'country.CA': 'Canada',
  'country.AU': 'Australia',
  'country.IL': 'Israel',
  'country.IR': 'Iran',
  'country.RU': 'Russia',
  'country.AE': 'United Arab Emirates',
  'country.SG': 'Singapore',
  'country.INT': 'International',
} as const;

export type StringKey = keyof typeof en;
export type Locale = 'en';

const dictionaries: Record<Locale, Record<StringKey, string>> = { en };

export const DEFAULT_LOCALE: Locale = 'en';

export function useTranslations(locale: Locale = DEFAULT_LOCALE) {
  const dictionary = dictionaries[locale];
  return function t(key: StringKey, params: Record<string, string | number> = {}): string {
    return dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

export const t = useTranslations();
