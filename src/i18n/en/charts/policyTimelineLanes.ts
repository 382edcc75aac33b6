/** The words of the policyTimelineLanes chart (src/charts/policyTimelineLanes/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`policyTimelineLanes.${string}`, string>;
