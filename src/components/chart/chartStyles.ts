/**
 * Each chart's own styles (src/charts/<chart>/styles.css), imported by the components that draw
 * charts, after src/styles/charts.css, whose shared rules they refine. Pages that only read the
 * story (and know charts by name) do not carry them.
 */
import.meta.glob('../../charts/*/styles.css', { eager: true });
