/** The words of the openModelsByCountry chart (src/charts/openModelsByCountry/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`openModelsByCountry.${string}`, string>;
