/** Words every chart may draw (src/charts/shared/): axis and key words that belong to no one chart. */
export default {} as const satisfies Record<`charts.${string}`, string>;
