/** The words of the talentDumbbell chart (src/charts/talentDumbbell/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`talentDumbbell.${string}`, string>;
