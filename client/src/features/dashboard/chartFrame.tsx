// What every chart shares: a container that fills its column (with a fixed first size, so the chart
// draws before it is measured and where nothing measures, as in tests), the palette, and no animation
// (figures that move live should not bounce, and reduced motion is the safer default).
import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

export const CHART_HEIGHT = 280;

/** NHS identity colours, each distinct enough against white for a line or a bar. */
export const COLOURS = { blue: '#005eb8', darkBlue: '#003087', green: '#007f3b', orange: '#ed8b00', purple: '#330072', grey: '#425563', red: '#d5281b' };

export function ChartFrame({ children, height = CHART_HEIGHT }: { children: ReactNode; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 720, height }}>
      {children as never}
    </ResponsiveContainer>
  );
}

/** "24 Nov" from "2026-11-24", for a day axis. */
export const shortDay = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(`${iso}T00:00:00Z`));
