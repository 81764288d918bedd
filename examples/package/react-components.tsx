// React components made with @lit/react: camelCase properties, onIndicatorSelect / onIndicatorError.
import type { DatasetDocument } from 'policy-indicators';
import { AchievementBadge, PolicyIndicatorTable, TargetTrendChart } from 'policy-indicators/react';

export function Report({ data, selected }: { data: DatasetDocument; selected: string }) {
  return (
    <>
      <PolicyIndicatorTable data={data} layout="summary" fiscalYear={2024} onIndicatorSelect={(event) => console.log(event.detail.year)} />
      <TargetTrendChart data={data} indicatorId={selected} showTable onIndicatorError={(event) => console.error(event.detail.message)} />
      <AchievementBadge target="3,550" actual="2176" size="small" />
    </>
  );
}

// @ts-expect-error a layout is 'auto', 'summary' or 'series'
export const Bogus = () => <PolicyIndicatorTable layout="bogus" />;
