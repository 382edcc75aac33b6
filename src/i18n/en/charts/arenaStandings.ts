/** The words of the arenaStandings chart (src/charts/arenaStandings/): titles, axes, labels, descriptions, table and key. */
export default {} as const satisfies Record<`arenaStandings.${string}`, string>;
