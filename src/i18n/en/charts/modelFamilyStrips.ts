/** The words of the modelFamilyStrips chart (src/charts/modelFamilyStrips/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`modelFamilyStrips.${string}`, string>;
