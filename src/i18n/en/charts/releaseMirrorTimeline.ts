/** The words of the releaseMirrorTimeline chart (src/charts/releaseMirrorTimeline/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`releaseMirrorTimeline.${string}`, string>;
