/** The words of the talentParity chart (src/charts/talentParity/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`talentParity.${string}`, string>;
