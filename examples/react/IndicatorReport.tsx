// Using the elements from React 19: objects go in as properties (React 19 sets a prop as a
// property when the element has one), events are listened to with on<event-name>. The JSX types
// of the tags come from `policy-indicators/react` (a type-only import loads nothing).
import { useState } from 'react';
import 'policy-indicators';
import type { DatasetDocument } from 'policy-indicators';
import type {} from 'policy-indicators/react';

export function IndicatorReport({ data, lang = 'ja' }: { data: DatasetDocument; lang?: string }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div lang={lang}>
      <policy-indicator-table
        data={data}
        fiscal-year="2024"
        columns="no indicator targets actual result rate"
        onindicator-select={(e) => setSelected(e.detail.indicatorId)}
      />
      {selected && <target-trend-chart data={data} indicator-id={selected} />}
      <p className="selected">{selected ?? ''}</p>
    </div>
  );
}
