// React 19 JSX on the tags: attributes, object properties and on<event-name> listeners, typed.
import 'policy-indicators';
import type { DatasetDocument } from 'policy-indicators';
import type {} from 'policy-indicators/react';

export function Report({ data }: { data: DatasetDocument }) {
  return (
    <policy-indicator-table
      data={data}
      layout="series"
      fiscal-year="2024"
      onindicator-select={(event) => console.log(event.detail.indicatorId)}
      onindicator-error={(event) => console.error(event.detail.problems)}
    />
  );
}

// @ts-expect-error a layout is 'auto', 'summary' or 'series'
export const Bogus = () => <policy-indicator-table layout="bogus" />;
