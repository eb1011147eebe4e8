import type { JSX } from "preact";
import type { Side } from "../../core/types.ts";
import { sideLook, type Shape } from "../sides.ts";

const SHAPES: Record<Shape, JSX.Element> = {
  square: <rect x="2" y="2" width="8" height="8" />,
  circle: <circle cx="6" cy="6" r="4.5" />,
  triangle: <polygon points="6,1.5 11,10.5 1,10.5" />,
  "triangle-down": <polygon points="1,1.5 11,1.5 6,10.5" />,
  diamond: <polygon points="6,0.8 11.2,6 6,11.2 0.8,6" />,
  hexagon: <polygon points="3.2,1.5 8.8,1.5 11.5,6 8.8,10.5 3.2,10.5 0.5,6" />,
  star: <polygon points="6,0.8 7.5,4.2 11.2,4.5 8.4,6.9 9.2,10.6 6,8.7 2.8,10.6 3.6,6.9 0.8,4.5 4.5,4.2" />,
  ring: <circle cx="6" cy="6" r="4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="2.2 1.6" />,
};

/** The shape of a side, decorative: it always sits next to the side's text label. */
export function SideMark({ side }: { side: Side }) {
  const { shape, tone } = sideLook(side);
  return (
    <svg class={`side-mark side-${tone}`} viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false" data-shape={shape}>
      {SHAPES[shape]}
    </svg>
  );
}
