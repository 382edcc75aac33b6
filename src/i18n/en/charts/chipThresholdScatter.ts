/** The words of the chipThresholdScatter chart (src/charts/chipThresholdScatter/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`chipThresholdScatter.${string}`, string>;
