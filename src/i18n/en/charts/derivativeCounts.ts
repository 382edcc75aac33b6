/** The words of the derivativeCounts chart (src/charts/derivativeCounts/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`derivativeCounts.${string}`, string>;
