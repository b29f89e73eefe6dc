import type { EdgeStyle, KindStyle } from '../../graph/visual-vocabulary.ts';
import { RESTRICTED_STYLE } from '../../graph/visual-vocabulary.ts';

export function KindIcon({ style }: { style: KindStyle }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden>
      <path d={style.iconPath} fill={style.color} />
    </svg>
  );
}

export function RestrictedIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden>
      <circle cx="12" cy="12" r="9" fill="#cbd5e1" stroke={RESTRICTED_STYLE.borderColor} strokeWidth="3" />
    </svg>
  );
}

export function EdgeIcon({ style }: { style: EdgeStyle }) {
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden>
      <line
        x1="1"
        y1="6"
        x2="33"
        y2="6"
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={style.dash.join(' ') || undefined}
        opacity={style.opacity}
      />
    </svg>
  );
}
