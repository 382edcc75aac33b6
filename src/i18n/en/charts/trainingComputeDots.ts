/** The words of the trainingComputeDots chart (src/charts/trainingComputeDots/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`trainingComputeDots.${string}`, string>;
