// The on-screen legend, drawn from the same table as the canvas stylesheet.
import { EDGE_LEGEND, KIND_STYLES, RESTRICTED_STYLE } from '../../graph/visual-vocabulary.ts';
import { EdgeIcon, KindIcon, RestrictedIcon } from './LegendIcons.tsx';

export function Legend() {
  return (
    <section className="panel-section legend" data-testid="legend">
      <h2>Legend</h2>
      <ul className="legend-list">
        {KIND_STYLES.map((k) => (
          <li key={k.kind}>
            <KindIcon style={k} /> {k.label}
          </li>
        ))}
        <li>
          <RestrictedIcon /> {RESTRICTED_STYLE.label}
        </li>
      </ul>
      <ul className="legend-list">
        {EDGE_LEGEND.map((s) => (
          <li key={s.key}>
            <EdgeIcon style={s} /> {s.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
