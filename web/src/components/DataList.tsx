// Key-value list (Utrecht data list) for case details.
import type { ReactNode } from 'react';

export interface DataItem {
  key: ReactNode;
  value: ReactNode;
}

export function DataList({ items }: { items: DataItem[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows doorbraak-data-list">
      {items.map((item, index) => (
        <div className="utrecht-data-list__item" key={index}>
          <dt className="utrecht-data-list__item-key">{item.key}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
