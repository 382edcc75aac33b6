/**
 * Timeline labels are short, because a record's title is a sentence and a label has room for a few
 * words. The events the chart offers (items.ts) have short names of their own in the dictionary
 * (`policyTimelineLanes.item.<id>.wide|narrow`); models use their own name (without the bracketed
 * variant).
 */
import type { Variant } from '../contract';
import type { Words } from '../../i18n/words';
import type { TimelineItem } from './layout';
import { CN_EVENTS, US_ITEMS } from './items';

/** The events of both lanes: every one has a short name in the dictionary. */
const SHORT_LABELLED = [...US_ITEMS, ...CN_EVENTS] as const;

const hasShortLabel = (id: string): id is (typeof SHORT_LABELLED)[number] => (SHORT_LABELLED as readonly string[]).includes(id);

/** "ERNIE 4.5 (open family, 10 models)" -> "ERNIE 4.5". */
export function modelShortName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

/** An item's label on the timeline, for the wide drawing or a phone's. */
export function itemLabel(item: TimelineItem, variant: Variant, words: Words): string {
  if (item.model) {
    const name = modelShortName(item.model.name);
    return variant === 'wide' ? words.t('policyTimelineLanes.model.label.wide', { model: name }) : name;
  }
  // select() takes events only from the lists SHORT_LABELLED is made of.
  if (!hasShortLabel(item.id)) throw new Error(`policyTimelineLanes: event "${item.id}" has no short label (items.ts)`);
  return words.t(`policyTimelineLanes.item.${item.id}.${variant}`);
}

/** An item's full title, for the table: an event's own, or a model's release in words. */
export function itemTitle(item: TimelineItem, words: Words): string {
  if (!item.model) return item.title;
  const { organisation, name, licence } = item.model;
  return words.t('policyTimelineLanes.model.title', { organisation, model: name, licence });
}
