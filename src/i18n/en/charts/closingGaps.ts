/** The words of the closingGaps chart (src/charts/closingGaps/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`closingGaps.${string}`, string>;
