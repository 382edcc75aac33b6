/** The words of the barrierTimeline chart (src/charts/barrierTimeline/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`barrierTimeline.${string}`, string>;
