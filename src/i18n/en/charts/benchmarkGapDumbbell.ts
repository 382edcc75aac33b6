/** The words of the benchmarkGapDumbbell chart (src/charts/benchmarkGapDumbbell/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`benchmarkGapDumbbell.${string}`, string>;
