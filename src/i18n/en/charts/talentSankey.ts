/** The words of the talentSankey chart (src/charts/talentSankey/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`talentSankey.${string}`, string>;
