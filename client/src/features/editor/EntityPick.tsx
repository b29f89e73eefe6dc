// Picks one entity for a form: from the canvas (click a node) or by search.
import { useGraphCache } from '../../api/cache.ts';
import { entityLabel } from '../../graph/to-elements.ts';
import { useExplorer } from '../../state/explorer-context.ts';
import type { PickTarget } from '../../state/ui-state.ts';
import { SearchBox } from '../search/SearchBox.tsx';

interface Props {
  label: string;
  value: string | null;
  target: PickTarget;
  testId: string;
  onChange(id: string | null): void;
}

export function EntityPick({ label, value, target, testId, onChange }: Props) {
  const ex = useExplorer();
  const cache = useGraphCache();
  const entity = value ? cache.entities.get(value) : undefined;
  const picking = ex.state.picking === target;
  return (
    <div className="entity-pick" data-testid={testId}>
      <span className="pick-label" aria-hidden>
        {label}
      </span>
      {value ? (
        <div className="picked" data-testid={`${testId}-value`}>
          <strong>{entity ? entityLabel(entity) : value}</strong>
          <button type="button" onClick={() => onChange(null)}>
            Change
          </button>
        </div>
      ) : (
        <>
          <SearchBox testId={`${testId}-search`} placeholder="Search…" label={`${label}: search for an entity`} onPick={(e) => onChange(e.id)} />
          <button
            type="button"
            className={picking ? 'active' : undefined}
            data-testid={`${testId}-pick`}
            onClick={() => ex.dispatch({ type: 'picking/set', target: picking ? null : target })}
          >
            {picking ? 'Click a node…' : 'Pick on canvas'}
          </button>
        </>
      )}
    </div>
  );
}
