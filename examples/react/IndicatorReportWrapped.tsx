// The same report with the React components of `policy-indicators/react` (made with @lit/react):
// every prop is set as a property (camelCase, typed from the element), events are onIndicatorSelect.
import { useState } from 'react';
import type { DatasetDocument } from 'policy-indicators';
import { PolicyIndicatorTable, TargetTrendChart } from 'policy-indicators/react';

export function IndicatorReportWrapped({ data, lang = 'ja' }: { data: DatasetDocument; lang?: string }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div lang={lang}>
      <PolicyIndicatorTable
        data={data}
        fiscalYear={2024}
        columns="no indicator targets actual result rate"
        onIndicatorSelect={(e) => setSelected(e.detail.indicatorId)}
      />
      {selected && <TargetTrendChart data={data} indicatorId={selected} />}
      <p className="selected">{selected ?? ''}</p>
    </div>
  );
}
