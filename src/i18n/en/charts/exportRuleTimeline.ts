/** The words of the exportRuleTimeline chart (src/charts/exportRuleTimeline/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`exportRuleTimeline.${string}`, string>;
