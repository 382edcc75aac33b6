/** The words of the talentPipeline chart (src/charts/talentPipeline/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`talentPipeline.${string}`, string>;
