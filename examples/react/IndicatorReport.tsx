// Using the elements from React 19: objects go in as properties (React 19 sets a prop as a
// property when the element has one), events are listened to with on<event-name>.
import { useState } from 'react';
import 'policy-indicators';
import type { IndicatorSelectDetail } from 'policy-indicators';

type ElementProps = Record<string, unknown> & { children?: unknown };
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'policy-indicator-table': ElementProps;
      'target-trend-chart': ElementProps;
      'achievement-badge': ElementProps;
    }
  }
}

export function IndicatorReport({ data, lang = 'ja' }: { data: unknown; lang?: string }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div lang={lang}>
      <policy-indicator-table
        data={data}
        fiscal-year="2024"
        columns="no indicator targets actual result rate"
        onindicator-select={(e: CustomEvent<IndicatorSelectDetail>) => setSelected(e.detail.indicatorId)}
      />
      {selected && <target-trend-chart data={data} indicator-id={selected} />}
      <p className="selected">{selected ?? ''}</p>
    </div>
  );
}
